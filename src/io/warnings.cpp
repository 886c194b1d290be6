#include "io/warnings.h"

namespace dspt::io {

void Warnings::add(std::string kind, std::string location, std::string message) {
    items_.push_back({std::move(kind), std::move(location), std::move(message)});
}

std::map<std::string, std::size_t> Warnings::counts_by_kind() const {
    std::map<std::string, std::size_t> counts;
    for (const auto& w : items_) ++counts[w.kind];
    return counts;
}

std::size_t Warnings::count(const std::string& kind) const {
    std::size_t n = 0;
    for (const auto& w : items_) n += (w.kind == kind);
    return n;
}

}  // namespace dspt::io
