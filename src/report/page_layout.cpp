#include "report/page_layout.h"

namespace dspt::report {

PageLayout PageLayout::from_style(const style::Style& style) {
    PageLayout p;
    p.width = style.number("page.width");
    p.height = style.number("page.height");
    p.margin_top = style.number("page.margin_top");
    p.margin_bottom = style.number("page.margin_bottom");
    p.margin_left = style.number("page.margin_left");
    p.margin_right = style.number("page.margin_right");
    p.header_height = style.number("page.header_height");
    p.footer_height = style.number("page.footer_height");
    p.columns = static_cast<int>(style.number("page.columns"));
    if (p.columns < 1) p.columns = 1;
    p.gutter = style.number("page.gutter");
    p.block_gap = style.number("page.figure_gap");
    return p;
}

draw::Rect PageLayout::content() const {
    return {margin_left, margin_top, width - margin_left - margin_right, height - margin_top - margin_bottom};
}

double PageLayout::column_x(int column) const {
    const double col_w = (content().width - gutter * (columns - 1)) / columns;
    return margin_left + column * (col_w + gutter);
}

double PageLayout::span_width(int span) const {
    const double col_w = (content().width - gutter * (columns - 1)) / columns;
    return span * col_w + (span - 1) * gutter;
}

}  // namespace dspt::report
