#pragma once
// The A4 page geometry of the briefing, read from the style's [page] table: page size,
// margins, the running header and footer bands, and the 12-column grid every block
// aligns to. Nothing in the report positions itself from a literal.
#include "draw/geometry.h"
#include "style/style.h"

namespace dspt::report {

struct PageLayout {
    double width = 0;
    double height = 0;
    double margin_top = 0;
    double margin_bottom = 0;
    double margin_left = 0;
    double margin_right = 0;
    double header_height = 0;  // running header band, inside the top margin
    double footer_height = 0;  // page number band, inside the bottom margin
    int columns = 12;
    double gutter = 0;
    double block_gap = 0;  // vertical space between blocks

    static PageLayout from_style(const style::Style& style);

    // The area body content flows in.
    draw::Rect content() const;
    // x of the left edge of grid column `column` (0-based) and the width of `span` columns.
    double column_x(int column) const;
    double span_width(int span) const;
};

}  // namespace dspt::report
