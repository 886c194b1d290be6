#pragma once
// One ICB's slide (png/icb/<ICB ODS code>.png, 1920 x 1080): the ICB's name and region in
// the header; on the left its map over the comparison with its region and England; on the
// right its status, composite score and rank beside the region's and England's mean, then
// the table of its trusts, numbered as on the map. Drawn through the Canvas like every
// figure, so an SVG or a PDF page could show it unchanged.
#include <string>

#include "draw/canvas.h"
#include "figures/figure.h"
#include "figures/icb_map.h"
#include "stats/icb_briefs.h"

namespace dspt::figures {

// Where the parts go, without drawing (tests find pixels through it).
struct IcbSlideLayout {
    draw::Rect plot;
    draw::Rect map;
    draw::Rect bars;
    bool bars_beside = false;  // under a short table, names beside the bars; else under the map
    draw::Rect facts;
    draw::Rect table;
    double row_height = 0;
    std::size_t rows_shown = 0;  // trusts that fit; the rest are summed up in a last row
};
IcbSlideLayout layout_icb_slide(const draw::Canvas& canvas, const draw::Rect& frame,
                                const FigureInputs& inputs, const stats::IcbBrief& brief);

// Draws the slide into `frame` (the whole canvas, in the slide style); returns its map's plan.
IcbMapPlan draw_icb_slide(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs,
                          const stats::IcbBrief& brief);

// "Region · DSPT status at 16 November 2023 · 22/23 edition"
std::string icb_subtitle(const curate::BriefingData& data, const stats::IcbBrief& brief);
// The slide's title and alternative text (png/alt_text.csv).
std::string icb_slide_title(const stats::IcbBrief& brief);
std::string icb_slide_alt(const FigureInputs& inputs, const stats::IcbBrief& brief);

}  // namespace dspt::figures
