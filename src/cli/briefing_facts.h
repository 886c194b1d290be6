#pragma once
// The briefing's own numbers as a run record reports them: the snapshot it describes and,
// per sector, the status counts and the cover's headline figure (the share that met or
// exceeded the standard, as printed). Plain data, filled once curation is done.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "stats/tables.h"

namespace dspt::cli {

struct SectorFigures {
    std::string key;                         // "nhs_trust", "icb", "csu"
    bool in_export = true;                   // false: the export holds no row of the sector
    std::array<std::size_t, 5> by_status{};  // in curate::kAllStatuses order
    std::size_t organisations = 0;
    std::size_t met_or_exceeded = 0;
    std::string met_or_exceeded_percent;  // "63.5", as the cover prints it (without the %)
};

struct BriefingFacts {
    std::string title;
    std::string reference_date;  // ISO
    std::string edition;         // "" for the older layout naming none
    std::optional<std::string> previous_reference_date;
    std::vector<SectorFigures> sectors;         // kAllSectors order
    std::optional<std::size_t> status_changes;  // none without a previous export
};

BriefingFacts briefing_facts(const curate::BriefingData& data, const stats::SummaryTable& by_sector);

// "nhs_trust", "icb", "csu": the record's keys for the sectors.
std::string sector_key(curate::Sector sector);

}  // namespace dspt::cli
