#include "curate/names.h"

namespace dspt::curate {
namespace {
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

std::optional<std::string> repair_lost_apostrophes(std::string_view name) {
    std::string out(name);
    bool changed = false;
    for (std::size_t i = 1; i + 1 < out.size(); ++i) {
        if (out[i] == '?' && is_ascii_letter(out[i - 1]) && is_ascii_letter(out[i + 1])) {
            out[i] = '\'';
            changed = true;
        }
    }
    if (!changed) return std::nullopt;
    return out;
}

}  // namespace dspt::curate
