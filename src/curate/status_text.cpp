#include "curate/status_text.h"

#include <cctype>

namespace dspt::curate {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }

int first_year(std::string_view edition) { return (edition[0] - '0') * 10 + (edition[1] - '0'); }

// The 2019 progress export suffixes statuses published for the next edition early:
// "Standards Met (19-20)". Returns the outcome part and the edition, or nullopt.
std::optional<std::pair<std::string_view, std::string>> split_edition_suffix(std::string_view text) {
    constexpr std::size_t kSuffix = 8;  // " (19-20)"
    if (text.size() <= kSuffix) return std::nullopt;
    const std::string_view s = text.substr(text.size() - kSuffix);
    if (s[0] != ' ' || s[1] != '(' || !is_digit(s[2]) || !is_digit(s[3]) || s[4] != '-' || !is_digit(s[5]) ||
        !is_digit(s[6]) || s[7] != ')')
        return std::nullopt;
    std::string edition{s.substr(2, 5)};
    edition[2] = '/';
    if (!is_edition(edition)) return std::nullopt;
    return std::pair{text.substr(0, text.size() - kSuffix), edition};
}

}  // namespace

bool is_edition(std::string_view text) {
    if (text.size() != 5 || !is_digit(text[0]) || !is_digit(text[1]) || text[2] != '/' ||
        !is_digit(text[3]) || !is_digit(text[4]))
        return false;
    const int a = first_year(text);
    const int b = (text[3] - '0') * 10 + (text[4] - '0');
    return b == (a + 1) % 100;
}

bool edition_newer(std::string_view a, std::string_view b) { return first_year(a) > first_year(b); }

StatusText read_status_text(std::string_view raw) {
    StatusText out;
    if (raw.empty()) {
        out.kind = StatusText::Kind::Blank;
        return out;
    }
    if (raw == "Not Published") {
        out.kind = StatusText::Kind::NotPublished;
        return out;
    }
    if (raw.size() > 6 && is_edition(raw.substr(0, 5)) && raw[5] == ' ') {
        out.edition = std::string(raw.substr(0, 5));
        if (auto s = status_from_outcome(raw.substr(6))) {
            out.kind = StatusText::Kind::Outcome;
            out.outcome = *s;
        }
        return out;  // Unknown unless the outcome was recognised
    }
    // Older layout from here on: no edition prefix.
    if (auto s = status_from_outcome(raw)) {
        out.kind = StatusText::Kind::Outcome;
        out.outcome = *s;
        return out;
    }
    // 2018/19 wording: a trust that had not met every standard but had an agreed
    // improvement plan. Its 2019/20 successor category is "Approaching Standards".
    if (raw == "Standards not fully met (plan agreed)") {
        out.kind = StatusText::Kind::Outcome;
        out.outcome = Status::ApproachingStandards;
        out.legacy_mapping = "2018/19 'Standards not fully met (plan agreed)' read as Approaching Standards";
        return out;
    }
    // "Standards Met (19-20)": published early for the next edition. The older layout
    // has no edition column to compare with, so the outcome is taken at face value
    // (an organisation meeting the newer edition's standards meets them now) and
    // flagged; an unknown outcome with a suffix ("Entry Level (19-20)") stays Unknown.
    if (auto split = split_edition_suffix(raw)) {
        if (auto s = status_from_outcome(split->first)) {
            out.kind = StatusText::Kind::Outcome;
            out.outcome = *s;
            out.legacy_mapping = "'" + std::string(raw) + "' read as " + std::string(status_label(*s)) +
                                 " (" + split->second + " edition published early)";
        }
        return out;
    }
    return out;
}

std::optional<std::string> newest_edition(const io::DsptExport& exported) {
    std::optional<std::string> newest;
    for (const auto& r : exported.records) {
        const std::string_view s = r.status;
        if (s.size() > 6 && is_edition(s.substr(0, 5)) && s[5] == ' ') {
            const std::string_view e = s.substr(0, 5);
            if (!newest || edition_newer(e, *newest)) newest = std::string(e);
        }
    }
    return newest;
}

}  // namespace dspt::curate
