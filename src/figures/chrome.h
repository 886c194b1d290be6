#pragma once
// The frame every chart and map shares: a title + subtitle block at the top, a source
// line at the bottom, legends (categorical swatches, or a continuous colour bar), and
// the plot area left over for the figure itself.
//
// Everything is laid out from the frame it is given and measured with canvas.measure(),
// so the same code fits a 960x540 slide and a ~515x360 pt block of an A4 page. Every
// size and colour comes from the style's [chrome] table.
//
// Typical use in a figure:
//   const auto text = ChromeText{title, snapshot_subtitle(data), source_line(data)};
//   draw::Rect plot = draw_chrome(canvas, frame, style, text);     // background, header, footer
//   plot = draw_legend_top(canvas, plot, style, entries);          // legend, returns what is left
//   ... draw the figure into plot ...
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "curate/briefing_data.h"
#include "draw/canvas.h"
#include "style/style.h"

namespace dspt::figures {

struct ChromeText {
    std::string title;
    std::string subtitle;  // may be empty
    std::string source;    // may be empty
    std::string note;      // may be empty: a line above the source (e.g. how a score is computed)
};

// "DSPT status at 16 November 2023 · 22/23 edition"
std::string snapshot_subtitle(const curate::BriefingData& data);
// "Source: NHS England, Data Security and Protection Toolkit; <extra>; …" — the
// extras name the other inputs the figure used (e.g. "ONS ICB boundaries April 2023").
std::string source_line(const std::vector<std::string>& extra = {});

// Where each part of the chrome goes, already wrapped to the frame's width.
struct ChromeLayout {
    draw::Rect inner;   // frame minus padding
    draw::Rect header;  // title + subtitle lines
    draw::Rect plot;    // what is left for the figure (and its legend)
    draw::Rect footer;  // note lines, then source lines
    std::vector<std::string> title_lines;
    std::vector<std::string> subtitle_lines;
    std::vector<std::string> note_lines;
    std::vector<std::string> source_lines;
};

ChromeLayout layout_chrome(const draw::Canvas& canvas, const draw::Rect& frame, const style::Style& style,
                           const ChromeText& text);
// Fills the frame background, draws header and footer, returns the plot area.
draw::Rect draw_chrome(draw::Canvas& canvas, const draw::Rect& frame, const style::Style& style,
                       const ChromeText& text);
// The plot area draw_chrome would return, without drawing anything.
draw::Rect plot_area(const draw::Canvas& canvas, const draw::Rect& frame, const style::Style& style,
                     const ChromeText& text);

// ---- Categorical legend: swatch + label (+ count), wrapped onto rows to fit a width. ----

struct LegendEntry {
    std::string label;
    draw::Color color;
    std::optional<std::size_t> count;  // shown as "Standards Met (123)"
    bool outlined = false;             // draw the swatch as an outline (e.g. "no data")
};

struct LegendItemLayout {
    draw::Rect swatch;
    draw::Rect label_box;  // the text's box (ascent to descent)
    std::string text;      // label, count appended, ellipsized if it had to be
};

struct LegendLayout {
    std::vector<LegendItemLayout> items;
    double height = 0;  // total height used from the area's top
};

// Lays entries out left to right from area's top-left, wrapping to a new row when the
// next item would pass area.right(). Rows are centred when style chrome.legend.center is true.
LegendLayout layout_legend(const draw::Canvas& canvas, const draw::Rect& area, const style::Style& style,
                           const std::vector<LegendEntry>& entries);
void draw_legend(draw::Canvas& canvas, const LegendLayout& layout, const style::Style& style,
                 const std::vector<LegendEntry>& entries);
// Draws the legend along the top of `plot` and returns the plot area below it.
draw::Rect draw_legend_top(draw::Canvas& canvas, const draw::Rect& plot, const style::Style& style,
                           const std::vector<LegendEntry>& entries);

// ---- Continuous colour bar (e.g. the diverging ICB composite score). ----

struct ColourBar {
    double min = -3;
    double max = 3;
    std::vector<double> ticks;                      // values labelled under the bar
    std::function<std::string(double)> tick_label;  // null: "%g"-like default with a sign
    std::function<draw::Color(double)> color;       // value -> colour
    std::string title;                              // drawn left of / above the bar
    std::string low_label;                          // under the left end, e.g. "Worse"
    std::string high_label;                         // under the right end, e.g. "Better"
};

struct ColourBarLayout {
    draw::Rect title_box;  // empty width when no title
    draw::Rect bar;
    double height = 0;
};

// The bar is at most chrome.colour_bar.max_width wide, centred in area (or left-aligned
// when chrome.colour_bar.center is false); title on the left when it fits, else above.
ColourBarLayout layout_colour_bar(const draw::Canvas& canvas, const draw::Rect& area,
                                  const style::Style& style, const ColourBar& bar);
void draw_colour_bar(draw::Canvas& canvas, const ColourBarLayout& layout, const style::Style& style,
                     const ColourBar& bar);

// ---- Small text helpers every figure uses. ----

// The line height (baseline to baseline) for text of `size`, from chrome.line_spacing.
double line_height(const style::Style& style, double size);
// WCAG 2 contrast ratio of two opaque colours (1..21).
double contrast_ratio(const draw::Color& a, const draw::Color& b);
// A solid line of a colour and width (StrokeStyle's other members defaulted).
draw::StrokeStyle solid_line(const draw::Color& color, double width);

}  // namespace dspt::figures
