#pragma once
// Horizontal stacked bars of the five statuses, one row per category (a sector or a
// region), shared by status_by_sector (100% bars) and trusts_by_region (count bars).
// Layout and drawing are separate so tests can find where each segment landed.
#include <array>
#include <string>
#include <vector>

#include "curate/status.h"
#include "draw/canvas.h"
#include "figures/chart_common.h"
#include "style/style.h"

namespace dspt::figures {

struct StackedBarRow {
    std::string label;                    // bold, left of the bar
    std::string sublabel;                 // secondary line under the label (may be empty)
    std::array<std::size_t, 5> counts{};  // kAllStatuses order
    std::string empty_note;  // this row's own text when it has no organisations (else the chart's)
    std::size_t total() const;
};

enum class BarScale { Percent, Count };

struct SegmentLayout {
    curate::Status status = curate::Status::NotPublished;
    std::size_t count = 0;
    double percent = 0;
    draw::Rect rect;                       // zero width when count == 0
    std::vector<std::string> label_lines;  // empty: the segment is too small for a label
    draw::FontFace first_line_face = draw::FontFace::Bold;
};

struct BarRowLayout {
    StackedBarRow row;
    draw::Rect bar;                       // the whole bar (all segments)
    draw::Rect label_box;                 // where the label (+ sublabel) block sits
    std::string label;                    // possibly ellipsized
    std::string sublabel;                 // possibly ellipsized, empty when there was no room
    std::vector<SegmentLayout> segments;  // five, in status order
    std::string empty_note;               // for a row with no organisations: says so where the bar would be
    draw::Rect empty_box;
};

struct StackedBarsLayout {
    BarScale scale = BarScale::Percent;
    draw::Rect area;  // what the bars, labels and axis were fitted into
    std::vector<BarRowLayout> rows;
    ValueAxis axis;
    double grid_top = 0, grid_bottom = 0;  // gridline span
    std::vector<std::string> tick_labels;
};

// `empty_note`: the text of a row whose total is 0 (e.g. "No organisations in this sector").
StackedBarsLayout layout_stacked_bars(const draw::Canvas& canvas, const draw::Rect& area,
                                      const style::Style& style, const std::vector<StackedBarRow>& rows,
                                      BarScale scale, const std::string& empty_note = "None in the briefing");
void draw_stacked_bars(draw::Canvas& canvas, const StackedBarsLayout& layout, const style::Style& style);

}  // namespace dspt::figures
