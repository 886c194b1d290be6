#include "curate/status_guard.h"

#include <algorithm>
#include <filesystem>
#include <vector>

#include "io/input_error.h"

namespace dspt::curate {
namespace {

// Shared cap with the error line: a shifted column can bring hundreds of distinct
// texts (names, dates); the first ones by count tell the story.
constexpr std::size_t kListedTexts = 20;
constexpr std::size_t kTextExcerpt = 60;

std::string excerpt(const std::string& s) {
    if (s.size() <= kTextExcerpt) return s;
    std::size_t cut = kTextExcerpt;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0) == 0x80) --cut;  // whole UTF-8 characters
    return s.substr(0, cut) + "\u2026";
}

std::string texts_with_counts(const StatusTally& tally) {
    std::vector<std::pair<std::string, std::size_t>> texts(tally.unrecognised.begin(),
                                                           tally.unrecognised.end());
    std::stable_sort(texts.begin(), texts.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::string out;
    std::size_t rest_rows = 0;
    for (std::size_t i = 0; i < texts.size(); ++i) {
        if (i >= kListedTexts) {
            rest_rows += texts[i].second;
            continue;
        }
        if (i > 0) out += ", ";
        out += "'" + excerpt(texts[i].first) + "' (" + std::to_string(texts[i].second) + ")";
    }
    if (texts.size() > kListedTexts)
        out += " and " + std::to_string(texts.size() - kListedTexts) + " other texts (" +
               std::to_string(rest_rows) + " rows)";
    return out;
}

std::string percent_text(std::size_t part, std::size_t whole) {
    const unsigned long long tenths = (2000ULL * part + whole) / (2ULL * whole);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10) + " %";
}

}  // namespace

std::size_t StatusTally::unrecognised_rows() const {
    std::size_t n = 0;
    for (const auto& [text, count] : unrecognised) n += count;
    return n;
}

std::optional<std::string> apply_status_guard(const std::string& export_path, const StatusTally& tally,
                                              bool accept) {
    const std::size_t bad = tally.unrecognised_rows();
    // "More than 5 %", in integers: bad / rows > 5 / 100.
    if (tally.rows == 0 || bad * 100 <= tally.rows * 5) return std::nullopt;
    const std::string share = std::to_string(bad) + " of the " + std::to_string(tally.rows) +
                              " rows that would enter the briefing (" + percent_text(bad, tally.rows) + ")";
    if (!accept)
        throw io::InputError(
            export_path, share + " have a status the rules do not recognise: " + texts_with_counts(tally) +
                             "; more than 5 % means the export is not what the rules expect (new wording? a "
                             "shifted column?). Check the export; to count them as Not Published, run again "
                             "with " +
                             kAcceptUnknownStatusesFlag);
    return "The run was told to accept unrecognised statuses (" + std::string(kAcceptUnknownStatusesFlag) +
           "): in " + std::filesystem::path(export_path).filename().string() + ", " + share +
           " had a status the rules do not recognise, each counted as Not Published: " +
           texts_with_counts(tally) + ".";
}

}  // namespace dspt::curate
