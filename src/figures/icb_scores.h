#pragma once
// All ICBs ranked by composite score on the [-3, 3] scale: a bar from 0 per ICB, coloured
// on the same diverging scale as the composite map (ScoreScale), with rank, short name and
// the value in text. Rows flow into as many columns as the frame needs to keep every
// name legible (one on a tall page, two on a 16:9 slide). Under each column the axis
// carries a strip of the colour scale, which is the legend of the bar colours.
#include <string>
#include <vector>

#include "draw/canvas.h"
#include "figures/chart_common.h"
#include "figures/chrome.h"
#include "figures/figure.h"
#include "stats/ranks.h"
#include "stats/tables.h"

namespace dspt::figures {

struct IcbScoreRowLayout {
    std::string name;  // shortened, possibly ellipsized
    double score = 0;
    std::size_t rank = 0;   // 1 = best; equal printed scores share a rank (stats::rank_icb_scores)
    std::string rank_text;  // "3", or "=11" for a shared rank
    std::string value_text;
    draw::Rect row;                            // the whole row
    draw::Rect bar;                            // from 0 to the score (zero width for 0)
    draw::Rect name_box, rank_box, value_box;  // text boxes (ascent..descent)
};

struct IcbScoresLayout {
    ChromeLayout chrome;
    int columns = 1;
    double text_size = 0;         // text.small, or smaller when even the most columns could not fit it
    std::vector<ValueAxis> axes;  // one per column
    double grid_top = 0, grid_bottom = 0;
    // Under each column's rows: the diverging colour scale as a strip along the axis, so
    // the axis is also the legend of the colours (the same scale as the composite map).
    std::vector<draw::Rect> strips;
    std::vector<IcbScoreRowLayout> rows;  // in rank order
    std::vector<std::string> tick_labels;
};

ChromeText icb_scores_text(const curate::BriefingData& data);
IcbScoresLayout layout_icb_scores(const draw::Canvas& canvas, const draw::Rect& frame,
                                  const FigureInputs& inputs);
void draw_icb_scores(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs);

}  // namespace dspt::figures
