#include "report/status_chip.h"

#include <string>

#include "report/paint.h"

namespace dspt::report {
ChipMetrics status_chip_size(const draw::FontLibrary& fonts, const style::Style& style,
                             curate::Status status) {
    const double size = style.theme().report.chip.text;
    const auto m = fonts.measure(curate::status_label(status), draw::FontFace::Bold, size);
    return {m.width + 2 * style.theme().report.chip.padding_x, size * style.theme().report.chip.height_em};
}

void draw_status_chip(draw::Canvas& canvas, const style::Style& style, curate::Status status, double left,
                      double middle_y) {
    const double size = style.theme().report.chip.text;
    const ChipMetrics chip = status_chip_size(canvas.fonts(), style, status);
    const draw::Rect box{left, middle_y - chip.height / 2, chip.width, chip.height};
    canvas.fill(draw::Path().rounded_rect(box, style.theme().report.chip.radius),
                solid(style.theme().status.of(status)));
    const auto m = canvas.measure(curate::status_label(status), draw::FontFace::Bold, size);
    // Centre the glyphs' ascent-descent box on the chip.
    const double baseline = middle_y + (m.ascent - m.descent) / 2;
    canvas.text({left + style.theme().report.chip.padding_x, baseline}, curate::status_label(status),
                text_style(draw::FontFace::Bold, size, style.theme().status_text.of(status)));
}

}  // namespace dspt::report
