#include "figures/share_bars.h"

#include <numeric>

#include "figures/chart_common.h"
#include "figures/map_draw.h"  // em()

namespace dspt::figures {
namespace {

std::size_t total(const stats::StatusCounts& c) {
    return std::accumulate(c.begin(), c.end(), std::size_t{0});
}

std::size_t met_or_exceeded(const stats::StatusCounts& c) {
    return c[static_cast<std::size_t>(curate::Status::StandardsMet)] +
           c[static_cast<std::size_t>(curate::Status::StandardsExceeded)];
}

std::string trusts_phrase(std::size_t n) { return std::to_string(n) + (n == 1 ? " trust" : " trusts"); }

double label_height(const draw::Canvas& canvas, const style::Style& style) {
    return text_height(canvas, style.theme().text.small) * style.theme().text.line_spacing;
}

double bar_block(const draw::Canvas& canvas, const style::Style& style) {
    const auto& p = style.theme().icb_page;
    const double small = style.theme().text.small;
    return label_height(canvas, style) + em(p.bar_height_em, small) + em(p.bar_gap_em, small);
}

}  // namespace

std::vector<ShareBar> share_bars_of(const stats::IcbBrief& brief) {
    return {{"This ICB", brief.own},
            {brief.icb.region_name.empty() ? std::string("Region") : brief.icb.region_name, brief.region},
            {"England", brief.england}};
}

// The legend in the short status words of the ICB table, so it fits beside a narrow map.
std::vector<LegendEntry> short_legend(const style::Style& style) {
    auto entries = status_legend(style);
    for (std::size_t i = 0; i < entries.size(); ++i)
        entries[i].label = std::string(curate::status_short_label(curate::kAllStatuses[i]));
    return entries;
}

double share_bars_height(const draw::Canvas& canvas, const style::Style& style, std::size_t bars,
                         double width, bool labels_beside) {
    const LegendLayout legend = layout_legend(canvas, {0, 0, width, 1e6}, style, short_legend(style));
    const auto& p = style.theme().icb_page;
    const double small = style.theme().text.small;
    const double block =
        labels_beside ? em(p.bar_height_em, small) + em(p.bar_gap_em, small) : bar_block(canvas, style);
    return static_cast<double>(bars) * block + legend.height;
}

void draw_share_bars(draw::Canvas& canvas, const draw::Rect& area, const style::Style& style,
                     const std::vector<ShareBar>& bars, bool labels_beside) {
    const auto& t = style.theme();
    const double small = t.text.small;
    const double bar_h = em(t.icb_page.bar_height_em, small);
    const auto m = canvas.measure("Ag", draw::FontFace::Regular, small);
    // Beside: a column of "name (N)" as wide as the widest, at most 40 % of the area.
    double label_w = 0;
    auto count_text = [](std::size_t n) {
        return n == 0 ? std::string(" (none)") : " (" + std::to_string(n) + ")";
    };
    if (labels_beside) {
        for (const ShareBar& b : bars)
            label_w = std::max(
                label_w,
                canvas.measure(b.label, draw::FontFace::Bold, small).width +
                    canvas.measure(count_text(total(b.counts)), draw::FontFace::Regular, small).width);
        label_w = std::min(label_w + small, area.width * 0.4);
    }
    double y = area.y;
    for (const ShareBar& b : bars) {
        const std::size_t n = total(b.counts);
        double top = y;
        if (labels_beside) {
            const std::string count = count_text(n);
            const double cw = canvas.measure(count, draw::FontFace::Regular, small).width;
            const std::string name = canvas.fonts().ellipsize(b.label, draw::FontFace::Bold, small,
                                                              std::max(0.0, label_w - small - cw));
            const double baseline = y + (bar_h + m.ascent - m.descent) / 2;
            canvas.text({area.x, baseline}, name, {draw::FontFace::Bold, small, t.colors.text});
            canvas.text({area.x + canvas.measure(name, draw::FontFace::Bold, small).width, baseline}, count,
                        {draw::FontFace::Regular, small, t.colors.text_secondary});
        } else {
            // Label left, N right, above the bar.
            const double baseline = y + m.ascent;
            canvas.text({area.x, baseline}, b.label, {draw::FontFace::Bold, small, t.colors.text});
            canvas.text({area.right(), baseline}, n == 0 ? "no trusts" : trusts_phrase(n),
                        {draw::FontFace::Regular, small, t.colors.text_secondary, draw::HAlign::Right});
            top = y + label_height(canvas, style);
        }
        const draw::Rect bar{area.x + label_w, top, area.width - label_w, bar_h};
        if (n == 0) {
            canvas.stroke(draw::Path().rect(bar), solid_line(t.colors.gridline, t.line.thin));
        } else {
            double x = bar.x;
            for (const auto s : curate::kAllStatuses) {
                const std::size_t c = b.counts[static_cast<std::size_t>(s)];
                if (c == 0) continue;
                const double w = bar.width * static_cast<double>(c) / static_cast<double>(n);
                canvas.fill(draw::Path().rect({x, bar.y, w, bar.height}), {status_color(style, s)});
                const std::string pct = stats::format_percent_of(c, n) + "%";
                const double tw = canvas.measure(pct, draw::FontFace::Regular, small).width;
                if (tw + small * 0.6 <= w)
                    text_centred(canvas, {x + w / 2, bar.y + bar.height / 2}, pct, draw::FontFace::Regular,
                                 small, status_text_color(style, s));
                x += w;
            }
        }
        y = top + bar_h + em(t.icb_page.bar_gap_em, small);
    }
    const auto entries = short_legend(style);
    draw_legend(
        canvas,
        layout_legend(canvas, {area.x + label_w, y, area.width - label_w, area.bottom() - y}, style, entries),
        style, entries);
}

std::string share_bars_alt(const stats::IcbBrief& brief) {
    auto share = [](const stats::StatusCounts& c) {
        return stats::format_percent_of(met_or_exceeded(c), total(c)) + "%";
    };
    std::string out = "Share of NHS trusts that met or exceeded the standard: ";
    out += total(brief.own) == 0 ? "this ICB has no trusts"
                                 : share(brief.own) + " of this ICB's " + trusts_phrase(total(brief.own));
    out += ", " + share(brief.region) + " in " +
           (brief.icb.region_name.empty() ? std::string("its region") : brief.icb.region_name) + " (" +
           trusts_phrase(total(brief.region)) + "), " + share(brief.england) + " in England (" +
           trusts_phrase(total(brief.england)) + ").";
    return out;
}

}  // namespace dspt::figures
