#pragma once
// NHS trusts' DSPT status by NHS England region: stacked count bars, regions ordered by
// the share of their trusts that meet or exceed the standard (best first), so the
// ranking reads top-down and regions of different size stay comparable.
#include "draw/canvas.h"
#include "figures/chrome.h"
#include "figures/figure.h"
#include "figures/stacked_bars.h"

namespace dspt::figures {

struct TrustsByRegionLayout {
    ChromeLayout chrome;
    LegendLayout legend;
    StackedBarsLayout bars;
};

// The rows in display order (share meeting or exceeding, descending; then more trusts first; then name).
std::vector<StackedBarRow> region_rows(const stats::SummaryTable& by_region);
ChromeText trusts_by_region_text(const curate::BriefingData& data);
TrustsByRegionLayout layout_trusts_by_region(const draw::Canvas& canvas, const draw::Rect& frame,
                                             const FigureInputs& inputs);
void draw_trusts_by_region(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs);

}  // namespace dspt::figures
