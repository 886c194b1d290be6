#include "figures/icb_scores.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "figures/icb_names.h"
#include "figures/score_scale.h"

namespace dspt::figures {

namespace {

using draw::FontFace;

// The chart's name for an ICB: short, and compacted ("and" -> "&") only when the short
// form does not fit the column.
std::string fitted_name(const draw::Canvas& canvas, const std::string& full, double size, double width) {
    std::string name = short_icb_name(full);
    if (canvas.measure(name, FontFace::Regular, size).width <= width) return name;
    name = compact_icb_name(full);
    if (canvas.measure(name, FontFace::Regular, size).width <= width) return name;
    return canvas.fonts().ellipsize(name, FontFace::Regular, size, width);
}

// Width a name needs at its most compact (what the name column should aim to give it).
double needed_name_width(const draw::Canvas& canvas, const std::string& full, double size) {
    return canvas.measure(compact_icb_name(full), FontFace::Regular, size).width;
}

std::string tick_label(double t) {
    if (std::abs(t) < 1e-9) return "0";
    const bool whole = std::abs(t - std::round(t)) < 1e-9;
    const std::string magnitude =
        whole ? fmt::format("{}", std::lround(std::abs(t))) : fmt::format("{:.1f}", std::abs(t));
    return (t > 0 ? "+" : "\u2212") + magnitude;
}

}  // namespace

ChromeText icb_scores_text(const curate::BriefingData& data) {
    ChromeText t;
    t.title = "ICBs ranked by composite DSPT score";
    t.subtitle = snapshot_subtitle(data) + " \u00b7 " + std::to_string(data.icbs.size()) + " ICBs";
    if (!data.in_export(curate::Sector::Icb))
        t.note =
            "The export holds no ICB rows, so each score is the mean score of the ICB's trusts alone "
            "(Exceeded "
            "+3, Met +1, Approaching \u22121, Not Met or Not Published \u22123); an ICB without trusts has "
            "no "
            "score. \"=\" marks a shared rank.";
    else
        t.note =
            "Composite score = \u00bd \u00d7 mean score of the ICB's trusts + \u00bd \u00d7 the ICB's own "
            "score "
            "(Exceeded +3, Met +1, Approaching \u22121, Not Met or Not Published \u22123); an ICB without "
            "trusts "
            "takes its own score. \"=\" marks a shared rank.";
    t.source = source_line({"NHS England ODS; ONS ICB lookup"});
    return t;
}

IcbScoresLayout layout_icb_scores(const draw::Canvas& canvas, const draw::Rect& frame,
                                  const FigureInputs& inputs) {
    const auto& style = inputs.style;
    IcbScoresLayout l;
    l.chrome = layout_chrome(canvas, frame, style, icb_scores_text(inputs.data));
    const draw::Rect area = l.chrome.plot;

    const auto& scores = inputs.derived().ranked;
    if (scores.empty() || area.width <= 0) return l;
    const ScoreScale scale(style);

    // Columns and text size together: every size below is linear in the text size, so for
    // each column count the largest size that fits the height (rows of row_min_em) and the
    // width (rank, a name column of min_name_em, a plot of min_plot_em, the value) is
    // known. The count giving the largest text wins (fewer columns on a tie), never above
    // text.small.
    const double preferred = style.theme().text.small;
    const double row_min_em = style.theme().chart.icb.row_min_em;
    const double col_gap_em = style.theme().chart.icb.column_gap_em;
    const double inner_gap_em = style.theme().chart.icb.inner_gap_em;
    const double per_unit_text = [&] {
        const double unit = 100;  // measure at a large size, scale down: widths are linear
        return (canvas.measure(fmt::format("={}", scores.size()), FontFace::Regular, unit).width +
                canvas.measure("\u22123.0", FontFace::Bold, unit).width) /
               unit;
    }();
    const double col_em = per_unit_text + 4 * inner_gap_em + style.theme().chart.icb.min_name_em +
                          style.theme().chart.icb.min_plot_em;
    const double axis_em = 2 * style.theme().chart.axis_label_gap_em + style.theme().chart.icb.strip_em +
                           text_height(canvas, 100) / 100;
    const int max_columns = style.theme().chart.icb.max_columns;
    const auto n = scores.size();
    int columns = 1;
    double size = 0;
    for (int c = 1; c <= max_columns; ++c) {
        const auto per =
            static_cast<double>((n + static_cast<std::size_t>(c) - 1) / static_cast<std::size_t>(c));
        const double by_height = area.height / (per * row_min_em + axis_em);
        const double by_width = area.width / (c * col_em + (c - 1) * col_gap_em);
        const double s = std::min({preferred, by_height, by_width});
        if (s > size + 1e-9) {
            size = s;
            columns = c;
        }
    }
    const double strip_h = size * style.theme().chart.icb.strip_em;
    const double label_gap = size * style.theme().chart.axis_label_gap_em;
    const double axis_h = label_gap + strip_h + label_gap + text_height(canvas, size);
    const double rows_h = std::max(1.0, area.height - axis_h);
    const auto per_column = (n + static_cast<std::size_t>(columns) - 1) / static_cast<std::size_t>(columns);
    const double row_h =
        std::min(rows_h / static_cast<double>(per_column), size * style.theme().chart.icb.row_max_em);
    l.columns = columns;
    l.text_size = size;

    // Column geometry: rank | name | plot | value. Names get what they need up to what leaves
    // the plot its minimum width.
    const double col_gap = size * col_gap_em;
    const double col_w = (area.width - col_gap * (columns - 1)) / columns;
    const double inner_gap = size * inner_gap_em;
    const double rank_w = canvas.measure(fmt::format("={}", n), FontFace::Regular, size).width;
    const double value_w = canvas.measure("\u22123.0", FontFace::Bold, size).width;
    const double min_plot = size * style.theme().chart.icb.min_plot_em;
    double want_name_w = 0;
    for (const auto& s : scores)
        want_name_w = std::max(want_name_w, needed_name_width(canvas, s.score.icb.name, size));
    // Names may take up to name_column_max of a column: beyond that the bars would shrink
    // to slivers for the sake of two or three long names, which are compacted or ellipsized.
    const double name_w =
        std::max(0.0, std::min({want_name_w, col_w * style.theme().chart.icb.name_column_max,
                                col_w - rank_w - value_w - min_plot - 4 * inner_gap}));

    // Ticks every 1 when their labels have room, else every 3 (-3, 0, +3).
    double widest_tick = 0;
    for (double t : scale.ticks(1))
        widest_tick = std::max(widest_tick, canvas.measure(tick_label(t), FontFace::Regular, size).width);
    const double tick_half = widest_tick / 2;

    const double block_h = static_cast<double>(per_column) * row_h;
    l.grid_top = area.y + std::max(0.0, (rows_h - block_h) / 2);
    l.grid_bottom = l.grid_top + block_h;
    for (int c = 0; c < columns; ++c) {
        ValueAxis axis;
        const double x0 = area.x + c * (col_w + col_gap);
        axis.left = x0 + rank_w + inner_gap + name_w + inner_gap + tick_half;
        axis.right = std::max(axis.left + 1, x0 + col_w - value_w - inner_gap - tick_half);
        axis.min = scale.min();
        axis.max = scale.max();
        const double spacing = (axis.right - axis.left) / (axis.max - axis.min);
        axis.ticks = scale.ticks(spacing >= widest_tick * style.theme().chart.icb.tick_room ? 1 : 3);
        l.axes.push_back(axis);
        l.strips.push_back({axis.left, l.grid_bottom + label_gap, axis.right - axis.left, strip_h});
    }
    for (double t : l.axes.front().ticks) l.tick_labels.push_back(tick_label(t));

    const double text_h = text_height(canvas, size);
    const double bar_h = row_h * style.theme().chart.icb.bar_fraction;
    for (std::size_t i = 0; i < n; ++i) {
        const auto& s = scores[i].score;
        const auto c = static_cast<int>(i / per_column);
        const auto r = static_cast<double>(i % per_column);
        const auto& axis = l.axes[static_cast<std::size_t>(c)];
        const double x0 = area.x + c * (col_w + col_gap);
        IcbScoreRowLayout row;
        row.score = s.composite_score;
        row.rank = scores[i].rank.position;
        row.rank_text = scores[i].rank.text();
        row.value_text = scores[i].printed;
        row.name = fitted_name(canvas, s.icb.name, size, name_w);
        row.row = {x0, l.grid_top + r * row_h, col_w, row_h};
        const double text_top = row.row.y + (row_h - text_h) / 2;
        const double rank_tw = canvas.measure(row.rank_text, FontFace::Regular, size).width;
        row.rank_box = {x0 + rank_w - rank_tw, text_top, rank_tw, text_h};
        row.name_box = {x0 + rank_w + inner_gap, text_top,
                        canvas.measure(row.name, FontFace::Regular, size).width, text_h};
        const double zero = axis.x_of(0);
        const double end = axis.x_of(std::clamp(s.composite_score, axis.min, axis.max));
        row.bar = {std::min(zero, end), row.row.y + (row_h - bar_h) / 2, std::abs(end - zero), bar_h};
        const double vw = canvas.measure(row.value_text, FontFace::Bold, size).width;
        row.value_box = {x0 + col_w - vw, text_top, vw, text_h};
        l.rows.push_back(std::move(row));
    }
    return l;
}

void draw_icb_scores(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
    draw::CanvasStateGuard guard(canvas);
    const auto& style = inputs.style;
    const auto l = layout_icb_scores(canvas, frame, inputs);
    draw_chrome(canvas, frame, style, icb_scores_text(inputs.data));
    if (l.rows.empty()) return;

    const ScoreScale scale(style);
    const double size = l.text_size;
    // Every other row striped, so a reader's eye keeps its line from name to bar to value.
    const auto stripe = style.theme().chart.icb.stripe;
    for (std::size_t i = 0; i < l.rows.size(); ++i) {
        if (i % 2 == 1) canvas.fill(draw::Path().rect(l.rows[i].row), {stripe});
    }
    const auto secondary = style.theme().colors.text_secondary;
    const auto axis_line = solid_line(style.theme().colors.axis, style.theme().line.axis);
    for (std::size_t c = 0; c < l.axes.size(); ++c) {
        const auto& axis = l.axes[c];
        const auto& strip = l.strips[c];
        draw_gridlines(canvas, style, axis, l.grid_top, l.grid_bottom);
        const double zero = axis.x_of(0);
        canvas.stroke(draw::Path().move_to({zero, l.grid_top}).line_to({zero, l.grid_bottom}), axis_line);
        // The colour strip: thin abutting slices, the same in every backend.
        const int steps = std::max(2, static_cast<int>(std::ceil(strip.width)));
        const double step_w = strip.width / steps;
        for (int i = 0; i < steps; ++i) {
            const double v = axis.min + (axis.max - axis.min) * (i + 0.5) / steps;
            const double w = step_w + (i + 1 < steps ? std::min(step_w, 0.5) : 0);
            canvas.fill(draw::Path().rect({strip.x + i * step_w, strip.y, w, strip.height}), {scale(v)});
        }
        canvas.stroke(draw::Path().rect(strip),
                      solid_line(style.theme().chart.icb.bar_outline, style.theme().line.hairline));
        const auto m = canvas.measure("Hg", FontFace::Regular, size);
        const double baseline = strip.bottom() + size * style.theme().chart.axis_label_gap_em + m.ascent;
        for (std::size_t k = 0; k < axis.ticks.size() && k < l.tick_labels.size(); ++k)
            canvas.text({axis.x_of(axis.ticks[k]), baseline}, l.tick_labels[k],
                        {FontFace::Regular, size, secondary, draw::HAlign::Center, draw::VAlign::Baseline});
    }
    const auto text = style.theme().colors.text;
    const auto outline = solid_line(style.theme().chart.icb.bar_outline, style.theme().line.hairline);
    const auto m = canvas.measure("Hg", FontFace::Regular, size);
    for (const auto& row : l.rows) {
        if (row.bar.width > 0)
            canvas.fill_and_stroke(draw::Path().rect(row.bar), {scale(row.score)}, outline);
        const double baseline = row.name_box.y + m.ascent;
        canvas.text({row.rank_box.right(), baseline}, row.rank_text,
                    {FontFace::Regular, size, secondary, draw::HAlign::Right, draw::VAlign::Baseline});
        canvas.text({row.name_box.x, baseline}, row.name,
                    {FontFace::Regular, size, text, draw::HAlign::Left, draw::VAlign::Baseline});
        canvas.text({row.value_box.right(), baseline}, row.value_text,
                    {FontFace::Bold, size, text, draw::HAlign::Right, draw::VAlign::Baseline});
    }
}

}  // namespace dspt::figures
