#include "figures/london_inset.h"

#include "figures/map_draw.h"

namespace dspt::figures {

void draw_london_inset(draw::Canvas& canvas, const EnglandMapLayout& layout, const style::Style& style,
                       const MapPainter& paint) {
    if (!layout.inset) return;
    const draw::Rect box = layout.inset_box;
    const draw::Color frame_color = style.theme().map.inset.frame_color;
    const double frame_width = style.theme().line.thin;
    const double title_size = style.theme().text.label;
    canvas.fill(draw::Path().rect(box), {style.theme().map.inset.background});
    {
        draw::CanvasStateGuard guard(canvas);
        canvas.clip(draw::Path().rect(layout.inset->frame));
        paint(canvas, *layout.inset);
    }
    const double title_gap = em(style.theme().map.inset.title_gap_em, style.theme().text.label);
    canvas.text(
        {box.x + title_gap, box.y + title_gap}, style.theme().map.inset.title,
        {draw::FontFace::Bold, title_size, style.theme().colors.text, draw::HAlign::Left, draw::VAlign::Top});
    canvas.stroke(draw::Path().rect(box), solid_line(frame_color, frame_width));
}

void draw_inset_locator(draw::Canvas& canvas, const EnglandMapLayout& layout, const style::Style& style) {
    if (!layout.inset) return;
    const geo::BBox& e = layout.inset->extent;
    const draw::Point a = layout.main.apply({e.min_x, e.max_y});
    const draw::Point b = layout.main.apply({e.max_x, e.min_y});
    canvas.stroke(draw::Path().rect({a.x, a.y, b.x - a.x, b.y - a.y}),
                  solid_line(style.theme().map.inset.frame_color, style.theme().line.normal));
}

}  // namespace dspt::figures
