#include "figures/scale_bar.h"

#include <fmt/format.h>

#include <cmath>
#include <string>

#include "figures/map_draw.h"

namespace dspt::figures {

double nice_length(double limit) {
    const double decade = std::pow(10.0, std::floor(std::log10(limit)));
    for (const double step : {5.0, 2.0, 1.0}) {
        if (step * decade <= limit * (1 + 1e-12)) return step * decade;
    }
    return decade;
}

namespace {

struct Bar {
    double km;
    double length;  // canvas units
};

Bar choose(const MapFrame& frame, const style::Style& style) {
    const double limit_km =
        frame.to_map_length(frame.drawn.width * style.theme().map.scale_bar.max_fraction) / 1000;
    const double km = nice_length(limit_km);
    return {km, km * 1000 * frame.scale};
}

std::string km_text(double km) { return fmt::format("{:g}", km); }

}  // namespace

draw::Point scale_bar_size(const draw::Canvas& canvas, const MapFrame& frame, const style::Style& style) {
    const Bar bar = choose(frame, style);
    const double size = style.theme().text.small;
    const auto label = canvas.measure(km_text(bar.km) + " km", draw::FontFace::Regular, size);
    // The last label is centred on the bar's end but written "n km": half of it sticks out.
    const double overhang =
        label.width - canvas.measure(km_text(bar.km), draw::FontFace::Regular, size).width / 2;
    return {bar.length + overhang,
            em(style.theme().map.scale_bar.height_em, style.theme().text.small) +
                em(style.theme().map.scale_bar.label_gap_em, style.theme().text.small) + label.ascent +
                label.descent};
}

void draw_scale_bar(draw::Canvas& canvas, const MapFrame& frame, const style::Style& style,
                    draw::Point bottom_right) {
    const Bar bar = choose(frame, style);
    const draw::Point size = scale_bar_size(canvas, frame, style);
    const double h = em(style.theme().map.scale_bar.height_em, style.theme().text.small);
    const double text_size = style.theme().text.small;
    const draw::Color ink = style.theme().map.scale_bar.color;
    const draw::Color paper = style.theme().map.scale_bar.fill;
    const double x0 = bottom_right.x - size.x;
    const double y0 = bottom_right.y - size.y;
    const double half = bar.length / 2;
    canvas.fill(draw::Path().rect({x0, y0, half, h}), {ink});
    canvas.fill(draw::Path().rect({x0 + half, y0, half, h}), {paper});
    canvas.stroke(draw::Path().rect({x0, y0, bar.length, h}), solid_line(ink, style.theme().line.thin));

    const draw::TextStyle label{draw::FontFace::Regular, text_size, ink, draw::HAlign::Center,
                                draw::VAlign::Top};
    const double ty = y0 + h + em(style.theme().map.scale_bar.label_gap_em, style.theme().text.small);
    canvas.text({x0, ty}, "0", label);
    // The midpoint's label only where it does not run into its neighbours (a short bar
    // in a small map frame would read "0 1020 km").
    const auto width_of = [&](const std::string& t) {
        return canvas.measure(t, draw::FontFace::Regular, text_size).width;
    };
    const std::string mid = km_text(bar.km / 2);
    const double room = half - text_size * 0.4;
    if (room >= width_of("0") / 2 + width_of(mid) / 2 &&
        room >= width_of(mid) / 2 + width_of(km_text(bar.km)) / 2)
        canvas.text({x0 + half, ty}, mid, label);
    // "n km" starts where the centred "n" would: the unit hangs to the right of the bar's end.
    const double n_width = canvas.measure(km_text(bar.km), draw::FontFace::Regular, text_size).width;
    canvas.text({x0 + bar.length - n_width / 2, ty}, km_text(bar.km) + " km",
                {draw::FontFace::Regular, text_size, ink, draw::HAlign::Left, draw::VAlign::Top});
}

}  // namespace dspt::figures
