#pragma once
// One fuzz input holds a whole shapefile: the .shp, .shx, .dbf, .prj and .cpg, in that
// order, separated by kSeparator. A separator rather than length prefixes because the
// fuzzer's insertions and deletions inside one file then leave the others intact. A
// file that is not in the input (fewer sections) is not written, so the "missing .shx"
// paths are reachable too; an empty .prj/.cpg section also means "no such file".
#include <array>
#include <string>
#include <string_view>
#include <vector>

namespace dspt::fuzz {

inline constexpr std::string_view kSeparator = "\n=dspt-fuzz-next-file=\n";
inline constexpr std::array<const char*, 5> kShapefileParts{".shp", ".shx", ".dbf", ".prj", ".cpg"};

inline std::vector<std::string_view> split_frame(std::string_view input) {
    std::vector<std::string_view> parts;
    for (;;) {
        const auto at = input.find(kSeparator);
        if (at == std::string_view::npos || parts.size() + 1 == kShapefileParts.size()) {
            parts.push_back(input);
            return parts;
        }
        parts.push_back(input.substr(0, at));
        input.remove_prefix(at + kSeparator.size());
    }
}

inline std::string join_frame(const std::vector<std::string>& parts) {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i) out += kSeparator;
        out += parts[i];
    }
    return out;
}

}  // namespace dspt::fuzz
