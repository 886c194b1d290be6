#include "figures/alt_text.h"
#include "figures/figure.h"
#include "figures/icb_scores.h"
#include "figures/map_figures.h"
#include "figures/status_by_sector.h"
#include "figures/status_changes.h"
#include "figures/trend_chart.h"
#include "figures/trusts_by_region.h"

namespace dspt::figures {
namespace {

// What a caption adds when the export holds no rows of a sector: its figure would
// otherwise read as if every such organisation had not published.
std::string coverage_note(const std::string& id, const curate::BriefingData& data) {
    std::vector<std::string> absent;
    for (auto s : curate::kAllSectors)
        if (!data.in_export(s)) absent.push_back(std::string(curate::sector_short_label(s)));
    if (absent.empty()) return {};
    const bool icbs = !data.in_export(curate::Sector::Icb);
    if (id == "status_by_sector") {
        std::string list;
        for (std::size_t i = 0; i < absent.size(); ++i) list += (i ? " and " : "") + absent[i];
        return " The export holds no " + list +
               " rows: " + (absent.size() == 1 ? "that sector is" : "those sectors are") +
               " not in this export, not counted as Not Published.";
    }
    if (icbs && (id == "icb_scores" || id == "icb_composite_map"))
        return " The export holds no ICB rows, so here each score is the mean of the ICB's trusts alone.";
    if (icbs && id == "icb_status_map")
        return " The export holds no ICB rows: no ICB has a status (not in this export).";
    return {};
}

}  // namespace

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
    for (auto& f : figures) f.caption += coverage_note(f.id, inputs.data);
    return figures;
}

}  // namespace dspt::figures
