#pragma once
// DSPT status by sector: one 100% stacked bar each for NHS Trust, ICB and CSU, in the
// fixed status order, counts and percentages inside the segments where they fit.
#include "draw/canvas.h"
#include "figures/chrome.h"
#include "figures/figure.h"
#include "figures/stacked_bars.h"

namespace dspt::figures {

struct StatusBySectorLayout {
    ChromeLayout chrome;
    LegendLayout legend;
    StackedBarsLayout bars;  // rows: NHS Trust, ICB, CSU
};

ChromeText status_by_sector_text(const curate::BriefingData& data);
StatusBySectorLayout layout_status_by_sector(const draw::Canvas& canvas, const draw::Rect& frame,
                                             const FigureInputs& inputs);
void draw_status_by_sector(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs);

}  // namespace dspt::figures
