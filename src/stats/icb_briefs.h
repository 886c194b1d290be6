#pragma once
// What each ICB's own page and slide say (issue #14), computed once per run from the
// curated data and the briefing's statistics: the ICB's status, its composite score and
// rank (the same RankedIcbScore the national tables print), the mean composite of its
// region and of England, its trusts numbered in the order of its table (the numbers key
// the map's markers), each trust's change since the previous export, and the trusts'
// status mix beside its region's and England's.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "stats/briefing_stats.h"

namespace dspt::stats {

struct IcbTrust {
    int number = 0;  // 1.. in table order; the map's marker shows it
    const curate::Organisation* org = nullptr;
    const curate::StatusChange* change = nullptr;  // since the previous export; null: none
};

using StatusCounts = std::array<std::size_t, 5>;  // kAllStatuses order

struct IcbBrief {
    io::IcbInfo icb;
    // nullopt: the export holds no ICB rows, so the ICB has no status of its own.
    std::optional<curate::Status> status;
    const curate::Organisation* org = nullptr;     // the ICB's own row of the briefing, if any
    const curate::StatusChange* change = nullptr;  // the ICB's own change, if any
    const RankedIcbScore* ranked = nullptr;        // null: no composite (no status, no trusts)
    std::size_t icbs_ranked = 0;                   // how many ICBs have a rank
    // Mean composite of the region's ICBs and of all ICBs (those with a composite).
    std::optional<double> region_mean;
    std::optional<double> england_mean;
    std::vector<IcbTrust> trusts;             // by display name, then code
    StatusCounts own{}, region{}, england{};  // trusts by status
};

// One per ICB of the ONS lookup, grouped by NHS England region (regions by name), by ICB
// name within a region. `stats` are the run's (compute_briefing_stats); the briefs point
// into `data` and `stats`, which must outlive them.
std::vector<IcbBrief> icb_briefs(const curate::BriefingData& data, const BriefingStats& stats);

// The printed mean of printed composites: printed_composite of the mean.
std::string printed_mean(std::optional<double> mean);

// What a trust's change reads as in its ICB's table: "Better (was Standards Met)",
// "Worse (was …)", "Not in the previous export" for one that entered, "No change"
// otherwise; "" when the run has no previous export. `short_labels`: "\u25b2 from Met".
std::string change_text(const curate::BriefingData& data, const curate::StatusChange* change,
                        bool short_labels = false);

// How the composite score is made, in one sentence for a page or slide that prints one
// (METHODOLOGY.md "ICB composite score").
std::string composite_definition(const curate::BriefingData& data);

// The ICB's own facts as its page and slide print them.
std::string status_fact(const IcbBrief& b);  // "Standards Met", or "not in this export"
std::string score_fact(const IcbBrief& b);   // "+0.7", or "–" without a composite
std::string rank_fact(const IcbBrief& b);    // "rank =26 of 42 ICBs", or why there is none

}  // namespace dspt::stats
