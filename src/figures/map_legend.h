#pragma once
// The legend of a map, drawn in the reserved panel (never over the map): a bold title,
// one row per class with its swatch, label and count (counts right-aligned in a column so
// they read as a table), and an optional note under it (e.g. how many trusts are not mapped).
// Text carries the meaning; the colour only repeats it.
#include <optional>
#include <string>
#include <vector>

#include "draw/canvas.h"
#include "style/style.h"

namespace dspt::figures {

enum class SwatchShape { Square, Circle, NoData };

struct MapLegendRow {
    std::string label;
    draw::Color color;
    std::optional<std::size_t> count;
    SwatchShape shape = SwatchShape::Square;
};

struct MapLegend {
    std::string title;
    std::vector<MapLegendRow> rows;
    std::string note;  // wrapped to the legend's width; may be empty
};

// Width and height the legend needs; the width is at most `max_width` (long labels are
// ellipsized, the note wraps).
draw::Point measure_map_legend(const draw::Canvas& canvas, const style::Style& style, const MapLegend& legend,
                               double max_width);
// Draws the legend with its top-left at `at`, as wide as `width`.
void draw_map_legend(draw::Canvas& canvas, const style::Style& style, const MapLegend& legend, draw::Point at,
                     double width);

}  // namespace dspt::figures
