#include "figures/trend_chart.h"

#include <algorithm>
#include <cmath>

#include "figures/chart_common.h"
#include "stats/tables.h"

namespace dspt::figures {

namespace {

using curate::Sector;
using curate::Status;
using curate::TrendPoint;
using draw::FontFace;
using draw::Rect;

// A length of [chart.trend] in ems of text.small.
double em(const style::Style& style, double ems) { return style.theme().text.small * ems; }

std::string panel_title(Sector s) {
    switch (s) {
        case Sector::NhsTrust:
            return "NHS trusts";
        case Sector::Icb:
            return "Integrated care boards (ICBs)";
        case Sector::Csu:
            return "Commissioning support units (CSUs)";
    }
    return "";
}

std::vector<TrendPoint> points_of(const std::vector<TrendPoint>& trend, Sector s) {
    std::vector<TrendPoint> out;
    for (const auto& p : trend)
        if (p.sector == s) out.push_back(p);
    return out;  // already by date
}

// Centres of boxes of the given widths, as near as possible to where they want to be,
// `gap` apart and inside [lo, hi]: overlapping neighbours merge into a cluster centred on
// the mean of their wishes (labels of two snapshots a month apart sit side by side).
std::vector<double> dodge(const std::vector<double>& want, const std::vector<double>& width, double gap,
                          double lo, double hi) {
    struct Cluster {
        std::size_t first, last;
        double left, span;  // span: widths and gaps of its members
        double wish_sum;    // sum of (wanted centre - offset of the member's centre)
    };
    std::vector<Cluster> clusters;
    for (std::size_t i = 0; i < want.size(); ++i) {
        Cluster c{i, i, want[i] - width[i] / 2, width[i], want[i] - width[i] / 2};
        while (!clusters.empty() && clusters.back().left + clusters.back().span + gap > c.left) {
            Cluster b = clusters.back();
            clusters.pop_back();
            const double offset = b.span + gap;  // c's members move right by this within the merged cluster
            const std::size_t n_c = c.last - c.first + 1;
            b.wish_sum += c.wish_sum - offset * static_cast<double>(n_c);
            b.span += gap + c.span;
            b.last = c.last;
            b.left = b.wish_sum / static_cast<double>(b.last - b.first + 1);
            c = b;
        }
        clusters.push_back(c);
    }
    // Inside the bounds; a cluster pushed in may then touch its neighbour: a last pass
    // from the left keeps the gaps (overflowing on the right only when nothing fits).
    std::vector<double> x(want.size());
    for (auto& c : clusters) {
        c.left = std::max(lo, std::min(c.left, hi - c.span));
        double at = c.left;
        for (std::size_t i = c.first; i <= c.last; ++i) {
            x[i] = at + width[i] / 2;
            at += width[i] + gap;
        }
    }
    for (std::size_t i = 1; i < x.size(); ++i)
        x[i] = std::max(x[i], x[i - 1] + (width[i - 1] + width[i]) / 2 + gap);
    return x;
}

TrendPanelLayout layout_panel(const draw::Canvas& canvas, const Rect& box, Sector sector,
                              const std::vector<TrendPoint>& points, const style::Style& style) {
    TrendPanelLayout p;
    p.sector = sector;
    p.title = panel_title(sector);
    p.box = box;
    const double small = style.theme().text.small;
    const double label = style.theme().text.label;
    const double lh = line_height(style, small);
    const auto title_m = canvas.measure("Hg", FontFace::Bold, label);
    p.title = canvas.fonts().ellipsize(p.title, FontFace::Bold, label, box.width);
    p.title_at = {box.x, box.y + title_m.ascent};

    const double share_h = text_height(canvas, small, FontFace::Bold);
    const double share_top =
        box.y + title_m.ascent + title_m.descent + em(style, style.theme().chart.trend.title_gap_em);
    const double plot_top = share_top + share_h + em(style, style.theme().chart.trend.share_gap_em);
    const double tick = em(style, style.theme().chart.trend.year_tick_em);
    const double year_band = tick + text_height(canvas, small);
    const double label_gap = em(style, style.theme().chart.trend.label_gap_em);
    const double label_band = 3 * lh;
    const double plot_bottom = box.bottom() - label_band - label_gap - year_band;
    const double y_label_w = canvas.measure("100%", FontFace::Regular, small).width +
                             em(style, style.theme().chart.trend.axis_label_gap_em);
    p.plot = {box.x + y_label_w, plot_top, std::max(1.0, box.width - y_label_w),
              std::max(1.0, plot_bottom - plot_top)};
    p.year_label_y = p.plot.bottom() + tick;

    // Texts first: the axis is inset by half the widest label, so the end labels can sit
    // under their columns.
    std::vector<double> share_w, label_w;
    for (const auto& pt : points) {
        TrendColumnLayout c;
        c.point = pt;
        c.share_text = stats::format_percent_of(pt.met_or_exceeded(), pt.n()) + "%";
        c.label_lines = {pt.date.short_form(), pt.edition.empty() ? "no edition" : pt.edition + " edition",
                         "N = " + std::to_string(pt.n())};
        share_w.push_back(canvas.measure(c.share_text, FontFace::Bold, small).width);
        double w = canvas.measure(c.label_lines[0], FontFace::Bold, small).width;
        for (std::size_t i = 1; i < c.label_lines.size(); ++i)
            w = std::max(w, canvas.measure(c.label_lines[i], FontFace::Regular, small).width);
        label_w.push_back(w);
        p.columns.push_back(std::move(c));
    }
    double widest = em(style, style.theme().chart.trend.column_max_em);
    for (std::size_t i = 0; i < points.size(); ++i) widest = std::max({widest, share_w[i], label_w[i]});
    const double inset = std::min(widest / 2, p.plot.width / 4);
    p.axis_left = p.plot.x + inset;
    p.axis_right = p.plot.right() - inset;

    // True time axis: x proportional to the day.
    const long d0 = points.empty() ? 0 : points.front().date.days_since_epoch();
    const long d1 = points.empty() ? 0 : points.back().date.days_since_epoch();
    const auto x_of = [&](const io::Date& d) {
        if (d1 == d0) return (p.axis_left + p.axis_right) / 2;
        return p.axis_left + (p.axis_right - p.axis_left) * static_cast<double>(d.days_since_epoch() - d0) /
                                 static_cast<double>(d1 - d0);
    };
    for (auto& c : p.columns) c.x = x_of(c.point.date);
    // Each column as wide as its nearest neighbour allows (up to the maximum): snapshots a
    // month apart get slim columns, years apart full ones; the width carries no number.
    const double max_w = em(style, style.theme().chart.trend.column_max_em);
    const double share_of_gap = style.theme().chart.trend.column_share_of_gap;
    std::vector<double> col_w(p.columns.size(), max_w);
    for (std::size_t i = 0; i < p.columns.size(); ++i) {
        if (i > 0) col_w[i] = std::min(col_w[i], share_of_gap * (p.columns[i].x - p.columns[i - 1].x));
        if (i + 1 < p.columns.size())
            col_w[i] = std::min(col_w[i], share_of_gap * (p.columns[i + 1].x - p.columns[i].x));
        col_w[i] = std::max(col_w[i], style.theme().chart.trend.column_min);
    }

    std::vector<double> want;
    for (std::size_t i = 0; i < p.columns.size(); ++i) {
        auto& c = p.columns[i];
        want.push_back(c.x);
        c.column = {c.x - col_w[i] / 2, p.plot.y, col_w[i], p.plot.height};
        // Best at the bottom, so the met-or-exceeded part stands on the axis.
        const double n = static_cast<double>(c.point.n());
        c.segments.assign(curate::kAllStatuses.size(), Rect{});
        std::size_t below = 0;
        for (std::size_t k = curate::kAllStatuses.size(); k-- > 0;) {
            const double y1 = p.plot.bottom() - p.plot.height * static_cast<double>(below) / n;
            below += c.point.counts[k];
            const double y0 = p.plot.bottom() - p.plot.height * static_cast<double>(below) / n;
            c.segments[k] = {c.column.x, y0, c.column.width, y1 - y0};
        }
        c.met_y = p.plot.bottom() - p.plot.height * static_cast<double>(c.point.met_or_exceeded()) / n;
    }
    const double gap = em(style, style.theme().chart.trend.dodge_gap_em);
    const auto share_x = dodge(want, share_w, gap, box.x, box.right());
    const auto label_x = dodge(want, label_w, gap, box.x, box.right());
    const double label_top = p.plot.bottom() + year_band + label_gap;
    for (std::size_t i = 0; i < p.columns.size(); ++i) {
        auto& c = p.columns[i];
        c.share_box = {share_x[i] - share_w[i] / 2, share_top, share_w[i], share_h};
        c.label_box = {label_x[i] - label_w[i] / 2, label_top, label_w[i], label_band};
    }

    // Years on the axis (1 January), where their label is clear of the leaders down to the
    // point labels and of each other.
    if (!points.empty()) {
        double last_right = -1e9;
        for (int year = points.front().date.year + 1; year <= points.back().date.year; ++year) {
            const io::Date jan1{year, 1, 1};
            if (jan1 <= points.front().date || jan1 >= points.back().date) continue;
            const double x = x_of(jan1);
            const std::string text = std::to_string(year);
            const double half = canvas.measure(text, FontFace::Regular, small).width / 2;
            bool clear = x - half > last_right + gap;
            const double band_top = p.year_label_y, band_bottom = p.year_label_y + text_height(canvas, small);
            for (std::size_t i = 0; i < p.columns.size(); ++i) {
                // Where the leader from the axis down to the point's label crosses the years' band.
                const double x0 = p.columns[i].x, dx = label_x[i] - x0, dy = label_top - p.plot.bottom();
                const double xa = x0 + dx * (band_top - p.plot.bottom()) / dy;
                const double xb = x0 + dx * (band_bottom - p.plot.bottom()) / dy;
                if (x + half + gap / 2 > std::min(xa, xb) && x - half - gap / 2 < std::max(xa, xb))
                    clear = false;
            }
            if (!clear) continue;
            p.year_ticks.emplace_back(x, text);
            last_right = x + half;
        }
    }
    return p;
}

}  // namespace

std::vector<Sector> trend_panel_sectors(const std::vector<TrendPoint>& trend) {
    std::vector<Sector> out;
    for (auto s : curate::kAllSectors) {
        const auto n = static_cast<std::size_t>(
            std::count_if(trend.begin(), trend.end(), [&](const TrendPoint& p) { return p.sector == s; }));
        if (n >= (s == Sector::NhsTrust ? 1u : 2u)) out.push_back(s);
    }
    return out;
}

ChromeText trend_text(const curate::BriefingData& data) {
    ChromeText t;
    t.title = data.trend.empty() ? "Trend in DSPT status"
                                 : "Trend in DSPT status since " + data.trend.front().date.long_form();
    t.subtitle =
        "Share of organisations in each status at each snapshot, placed by date \u00b7 "
        "line and figures: share that met or exceeded the standard";
    t.note =
        "Each snapshot is counted as it stood on its date (N under each column): organisations open, close "
        "and merge, so this is not a like-for-like panel.";
    t.source = source_line({"earlier snapshots as listed in the manifest; NHS England ODS; ONS ICB lookup"});
    return t;
}

TrendLayout layout_trend(const draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
    const style::Style& style = inputs.style;
    TrendLayout l;
    l.chrome = layout_chrome(canvas, frame, style, trend_text(inputs.data));
    l.legend = layout_legend(canvas, l.chrome.plot, style, status_legend(style));
    const double legend_used =
        l.legend.height + style.theme().text.label * style.theme().chrome.legend.gap_em;
    const Rect area{l.chrome.plot.x, l.chrome.plot.y + legend_used, l.chrome.plot.width,
                    std::max(0.0, l.chrome.plot.height - legend_used)};
    const auto sectors = trend_panel_sectors(inputs.data.trend);
    if (sectors.empty() || area.width <= 0 || area.height <= 0) return l;
    const double gap = em(style, style.theme().chart.trend.panel_gap_em);
    if (sectors.size() == 1) {
        l.panels.push_back(
            layout_panel(canvas, area, sectors[0], points_of(inputs.data.trend, sectors[0]), style));
        return l;
    }
    // NHS trusts on the left; the other panels stacked in a narrower column on the right.
    const double side_w = area.width * style.theme().chart.trend.side_share;
    const Rect main{area.x, area.y, area.width - side_w - gap, area.height};
    l.panels.push_back(
        layout_panel(canvas, main, sectors[0], points_of(inputs.data.trend, sectors[0]), style));
    const auto n_side = static_cast<double>(sectors.size() - 1);
    const double h = (area.height - gap * (n_side - 1)) / n_side;
    for (std::size_t i = 1; i < sectors.size(); ++i) {
        const Rect box{main.right() + gap, area.y + static_cast<double>(i - 1) * (h + gap), side_w, h};
        l.panels.push_back(
            layout_panel(canvas, box, sectors[i], points_of(inputs.data.trend, sectors[i]), style));
    }
    return l;
}

void draw_trend(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
    const style::Style& style = inputs.style;
    draw::CanvasStateGuard guard(canvas);
    const auto l = layout_trend(canvas, frame, inputs);
    draw_chrome(canvas, frame, style, trend_text(inputs.data));
    draw_legend(canvas, l.legend, style, status_legend(style));

    const double small = style.theme().text.small;
    const double label = style.theme().text.label;
    const auto text_color = style.theme().colors.text;
    const auto secondary = style.theme().colors.text_secondary;
    const auto grid = solid_line(style.theme().colors.gridline, style.theme().line.gridline);
    const auto axis = solid_line(style.theme().colors.axis, style.theme().line.axis);
    const auto leader = solid_line(style.theme().colors.axis, style.theme().line.thin);
    const auto separator = solid_line(style.theme().colors.background, style.theme().line.thin);
    const auto trend_line = solid_line(style.theme().chart.trend.line, style.theme().line.normal);
    const double lh = line_height(style, small);
    const auto ms = canvas.measure("Hg", FontFace::Regular, small);
    const auto msb = canvas.measure("Hg", FontFace::Bold, small);
    const double axis_gap = em(style, style.theme().chart.trend.axis_label_gap_em);

    for (const auto& p : l.panels) {
        canvas.text(p.title_at, p.title,
                    {FontFace::Bold, label, text_color, draw::HAlign::Left, draw::VAlign::Baseline});
        // 0, 50 and 100 % gridlines, labelled on the left.
        for (int pct : {0, 50, 100}) {
            const double y = p.plot.bottom() - p.plot.height * pct / 100.0;
            if (pct != 0)
                canvas.stroke(draw::Path().move_to({p.plot.x, y}).line_to({p.plot.right(), y}), grid);
            canvas.text({p.plot.x - axis_gap, y + (ms.ascent - ms.descent) / 2}, std::to_string(pct) + "%",
                        {FontFace::Regular, small, secondary, draw::HAlign::Right, draw::VAlign::Baseline});
        }
        for (const auto& c : p.columns) {
            for (std::size_t k = 0; k < c.segments.size(); ++k)
                if (c.segments[k].height > 0)
                    canvas.fill(draw::Path().rect(c.segments[k]),
                                {status_color(style, curate::kAllStatuses[k])});
            for (std::size_t k = 0; k + 1 < c.segments.size(); ++k) {
                const double y = c.segments[k].bottom();  // boundary with the better status below
                if (c.segments[k].height > 0 && y < c.column.bottom() - 0.01)
                    canvas.stroke(draw::Path().move_to({c.column.x, y}).line_to({c.column.right(), y}),
                                  separator);
            }
        }
        // The headline measure, joined across the snapshots.
        if (p.columns.size() > 1) {
            draw::Path line;
            for (std::size_t i = 0; i < p.columns.size(); ++i) {
                const draw::Point at{p.columns[i].x, p.columns[i].met_y};
                if (i == 0)
                    line.move_to(at);
                else
                    line.line_to(at);
            }
            canvas.stroke(line, trend_line);
        }
        const double dot = style.theme().line.normal * 1.6;
        for (const auto& c : p.columns)
            canvas.fill_and_stroke(draw::Path().circle({c.x, c.met_y}, dot), {style.theme().chart.trend.line},
                                   solid_line(style.theme().colors.background, style.theme().line.thin));
        // Axis with years, then each point's share above and labels below, leaders where dodged.
        canvas.stroke(
            draw::Path().move_to({p.plot.x, p.plot.bottom()}).line_to({p.plot.right(), p.plot.bottom()}),
            axis);
        for (const auto& [x, text] : p.year_ticks) {
            canvas.stroke(draw::Path().move_to({x, p.plot.bottom()}).line_to({x, p.year_label_y}), axis);
            canvas.text({x, p.year_label_y + ms.ascent}, text,
                        {FontFace::Regular, small, secondary, draw::HAlign::Center, draw::VAlign::Baseline});
        }
        for (const auto& c : p.columns) {
            const double sx = c.share_box.x + c.share_box.width / 2;
            canvas.text({sx, c.share_box.y + msb.ascent}, c.share_text,
                        {FontFace::Bold, small, text_color, draw::HAlign::Center, draw::VAlign::Baseline});
            if (std::abs(sx - c.x) > 0.5)
                canvas.stroke(draw::Path().move_to({sx, c.share_box.bottom()}).line_to({c.x, c.column.y}),
                              leader);
            const double lx = c.label_box.x + c.label_box.width / 2;
            canvas.stroke(draw::Path().move_to({c.x, p.plot.bottom()}).line_to({lx, c.label_box.y}), leader);
            for (std::size_t i = 0; i < c.label_lines.size(); ++i) {
                const bool first = i == 0;
                canvas.text(
                    {lx, c.label_box.y + static_cast<double>(i) * lh + (first ? msb.ascent : ms.ascent)},
                    c.label_lines[i],
                    {first ? FontFace::Bold : FontFace::Regular, small, first ? text_color : secondary,
                     draw::HAlign::Center, draw::VAlign::Baseline});
            }
        }
    }
}

}  // namespace dspt::figures
