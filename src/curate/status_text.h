#pragma once
// Reading one raw Status cell of a DSPT export, before the edition rules apply
// (METHODOLOGY.md "Status of an organisation", the vocabulary table).
//
// Current layout: "<edition> <outcome>" ("22/23 Standards Met") or "Not Published".
// Older layout (the 2019 progress export): the outcome alone, in the 2018/19
// vocabulary, optionally suffixed by the edition it was published for
// ("Standards Met (19-20)"). Texts are compared whatever their letter case and
// spacing: "22/23  standards met" is "22/23 Standards Met".
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "curate/status.h"
#include "io/records.h"

namespace dspt::curate {

struct StatusText {
    enum class Kind {
        Outcome,           // a known outcome (outcome is set)
        NotPublished,      // "Not Published"
        NoStatus,          // empty cell, "#N/A" or "N/A": nothing published (a spreadsheet artefact)
        Unknown,           // anything else: "Entry Level", "22/23 Foo", ...
        Blank = NoStatus,  // older name of NoStatus
    };
    Kind kind = Kind::Unknown;
    // "22/23"; nullopt when the text names no edition (older layout: the edition the
    // run names for that export).
    std::optional<std::string> edition;
    bool edition_from_suffix = false;  // "(19-20)" rather than a "19/20 " prefix
    Status outcome = Status::NotPublished;
    // Set when an older-vocabulary text was mapped onto today's outcomes; says how,
    // for the warning and the curated CSV's decision column.
    std::string legacy_mapping;
};

StatusText read_status_text(std::string_view raw);

// The text as compared: trimmed, runs of white space as one space, ASCII lower case.
std::string normalise_status_text(std::string_view raw);

// "22/23" -> true. Editions are two two-digit years a year apart.
bool is_edition(std::string_view text);
// Orders editions by their first year: "22/23" > "21/22".
bool edition_newer(std::string_view a, std::string_view b);

// The newest edition among the export's statuses (prefix or "(yy-yy)" suffix); nullopt
// when none names one.
std::optional<std::string> newest_edition(const io::DsptExport& exported);

// True when no status of the export carries an edition prefix (the 2019 layout): its
// bare outcomes are of the edition the run names.
bool older_layout(const io::DsptExport& exported);

// The first row whose status is a recognised outcome without any edition; nullptr when
// there is none. Such an export needs the run to name its edition.
const io::DsptRecord* first_status_without_edition(const io::DsptExport& exported);

// The older vocabulary as the methodology page prints it: text as exported -> outcome.
struct VocabularyEntry {
    std::string exported;
    std::string read_as;
};
const std::vector<VocabularyEntry>& status_vocabulary();

}  // namespace dspt::curate
