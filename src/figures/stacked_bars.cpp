#include "figures/stacked_bars.h"

#include <fmt/format.h>

#include <algorithm>
#include <numeric>

#include "stats/tables.h"

namespace dspt::figures {

namespace {

using draw::FontFace;

struct Sizes {
    double body, small, label;
    double pad;  // inside a segment, each side
};

Sizes sizes(const style::Style& style) {
    Sizes s;
    s.body = style.theme().text.body;
    s.small = style.theme().text.small;
    s.label = style.theme().text.label;
    s.pad = s.label * style.theme().chart.segment_padding_em;
    return s;
}

// The richest label that fits inside the segment: count over percentage, count and
// percentage on one line, the count alone, or nothing.
void fit_segment_label(const draw::Canvas& canvas, const Sizes& sz, BarScale scale, SegmentLayout& seg) {
    if (seg.count == 0) return;
    const std::string count = count_text(seg.count);
    const std::string pct = stats::format_percent(seg.percent) + "%";
    const double line_h = text_height(canvas, sz.label, FontFace::Bold);
    const double avail_w = seg.rect.width - 2 * sz.pad;
    const double avail_h = seg.rect.height - sz.pad;
    auto width = [&](const std::string& t, FontFace f) { return canvas.measure(t, f, sz.label).width; };
    if (scale == BarScale::Percent) {
        if (2 * line_h <= avail_h &&
            std::max(width(count, FontFace::Bold), width(pct, FontFace::Regular)) <= avail_w) {
            seg.label_lines = {count, pct};
            return;
        }
        const std::string one = count + " (" + pct + ")";
        if (line_h <= avail_h && width(one, FontFace::Bold) <= avail_w) {
            seg.label_lines = {one};
            return;
        }
    }
    if (line_h <= avail_h && width(count, FontFace::Bold) <= avail_w) seg.label_lines = {count};
}

}  // namespace

std::size_t StackedBarRow::total() const {
    return std::accumulate(counts.begin(), counts.end(), std::size_t{0});
}

StackedBarsLayout layout_stacked_bars(const draw::Canvas& canvas, const draw::Rect& area,
                                      const style::Style& style, const std::vector<StackedBarRow>& rows,
                                      BarScale scale, const std::string& empty_note) {
    StackedBarsLayout out;
    out.scale = scale;
    out.area = area;
    if (rows.empty() || area.width <= 0 || area.height <= 0) return out;
    const Sizes sz = sizes(style);
    const auto& fonts = canvas.fonts();

    // Axis ticks first: the last label's half width is reserved on the right so it never clips.
    std::size_t max_total = 0;
    for (const auto& r : rows) max_total = std::max(max_total, r.total());
    if (scale == BarScale::Percent) {
        out.axis.ticks = {0, 25, 50, 75, 100};
        for (double t : out.axis.ticks) out.tick_labels.push_back(fmt::format("{}%", static_cast<int>(t)));
    } else {
        const int max_ticks =
            std::max(2, static_cast<int>(area.width / (sz.small * style.theme().chart.tick_spacing_em)));
        out.axis.ticks =
            nice_ticks(static_cast<double>(std::max<std::size_t>(max_total, 1)), std::min(max_ticks, 10));
        for (double t : out.axis.ticks) out.tick_labels.push_back(fmt::format("{}", static_cast<long>(t)));
    }
    out.axis.min = 0;
    out.axis.max = out.axis.ticks.back();
    const double right_reserve =
        canvas.measure(out.tick_labels.back(), FontFace::Regular, sz.small).width / 2;

    // Label column: as wide as the widest label, but never more than a share of the width.
    double label_w = 0;
    for (const auto& r : rows) {
        label_w = std::max(label_w, canvas.measure(r.label, FontFace::Bold, sz.body).width);
        if (!r.sublabel.empty())
            label_w = std::max(label_w, canvas.measure(r.sublabel, FontFace::Regular, sz.small).width);
    }
    label_w = std::min(label_w, area.width * style.theme().chart.label_column_max);
    const double label_gap = sz.body * style.theme().chart.label_gap_em;
    out.axis.left = area.x + label_w + label_gap;
    out.axis.right = std::max(out.axis.left + 1, area.right() - right_reserve);

    // Vertical: bars as thick as fit (up to a maximum), gaps a fixed share of a bar, the block
    // and its axis centred in the area.
    const double axis_h = value_axis_height(canvas, style);
    const auto n = static_cast<double>(rows.size());
    const double gap_ratio = style.theme().chart.bar_gap_ratio;
    const double content_h = std::max(0.0, area.height - axis_h);
    const double pitch = content_h / n;  // one bar + one gap
    const double bar_h = std::min(pitch / (1 + gap_ratio), sz.body * style.theme().chart.bar_max_em);
    const double gap = bar_h * gap_ratio;
    const double block_h = n * bar_h + n * gap;  // half a gap above the first bar and below the last
    const double top = area.y + std::max(0.0, (content_h - block_h) / 2);
    out.grid_top = top;
    out.grid_bottom = top + block_h;

    const double label_line_h = text_height(canvas, sz.body, FontFace::Bold);
    const double sub_gap = sz.small * style.theme().chart.sublabel_gap_em;
    const double sub_line_h = text_height(canvas, sz.small);
    const bool room_for_sublabels = label_line_h + sub_gap + sub_line_h <= bar_h + gap * 0.8;

    for (std::size_t i = 0; i < rows.size(); ++i) {
        const auto& r = rows[i];
        BarRowLayout row;
        row.row = r;
        const double y = top + gap / 2 + static_cast<double>(i) * (bar_h + gap);
        const double total = static_cast<double>(r.total());
        const double bar_w = scale == BarScale::Percent ? (total > 0 ? out.axis.right - out.axis.left : 0)
                                                        : out.axis.x_of(total) - out.axis.left;
        row.bar = {out.axis.left, y, bar_w, bar_h};
        row.label = fonts.ellipsize(r.label, FontFace::Bold, sz.body, label_w);
        if (room_for_sublabels && !r.sublabel.empty())
            row.sublabel = fonts.ellipsize(r.sublabel, FontFace::Regular, sz.small, label_w);
        const double block = label_line_h + (row.sublabel.empty() ? 0 : sub_gap + sub_line_h);
        row.label_box = {area.x, y + (bar_h - block) / 2, label_w, block};

        // Cumulative edges, so rounding never opens a gap or overlap between segments.
        std::size_t before = 0;
        for (std::size_t k = 0; k < curate::kAllStatuses.size(); ++k) {
            SegmentLayout seg;
            seg.status = curate::kAllStatuses[k];
            seg.count = r.counts[k];
            seg.percent = total > 0 ? 100.0 * static_cast<double>(seg.count) / total : 0;
            const double x0 = total > 0 ? row.bar.x + bar_w * static_cast<double>(before) / total : row.bar.x;
            before += seg.count;
            const double x1 = total > 0 ? row.bar.x + bar_w * static_cast<double>(before) / total : row.bar.x;
            seg.rect = {x0, y, x1 - x0, bar_h};
            fit_segment_label(canvas, sz, scale, seg);
            row.segments.push_back(std::move(seg));
        }
        if (const std::string& note = r.empty_note.empty() ? empty_note : r.empty_note;
            r.total() == 0 && !note.empty()) {
            const double span = out.axis.right - out.axis.left - 2 * sz.pad;
            row.empty_note = fonts.ellipsize(note, FontFace::Regular, sz.label, span);
            const double h = text_height(canvas, sz.label);
            row.empty_box = {out.axis.left + sz.pad, y + (bar_h - h) / 2,
                             canvas.measure(row.empty_note, FontFace::Regular, sz.label).width, h};
        }
        out.rows.push_back(std::move(row));
    }
    return out;
}

void draw_stacked_bars(draw::Canvas& canvas, const StackedBarsLayout& l, const style::Style& style) {
    if (l.rows.empty()) return;
    const Sizes sz = sizes(style);
    draw_gridlines(canvas, style, l.axis, l.grid_top, l.grid_bottom);

    const auto separator = solid_line(style.theme().colors.background, style.theme().line.thin);
    const auto text_color = style.theme().colors.text;
    const auto secondary = style.theme().colors.text_secondary;
    for (const auto& row : l.rows) {
        for (const auto& seg : row.segments) {
            if (seg.rect.width <= 0) continue;
            canvas.fill(draw::Path().rect(seg.rect), {status_color(style, seg.status)});
        }
        // Thin background-coloured lines between neighbouring segments keep similar
        // colours apart (and read as a gap in greyscale print).
        for (std::size_t k = 1; k < row.segments.size(); ++k) {
            const auto& seg = row.segments[k];
            if (seg.rect.width <= 0 || seg.rect.x <= row.bar.x) continue;
            canvas.stroke(
                draw::Path().move_to({seg.rect.x, seg.rect.y}).line_to({seg.rect.x, seg.rect.bottom()}),
                separator);
        }
        for (const auto& seg : row.segments) {
            if (seg.label_lines.empty()) continue;
            const auto color = status_text_color(style, seg.status);
            const double line_h = text_height(canvas, sz.label, draw::FontFace::Bold);
            const double cx = seg.rect.x + seg.rect.width / 2;
            const double block = line_h * static_cast<double>(seg.label_lines.size());
            double cy = seg.rect.y + (seg.rect.height - block) / 2 + line_h / 2;
            for (std::size_t i = 0; i < seg.label_lines.size(); ++i) {
                text_centred(canvas, {cx, cy}, seg.label_lines[i],
                             i == 0 ? draw::FontFace::Bold : draw::FontFace::Regular, sz.label, color);
                cy += line_h;
            }
        }
        if (!row.empty_note.empty()) {
            const auto m = canvas.measure("Hg", draw::FontFace::Regular, sz.label);
            canvas.text(
                {row.empty_box.x, row.empty_box.y + m.ascent}, row.empty_note,
                {draw::FontFace::Regular, sz.label, secondary, draw::HAlign::Left, draw::VAlign::Baseline});
        }
        // Category label (+ sublabel), right-aligned against the bars.
        const double x = row.label_box.right();
        const auto mb = canvas.measure("Hg", draw::FontFace::Bold, sz.body);
        canvas.text({x, row.label_box.y + mb.ascent}, row.label,
                    {draw::FontFace::Bold, sz.body, text_color, draw::HAlign::Right, draw::VAlign::Baseline});
        if (!row.sublabel.empty()) {
            const auto ms = canvas.measure("Hg", draw::FontFace::Regular, sz.small);
            const double y = row.label_box.y + mb.ascent + mb.descent +
                             sz.small * style.theme().chart.sublabel_gap_em + ms.ascent;
            canvas.text(
                {x, y}, row.sublabel,
                {draw::FontFace::Regular, sz.small, secondary, draw::HAlign::Right, draw::VAlign::Baseline});
        }
    }
    // Baseline of the value axis at 0, over the bars' left ends.
    canvas.stroke(draw::Path().move_to({l.axis.left, l.grid_top}).line_to({l.axis.left, l.grid_bottom}),
                  solid_line(style.theme().colors.axis, style.theme().line.axis));
    draw_value_axis_labels(canvas, style, l.axis, l.grid_bottom, l.tick_labels, l.area.x, l.area.right());
}

}  // namespace dspt::figures
