#include "io/warnings.h"

#include "io/input_error.h"

namespace dspt::io {

std::string Warning::location() const { return format_location(file, line, column); }

void Warnings::add(std::string kind, Where where, std::string message, std::string org_code) {
    items_.push_back({std::move(kind), std::move(where.file), where.line, where.column, std::move(org_code),
                      std::move(message)});
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
