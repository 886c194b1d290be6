#include "curate/status_text.h"

namespace dspt::curate {
namespace {

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n' || c == '\f' || c == '\v'; }
char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

int first_year(std::string_view edition) { return (edition[0] - '0') * 10 + (edition[1] - '0'); }

// The 2019 progress export suffixes statuses published for the next edition early:
// "standards met (19-20)" (normalised). Returns the outcome part and the edition.
std::optional<std::pair<std::string_view, std::string>> split_edition_suffix(std::string_view text) {
    const std::size_t open = text.rfind('(');
    if (open == std::string_view::npos || text.back() != ')') return std::nullopt;
    std::string_view inner = text.substr(open + 1, text.size() - open - 2);
    // "(19-20)", "(19/20)" and "( 19-20 )" alike
    while (!inner.empty() && inner.front() == ' ') inner.remove_prefix(1);
    while (!inner.empty() && inner.back() == ' ') inner.remove_suffix(1);
    if (inner.size() != 5 || (inner[2] != '-' && inner[2] != '/')) return std::nullopt;
    std::string edition{inner};
    edition[2] = '/';
    if (!is_edition(edition)) return std::nullopt;
    std::string_view rest = text.substr(0, open);
    while (!rest.empty() && rest.back() == ' ') rest.remove_suffix(1);
    if (rest.empty()) return std::nullopt;
    return std::pair{rest, edition};
}

// An outcome in today's words or the older ones (normalised text, no edition).
struct Word {
    Status outcome;
    const char* legacy;  // nullptr: today's word
};
std::optional<Word> outcome_word(std::string_view t) {
    if (t == "standards not met") return Word{Status::StandardsNotMet, nullptr};
    if (t == "approaching standards") return Word{Status::ApproachingStandards, nullptr};
    if (t == "standards met") return Word{Status::StandardsMet, nullptr};
    if (t == "standards exceeded") return Word{Status::StandardsExceeded, nullptr};
    // 2018/19 wording: not every standard met, but an improvement plan agreed. Its
    // 2019/20 successor category is "Approaching Standards".
    if (t == "standards not fully met (plan agreed)")
        return Word{Status::ApproachingStandards, "Standards not fully met (plan agreed)"};
    return std::nullopt;
}

}  // namespace

std::string normalise_status_text(std::string_view raw) {
    std::string out;
    out.reserve(raw.size());
    bool pending_space = false;
    for (char c : raw) {
        if (is_space(c)) {
            pending_space = !out.empty();
            continue;
        }
        if (pending_space) out += ' ';
        pending_space = false;
        out += lower(c);
    }
    return out;
}

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
    const std::string t = normalise_status_text(raw);
    if (t.empty() || t == "#n/a" || t == "n/a") {
        out.kind = StatusText::Kind::NoStatus;
        return out;
    }
    if (t == "not published") {
        out.kind = StatusText::Kind::NotPublished;
        return out;
    }
    std::string_view rest = t;
    if (t.size() > 6 && is_edition(std::string_view(t).substr(0, 5)) && t[5] == ' ') {
        out.edition = t.substr(0, 5);
        rest.remove_prefix(6);
    } else if (auto split = split_edition_suffix(t)) {
        out.edition = split->second;
        out.edition_from_suffix = true;
        rest = split->first;
    }
    const auto word = outcome_word(rest);
    if (!word) return out;  // Unknown, with the edition when one was named
    out.kind = StatusText::Kind::Outcome;
    out.outcome = word->outcome;
    if (word->legacy || out.edition_from_suffix) {
        out.legacy_mapping = "'" + std::string(raw) + "' read as " + std::string(status_label(word->outcome));
        if (out.edition_from_suffix) out.legacy_mapping += " of the " + *out.edition + " edition";
    }
    return out;
}

std::optional<std::string> newest_edition(const io::DsptExport& exported) {
    std::optional<std::string> newest;
    for (const auto& r : exported.records) {
        const StatusText t = read_status_text(r.status);
        if (t.edition && (!newest || edition_newer(*t.edition, *newest))) newest = t.edition;
    }
    return newest;
}

bool older_layout(const io::DsptExport& exported) {
    for (const auto& r : exported.records) {
        const StatusText t = read_status_text(r.status);
        if (t.edition && !t.edition_from_suffix) return false;
    }
    return true;
}

const io::DsptRecord* first_status_without_edition(const io::DsptExport& exported) {
    for (const auto& r : exported.records) {
        const StatusText t = read_status_text(r.status);
        if (t.kind == StatusText::Kind::Outcome && !t.edition) return &r;
    }
    return nullptr;
}

const std::vector<VocabularyEntry>& status_vocabulary() {
    static const std::vector<VocabularyEntry> rows = {
        {"any letter case and spacing (\"22/23 standards met\")",
         "as written in capitals (\"22/23 Standards Met\")"},
        {"Standards not fully met (plan agreed) (2018/19\u20132019/20)", "Approaching Standards"},
        {"Standards Met (19-20) and other (yy-yy) suffixes (2019 layout)", "that outcome, of edition yy/yy"},
        {"an outcome without an edition (2019 layout)", "of the edition the run names for that export"},
        {"#N/A, N/A, empty", "no status (Not Published)"},
    };
    return rows;
}

}  // namespace dspt::curate
