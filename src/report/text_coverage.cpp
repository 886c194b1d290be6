#include "report/text_coverage.h"

#include <cstdio>
#include <set>

#include "draw/utf8.h"

namespace dspt::report {
namespace {

bool is_layout_only(char32_t c) { return c < 0x20 || c == 0x7F || c == 0x200B || c == 0xFEFF; }

std::string code_point_name(char32_t c) {
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "U+%04X", static_cast<unsigned>(c));
    return buffer;
}

}  // namespace

std::string undrawable_characters(const draw::FontLibrary& fonts, std::string_view utf8) {
    std::set<char32_t> missing_everywhere;
    std::u32string order;
    const auto regular = fonts.shape(utf8, draw::FontFace::Regular, 10);
    const auto bold = fonts.shape(utf8, draw::FontFace::Bold, 10);
    std::set<char32_t> in_bold_missing;
    for (const auto& g : bold)
        if (g.glyph_index == 0) in_bold_missing.insert(g.codepoint);
    for (const auto& g : regular) {
        if (g.glyph_index != 0 || is_layout_only(g.codepoint)) continue;
        if (!in_bold_missing.contains(g.codepoint)) continue;
        if (missing_everywhere.insert(g.codepoint).second) order.push_back(g.codepoint);
    }
    std::string out;
    for (char32_t c : order) out += (out.empty() ? "" : " ") + code_point_name(c);
    return out;
}

void warn_undrawable_text(const curate::BriefingData& data, const draw::FontLibrary& fonts,
                          const std::string& manifest_path, io::Warnings& warnings) {
    const auto check = [&](const std::string& what, const std::string& text, const io::Where& where,
                           const std::string& org_code) {
        const std::string missing = undrawable_characters(fonts, text);
        if (missing.empty()) return;
        warnings.add("undrawable-text", where,
                     what + " '" + text + "' has characters the fonts cannot draw (" + missing +
                         "); they print as empty boxes",
                     org_code);
    };
    check("the title", data.title, manifest_path, "");
    std::set<std::string> seen;  // an ICB or region name is checked once
    for (const auto& o : data.organisations) {
        check(o.code + ": name", o.display_name, "", o.code);
        if (!o.region_name.empty() && seen.insert(o.region_name).second)
            check("region name", o.region_name, "", "");
    }
    for (const auto& icb : data.icbs)
        if (seen.insert(icb.name).second) check("ICB name", icb.name, "", icb.ods_code);
}

}  // namespace dspt::report
