#include "figures/alt_text.h"
#include "figures/figure.h"
#include "figures/icb_scores.h"
#include "figures/map_figures.h"
#include "figures/status_by_sector.h"
#include "figures/status_changes.h"
#include "figures/trend_chart.h"
#include "figures/trusts_by_region.h"

namespace dspt::figures {

std::vector<Figure> all_figures(const FigureInputs& inputs) {
    std::vector<Figure> figures = {
        {"status_by_sector", "DSPT status by sector",
         "Share of NHS trusts, ICBs and CSUs in each DSPT status. Counts and percentages are shown inside "
         "each "
         "segment where they fit; the summary table gives every number.",
         draw_status_by_sector, status_by_sector_alt},
        {"trusts_by_region", "NHS trusts' DSPT status by NHS England region",
         "Number of NHS trusts in each status by NHS England region, regions ordered by the share of trusts "
         "meeting "
         "or exceeding the standard.",
         draw_trusts_by_region, trusts_by_region_alt},
        {"icb_scores", "ICBs ranked by composite DSPT score",
         "Each ICB's composite score: half the mean score of its trusts plus half its own score, on a scale "
         "from "
         "\u22123 to +3 (Exceeded +3, Met +1, Approaching \u22121, Not Met or Not Published \u22123).",
         draw_icb_scores, icb_scores_alt},
        {"status_changes", "Changes in DSPT status since the previous export",
         "Organisations whose DSPT status changed since the previous month's export, and those that entered "
         "or "
         "left the briefing.",
         draw_status_changes, status_changes_alt},
    };
    // The trend only when the run lists earlier snapshots: absent, not empty, without them.
    // Second, after the status it leads to (the PDF draws it in its own section).
    if (!inputs.data.trend.empty()) {
        figures.insert(
            figures.begin() + 1,
            Figure{std::string(kTrendFigureId), trend_text(inputs.data).title,
                   "Each snapshot's status mix, placed on a true time axis, with the share that met or "
                   "exceeded the standard. Each snapshot is counted as it stood on its date (N under "
                   "each column): not a like-for-like panel.",
                   draw_trend, trend_alt});
    }
    // Maps follow the charts (they are empty without boundaries).
    for (auto& f : map_figures(inputs)) figures.push_back(std::move(f));
    return figures;
}

}  // namespace dspt::figures
