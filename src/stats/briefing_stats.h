#pragma once
// The briefing's statistics, computed once per run from the curated data and handed to
// every consumer: the CSV tables, the run record, the figures and the PDF (issue #12
// item 2). Nothing downstream recomputes them.
#include <vector>

#include "curate/briefing_data.h"
#include "stats/ranks.h"
#include "stats/tables.h"

namespace dspt::stats {

struct BriefingStats {
    SummaryTable by_sector;              // NHS Trust, ICB, CSU, Total
    SummaryTable by_region;              // trusts per NHS England region, no Total row
    std::vector<IcbScore> scores;        // one per ONS ICB, in ICB23CD order
    std::vector<RankedIcbScore> ranked;  // the ICBs with a composite, in rank order
};

BriefingStats compute_briefing_stats(const curate::BriefingData& data);

}  // namespace dspt::stats
