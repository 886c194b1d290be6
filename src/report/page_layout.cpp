#include "report/page_layout.h"

namespace dspt::report {

PageLayout PageLayout::from_style(const style::Style& style) {
    PageLayout p;
    p.width = style.theme().page.width;
    p.height = style.theme().page.height;
    p.margin_top = style.theme().page.margin_top;
    p.margin_bottom = style.theme().page.margin_bottom;
    p.margin_left = style.theme().page.margin_left;
    p.margin_right = style.theme().page.margin_right;
    p.header_height = style.theme().page.header_height;
    p.footer_height = style.theme().page.footer_height;
    p.columns = style.theme().page.columns;
    if (p.columns < 1) p.columns = 1;
    p.gutter = style.theme().page.gutter;
    p.block_gap = style.theme().page.figure_gap;
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
