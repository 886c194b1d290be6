#include "figures/map_legend.h"

#include <algorithm>

#include "figures/chrome.h"
#include "figures/map_draw.h"

namespace dspt::figures {

namespace {

struct Metrics {
    double title_size, text_size, swatch, swatch_gap, count_gap, row_gap, row_height, title_gap, note_gap;
};

Metrics metrics(const style::Style& style) {
    Metrics m;
    m.title_size = style.theme().text.body;
    m.text_size = style.theme().text.label;
    m.swatch = em(style.theme().map.legend.swatch_em, style.theme().text.label);
    m.swatch_gap = em(style.theme().map.legend.swatch_gap_em, style.theme().text.label);
    m.count_gap = em(style.theme().map.legend.count_gap_em, style.theme().text.label);
    m.row_gap = em(style.theme().map.legend.row_gap_em, style.theme().text.label);
    m.row_height = std::max(m.swatch, m.text_size * style.theme().text.line_spacing) + m.row_gap;
    m.title_gap = em(style.theme().map.legend.title_gap_em, style.theme().text.label);
    m.note_gap = em(style.theme().map.legend.note_gap_em, style.theme().text.label);
    return m;
}

std::string count_text(const MapLegendRow& row) {
    return row.count ? std::to_string(*row.count) : std::string();
}

double count_column(const draw::Canvas& canvas, const MapLegend& legend, const Metrics& m) {
    double w = 0;
    for (const auto& r : legend.rows)
        w = std::max(w, canvas.measure(count_text(r), draw::FontFace::Regular, m.text_size).width);
    return w;
}

}  // namespace

draw::Point measure_map_legend(const draw::Canvas& canvas, const style::Style& style, const MapLegend& legend,
                               double max_width) {
    const Metrics m = metrics(style);
    const double counts = count_column(canvas, legend, m);
    double w = canvas.measure(legend.title, draw::FontFace::Bold, m.title_size).width;
    for (const auto& r : legend.rows) {
        const double label = canvas.measure(r.label, draw::FontFace::Regular, m.text_size).width;
        w = std::max(w, m.swatch + m.swatch_gap + label + (counts > 0 ? m.count_gap + counts : 0));
    }
    // A note wraps to the rows' width; it only widens a narrow legend (up to note_width_em),
    // so a long note does not take width from the map.
    if (!legend.note.empty()) {
        const double natural = canvas.measure(legend.note, draw::FontFace::Regular, m.text_size).width;
        w = std::max(w,
                     std::min(natural, em(style.theme().map.legend.note_width_em, style.theme().text.label)));
    }
    // A hair of slack: the widest label must not be ellipsized by rounding when drawn at w.
    w = std::min(w + 0.01 * m.text_size, max_width);
    double h = 0;
    if (!legend.title.empty()) h += m.title_size * style.theme().text.line_spacing + m.title_gap;
    h += m.row_height * static_cast<double>(legend.rows.size());
    if (!legend.note.empty()) {
        const auto lines = canvas.fonts().wrap(legend.note, draw::FontFace::Regular, m.text_size, w);
        h += m.note_gap - m.row_gap + line_height(style, m.text_size) * static_cast<double>(lines.size());
    }
    return {w, h};
}

void draw_map_legend(draw::Canvas& canvas, const style::Style& style, const MapLegend& legend, draw::Point at,
                     double width) {
    const Metrics m = metrics(style);
    const draw::Color text_color = style.theme().colors.text;
    const double counts = count_column(canvas, legend, m);
    double y = at.y;
    if (!legend.title.empty()) {
        const std::string title =
            canvas.fonts().ellipsize(legend.title, draw::FontFace::Bold, m.title_size, width);
        canvas.text({at.x, y}, title,
                    {draw::FontFace::Bold, m.title_size, text_color, draw::HAlign::Left, draw::VAlign::Top});
        y += m.title_size * style.theme().text.line_spacing + m.title_gap;
    }
    const double label_x = at.x + m.swatch + m.swatch_gap;
    const double label_w = width - (m.swatch + m.swatch_gap) - (counts > 0 ? m.count_gap + counts : 0);
    for (const auto& r : legend.rows) {
        const double mid = y + m.swatch / 2;
        const draw::Rect sw{at.x, y, m.swatch, m.swatch};
        switch (r.shape) {
            case SwatchShape::Square:
                canvas.fill(draw::Path().rect(sw), {r.color});
                break;
            case SwatchShape::NoData:
                fill_no_data(canvas, draw::Path().rect(sw), style);
                break;
            case SwatchShape::Circle: {
                const double radius = em(style.theme().map.trusts.marker_radius_em, style.theme().text.label);
                canvas.fill_and_stroke(
                    draw::Path().circle({at.x + m.swatch / 2, mid}, radius), {r.color},
                    solid_line(style.theme().map.trusts.marker_outline,
                               em(style.theme().map.trusts.marker_outline_em, style.theme().text.label)));
                break;
            }
        }
        const std::string label =
            canvas.fonts().ellipsize(r.label, draw::FontFace::Regular, m.text_size, label_w);
        canvas.text(
            {label_x, mid}, label,
            {draw::FontFace::Regular, m.text_size, text_color, draw::HAlign::Left, draw::VAlign::Middle});
        if (r.count) {
            canvas.text({at.x + width, mid}, count_text(r),
                        {draw::FontFace::Regular, m.text_size, text_color, draw::HAlign::Right,
                         draw::VAlign::Middle});
        }
        y += m.row_height;
    }
    if (!legend.note.empty()) {
        y += m.note_gap - m.row_gap;
        const draw::Color note_color = style.theme().colors.text_secondary;
        for (const auto& line :
             canvas.fonts().wrap(legend.note, draw::FontFace::Regular, m.text_size, width)) {
            canvas.text(
                {at.x, y}, line,
                {draw::FontFace::Regular, m.text_size, note_color, draw::HAlign::Left, draw::VAlign::Top});
            y += line_height(style, m.text_size);
        }
    }
}

}  // namespace dspt::figures
