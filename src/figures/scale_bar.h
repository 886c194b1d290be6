#pragma once
// A scale bar for a map in a metric CRS: a round length (1, 2 or 5 x 10^n km) no longer
// than map.scale_bar.max_fraction of the map's width, drawn as two alternating halves
// with "0", the midpoint and "<n> km" under it.
#include "draw/canvas.h"
#include "figures/map_frame.h"
#include "style/style.h"

namespace dspt::figures {

// The largest 1/2/5 x 10^n value not above `limit` (limit > 0).
double nice_length(double limit);

// Canvas size the bar and its labels need.
draw::Point scale_bar_size(const draw::Canvas& canvas, const MapFrame& frame, const style::Style& style);

// Draws the bar with its bottom-right corner at `bottom_right` (labels included).
void draw_scale_bar(draw::Canvas& canvas, const MapFrame& frame, const style::Style& style,
                    draw::Point bottom_right);

}  // namespace dspt::figures
