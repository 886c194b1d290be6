#pragma once
// A status shown the way every table of the briefing shows it: a pill in the status
// colour with the status name inside (text in the status' contrast colour), so the
// meaning never rests on colour alone.
#include "curate/status.h"
#include "draw/canvas.h"
#include "style/style.h"

namespace dspt::report {

struct ChipMetrics {
    double width = 0;
    double height = 0;
};

ChipMetrics status_chip_size(const draw::FontLibrary& fonts, const style::Style& style,
                             curate::Status status);
// Draws the chip with its left edge at `left` and its vertical centre at `middle_y`.
void draw_status_chip(draw::Canvas& canvas, const style::Style& style, curate::Status status, double left,
                      double middle_y);

}  // namespace dspt::report
