#include "stats/briefing_stats.h"

namespace dspt::stats {

BriefingStats compute_briefing_stats(const curate::BriefingData& data) {
    BriefingStats s;
    s.by_sector = summarise_by_sector(data);
    s.by_region = summarise_trusts_by_region(data);
    s.scores = icb_composite_scores(data);
    s.ranked = rank_icb_scores(s.scores);
    return s;
}

}  // namespace dspt::stats
