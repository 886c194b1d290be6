#pragma once
// METHODOLOGY.md "Who is in the briefing", read from the other side: which of the
// briefing's sectors the export holds at all. A sector with no row in the export (ICBs
// in June 2019, before they existed) is "not in this export": its organisations are not
// counted as Not Published, because the export cannot say anything about them.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "curate/status.h"
#include "io/records.h"

namespace dspt::curate {

// The sector an export's Primary Sector text files a row under, or nullopt. Older
// exports label trusts by service ("Acute", "Mental Health Trust", "Ambulance Trust",
// "Community Services Provider") and CSUs "CSU"; ICBs share "CCG / Integrated Care
// Board (ICB)" with the sub-ICB locations. "CCG" alone (2019) is not an ICB.
std::optional<Sector> sector_of_label(std::string_view primary_sector);

struct SectorCoverage {
    // Per sector (kAllSectors order): the export has at least one row of it. All true
    // for an export without a sector column: it cannot say which sectors it leaves out.
    std::array<bool, 3> in_export{true, true, true};
    std::size_t export_rows = 0;
    // Rows whose sector is none of the briefing's, by their Primary Sector text ("" for
    // rows without one), largest first, then by text.
    std::vector<std::pair<std::string, std::size_t>> rows_outside_by_sector;
};

SectorCoverage sector_coverage(const io::DsptExport& exported);

}  // namespace dspt::curate
