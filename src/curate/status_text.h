#pragma once
// Reading one raw Status cell of a DSPT export, before the edition rules apply.
//
// Current layout: "<edition> <outcome>" ("22/23 Standards Met") or "Not Published".
// Older layout (the 2019 progress export): the outcome alone, in the 2018/19
// vocabulary, optionally suffixed by the edition it was published for
// ("Standards Met (19-20)").
#include <optional>
#include <string>
#include <string_view>

#include "curate/status.h"
#include "io/records.h"

namespace dspt::curate {

struct StatusText {
    enum class Kind {
        Outcome,       // a known outcome (outcome is set)
        NotPublished,  // the literal "Not Published"
        Blank,         // empty cell (older layout: nothing submitted)
        Unknown,       // anything else: "Entry Level", "22/23 Foo", ...
    };
    Kind kind = Kind::Unknown;
    std::optional<std::string> edition;  // "22/23"; nullopt when the text carries no edition prefix
    Status outcome = Status::NotPublished;
    // Set when an older-vocabulary text was mapped onto today's outcomes; says how,
    // for the warning and the curated CSV's decision column.
    std::string legacy_mapping;
};

StatusText read_status_text(std::string_view raw);

// "22/23" -> true. Editions are two two-digit years a year apart.
bool is_edition(std::string_view text);
// Orders editions by their first year: "22/23" > "21/22".
bool edition_newer(std::string_view a, std::string_view b);

// The newest edition prefix among the export's statuses; nullopt for an export in the
// older layout, whose statuses carry no prefix.
std::optional<std::string> newest_edition(const io::DsptExport& exported);

}  // namespace dspt::curate
