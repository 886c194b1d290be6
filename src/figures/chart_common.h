#pragma once
// Small pieces the bar charts share: status colours and legend entries, "nice" axis
// ticks, a horizontal value axis with gridlines, and text boxes that fit or are dropped.
#include <string>
#include <string_view>
#include <vector>

#include "curate/status.h"
#include "draw/canvas.h"
#include "figures/chrome.h"
#include "style/style.h"

namespace dspt::figures {

draw::Color status_color(const style::Style& style, curate::Status s);       // status.<key>
draw::Color status_text_color(const style::Style& style, curate::Status s);  // status_text.<key>

// One legend entry per status in kAllStatuses order (worst to best).
std::vector<LegendEntry> status_legend(const style::Style& style);

// Ticks 0, step, 2*step, ... covering [0, max] with step in {1, 2, 5} x 10^k, at most
// `max_ticks` intervals. The last tick is >= max.
std::vector<double> nice_ticks(double max, int max_ticks);

// A horizontal value axis under a plot: gridlines at every tick from `top` to `bottom`,
// tick labels below `bottom`. `x_of` maps a value to canvas x.
struct ValueAxis {
    double left = 0, right = 0;  // canvas x of min and max
    double min = 0, max = 1;
    std::vector<double> ticks;
    double x_of(double v) const { return left + (v - min) / (max - min) * (right - left); }
};
// Height the tick labels need below the plot (gap + text).
double value_axis_height(const draw::Canvas& canvas, const style::Style& style);
void draw_gridlines(draw::Canvas& canvas, const style::Style& style, const ValueAxis& axis, double top,
                    double bottom);
// Labels are centred on their ticks; an end label is pulled inwards only as far as needed
// to stay within [min_x, max_x].
void draw_value_axis_labels(draw::Canvas& canvas, const style::Style& style, const ValueAxis& axis,
                            double bottom, const std::vector<std::string>& labels, double min_x,
                            double max_x);

// Ascent + descent of the regular face at `size`.
double text_height(const draw::Canvas& canvas, double size, draw::FontFace face = draw::FontFace::Regular);

// A line of text centred on a point, both ways (using the font's ascent/descent, so
// labels of one row share a baseline).
void text_centred(draw::Canvas& canvas, draw::Point centre, std::string_view text, draw::FontFace face,
                  double size, const draw::Color& color);

// Thousands never occur here, but keep numbers plain: "123".
std::string count_text(std::size_t n);

}  // namespace dspt::figures
