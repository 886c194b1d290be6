#include "figures/chart_common.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace dspt::figures {

draw::Color status_color(const style::Style& style, curate::Status s) { return style.theme().status.of(s); }

draw::Color status_text_color(const style::Style& style, curate::Status s) {
    return style.theme().status_text.of(s);
}

std::vector<LegendEntry> status_legend(const style::Style& style) {
    std::vector<LegendEntry> out;
    for (auto s : curate::kAllStatuses)
        out.push_back({std::string(curate::status_label(s)), status_color(style, s), std::nullopt, false});
    return out;
}

std::vector<double> nice_ticks(double max, int max_ticks) {
    if (max <= 0) return {0, 1};
    max_ticks = std::max(1, max_ticks);
    const double raw = max / max_ticks;
    const double mag = std::pow(10.0, std::floor(std::log10(raw)));
    double step = 10 * mag;
    for (double m : {1.0, 2.0, 5.0, 10.0}) {
        if (m * mag >= raw - 1e-12) {
            step = m * mag;
            break;
        }
    }
    std::vector<double> ticks;
    for (int i = 0;; ++i) {
        const double v = i * step;
        ticks.push_back(v);
        if (v >= max - 1e-9) break;
    }
    return ticks;
}

double text_height(const draw::Canvas& canvas, double size, draw::FontFace face) {
    const auto m = canvas.measure("Hg", face, size);
    return m.ascent + m.descent;
}

double value_axis_height(const draw::Canvas& canvas, const style::Style& style) {
    const double size = style.theme().text.small;
    return size * style.theme().chart.axis_label_gap_em + text_height(canvas, size);
}

void draw_gridlines(draw::Canvas& canvas, const style::Style& style, const ValueAxis& axis, double top,
                    double bottom) {
    const auto grid = solid_line(style.theme().colors.gridline, style.theme().line.gridline);
    for (double t : axis.ticks) {
        const double x = axis.x_of(t);
        canvas.stroke(draw::Path().move_to({x, top}).line_to({x, bottom}), grid);
    }
}

void draw_value_axis_labels(draw::Canvas& canvas, const style::Style& style, const ValueAxis& axis,
                            double bottom, const std::vector<std::string>& labels, double min_x,
                            double max_x) {
    const double size = style.theme().text.small;
    const auto m = canvas.measure("Hg", draw::FontFace::Regular, size);
    const double baseline = bottom + size * style.theme().chart.axis_label_gap_em + m.ascent;
    const auto color = style.theme().colors.text_secondary;
    for (std::size_t i = 0; i < axis.ticks.size() && i < labels.size(); ++i) {
        const double x = axis.x_of(axis.ticks[i]);
        const double w = canvas.measure(labels[i], draw::FontFace::Regular, size).width;
        const double cx = std::clamp(x, min_x + w / 2, std::max(min_x + w / 2, max_x - w / 2));
        canvas.text({cx, baseline}, labels[i],
                    {draw::FontFace::Regular, size, color, draw::HAlign::Center, draw::VAlign::Baseline});
    }
}

void text_centred(draw::Canvas& canvas, draw::Point centre, std::string_view text, draw::FontFace face,
                  double size, const draw::Color& color) {
    const auto m = canvas.measure("Hg", face, size);
    const double baseline = centre.y + (m.ascent - m.descent) / 2;
    canvas.text({centre.x, baseline}, text,
                {face, size, color, draw::HAlign::Center, draw::VAlign::Baseline});
}

std::string count_text(std::size_t n) { return fmt::format("{}", n); }

}  // namespace dspt::figures
