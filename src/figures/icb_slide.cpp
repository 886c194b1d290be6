#include "figures/icb_slide.h"

#include <algorithm>

#include "figures/chart_common.h"
#include "figures/chrome.h"
#include "figures/england_map.h"
#include "figures/map_draw.h"
#include "figures/share_bars.h"

namespace dspt::figures {
namespace {

ChromeText slide_text(const FigureInputs& inputs, const stats::IcbBrief& brief) {
    ChromeText text = map_chrome_text(icb_slide_title(brief), inputs);
    text.subtitle = icb_subtitle(inputs.data, brief);
    text.note = stats::composite_definition(inputs.data);
    return text;
}

double facts_height(const draw::Canvas& canvas, const style::Style& style) {
    const auto& t = style.theme();
    return text_height(canvas, t.text.small) * t.text.line_spacing +
           text_height(canvas, t.text.subtitle, draw::FontFace::Bold) * t.text.line_spacing;
}

struct Column {
    std::string title;
    double width = 0;
};

// The trust table's columns, as wide as what this ICB's rows print (bold where a change is
// bold); the name takes what the others leave.
std::vector<Column> table_columns(const draw::Canvas& canvas, const style::Style& style, double width,
                                  double row_h, const FigureInputs& inputs, const stats::IcbBrief& brief) {
    const double size = style.theme().text.small;
    auto w = [&](std::string_view s, draw::FontFace face = draw::FontFace::Regular) {
        return canvas.measure(s, face, size).width + size;
    };
    const bool with_change = inputs.data.has_previous;
    double code = w("Code", draw::FontFace::Bold), status = w("Status", draw::FontFace::Bold);
    double change = w("Change", draw::FontFace::Bold), published = w("Published", draw::FontFace::Bold);
    for (const auto& tr : brief.trusts) {
        code = std::max(code, w(tr.org->code));
        status = std::max(status, row_h * 0.45 + size * 0.4 + w(curate::status_short_label(tr.org->status)));
        if (with_change)
            change = std::max(change, w(stats::change_text(inputs.data, tr.change, true),
                                        tr.change ? draw::FontFace::Bold : draw::FontFace::Regular));
        published = std::max(published, w(tr.org->published ? tr.org->published->short_form() : "\u2013"));
    }
    if (!with_change) change = 0;
    const double number = row_h + size * 0.4;
    const double name = std::max(0.0, width - number - code - status - change - published);
    std::vector<Column> cols = {{"", number}, {"Code", code}, {"NHS trust", name}, {"Status", status}};
    if (with_change) cols.push_back({"Change", change});
    cols.push_back({"Published", published});
    return cols;
}

// A trust's name as wide as `width` allows: in full, else with "NHS Foundation Trust"
// written "NHS FT" (the NHS's own short form), else cut with an ellipsis.
std::string fitted_name(const draw::Canvas& canvas, const std::string& name, double size, double width) {
    if (canvas.measure(name, draw::FontFace::Regular, size).width <= width) return name;
    std::string shorter = name;
    const std::string long_form = "NHS Foundation Trust";
    if (const auto at = shorter.rfind(long_form);
        at != std::string::npos && at + long_form.size() == shorter.size())
        shorter.replace(at, long_form.size(), "NHS FT");
    return canvas.fonts().ellipsize(shorter, draw::FontFace::Regular, size, width);
}

}  // namespace

std::string icb_slide_title(const stats::IcbBrief& brief) { return brief.icb.name; }

std::string icb_subtitle(const curate::BriefingData& data, const stats::IcbBrief& brief) {
    const std::string region =
        brief.icb.region_name.empty() ? std::string() : brief.icb.region_name + " \u00b7 ";
    return region + snapshot_subtitle(data);
}

IcbSlideLayout layout_icb_slide(const draw::Canvas& canvas, const draw::Rect& frame,
                                const FigureInputs& inputs, const stats::IcbBrief& brief) {
    const style::Style& style = inputs.style;
    const auto& t = style.theme();
    IcbSlideLayout l;
    l.plot = plot_area(canvas, frame, style, slide_text(inputs, brief));
    const double gap = em(t.map.gap_em, t.text.label);
    const double small = t.text.small;
    const double left_w = l.plot.width * t.icb_page.map_width_fraction;
    const double right_x = l.plot.x + left_w + gap * 1.5;
    const double right_w = l.plot.right() - right_x;
    const double fh = facts_height(canvas, style);
    l.facts = {right_x, l.plot.y, right_w, fh};
    const double table_y = l.facts.bottom() + em(t.icb_page.facts_gap_em, small);
    // The comparison goes under a short table, and the map then has the whole left column;
    // under the map otherwise.
    const double table_full =
        static_cast<double>(std::max<std::size_t>(brief.trusts.size(), 1) + 1) * em(t.icb_page.row_em, small);
    const double bars_right = share_bars_height(canvas, style, 3, right_w, true);
    if (table_y + table_full + gap + bars_right <= l.plot.bottom()) {
        l.bars_beside = true;
        l.bars = {right_x, l.plot.bottom() - bars_right, right_w, bars_right};
        l.map = {l.plot.x, l.plot.y, left_w, l.plot.height};
        l.table = {right_x, table_y, right_w, table_full};
    } else {
        const double bars_h = share_bars_height(canvas, style, 3, left_w);
        l.bars = {l.plot.x, l.plot.bottom() - bars_h, left_w, bars_h};
        l.map = {l.plot.x, l.plot.y, left_w, std::max(0.0, l.bars.y - gap - l.plot.y)};
        l.table = {right_x, table_y, right_w, std::max(0.0, l.plot.bottom() - table_y)};
    }
    // Rows as tall as row_em when they fit, no shorter than min_row_em; past that the last
    // row sums up the trusts that did not fit.
    const std::size_t n = brief.trusts.size();
    const double wanted = l.table.height / static_cast<double>(n + 1);
    l.row_height = std::clamp(wanted, em(t.icb_page.min_row_em, small), em(t.icb_page.row_em, small));
    const auto capacity = static_cast<std::size_t>(std::max(0.0, l.table.height / l.row_height - 1));
    l.rows_shown = n <= capacity ? n : (capacity > 0 ? capacity - 1 : 0);
    return l;
}

IcbMapPlan draw_icb_slide(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs,
                          const stats::IcbBrief& brief) {
    const style::Style& style = inputs.style;
    const auto& t = style.theme();
    const IcbSlideLayout l = layout_icb_slide(canvas, frame, inputs, brief);
    draw_chrome(canvas, frame, style, slide_text(inputs, brief));

    // ---- the map and, under it, the comparison ----
    IcbMapPlan plan = draw_icb_map(canvas, l.map, inputs, brief);
    if (!plan.frame) {
        canvas.stroke(draw::Path().rect(l.map), solid_line(t.colors.gridline, t.line.thin));
        text_centred(canvas, {l.map.x + l.map.width / 2, l.map.y + l.map.height / 2},
                     "No boundary for this ICB", draw::FontFace::Regular, t.text.label,
                     t.colors.text_secondary);
    }
    draw_share_bars(canvas, l.bars, style, share_bars_of(brief), l.bars_beside);

    // ---- facts: four columns, a label over its value (and a note after the value) ----
    // Each column as wide as what it prints; the values' size comes down (not the words
    // cut) when the four do not fit, and what is left over is shared out between them.
    const double small = t.text.small;
    const double lh_small = text_height(canvas, small) * t.text.line_spacing;
    const auto ms = canvas.measure("Ag", draw::FontFace::Regular, small);
    struct Fact {
        std::string label, value, note;
        std::optional<curate::Status> swatch;
    };
    // The region is named in the subtitle; its mean and England's are ICB composites.
    const std::vector<Fact> facts = {
        {"ICB status", stats::status_fact(brief), "", brief.status},
        {"Composite score", stats::score_fact(brief), brief.ranked ? stats::rank_fact(brief) : "",
         std::nullopt},
        {"Region mean", stats::printed_mean(brief.region_mean), "", std::nullopt},
        {"England mean", stats::printed_mean(brief.england_mean), "", std::nullopt},
    };
    double big = t.text.subtitle;
    auto need = [&](const Fact& f, double size) {
        const auto mb = canvas.measure("Ag", draw::FontFace::Bold, size);
        double w =
            canvas.measure(f.value, draw::FontFace::Bold, size).width + (f.swatch ? mb.ascent * 1.4 : 0);
        if (!f.note.empty()) w += small * 0.5 + canvas.measure(f.note, draw::FontFace::Regular, small).width;
        return std::max(w, canvas.measure(f.label, draw::FontFace::Regular, small).width) + small * 1.5;
    };
    auto total = [&](double size) {
        double sum = 0;
        for (const auto& f : facts) sum += need(f, size);
        return sum;
    };
    while (total(big) > l.facts.width && big > small * 1.1) big *= 0.95;
    const double spare = std::max(0.0, l.facts.width - total(big)) / static_cast<double>(facts.size());
    const auto mb = canvas.measure("Ag", draw::FontFace::Bold, big);
    double x = l.facts.x;
    for (const Fact& f : facts) {
        const double col = need(f, big) + spare;
        const double inner = col - small;
        canvas.text({x, l.facts.y + ms.ascent},
                    canvas.fonts().ellipsize(f.label, draw::FontFace::Regular, small, inner),
                    {draw::FontFace::Regular, small, t.colors.text_secondary});
        const double vy = l.facts.y + lh_small + mb.ascent;
        double vx = x;
        if (f.swatch) {
            const double sw = mb.ascent;
            canvas.fill(draw::Path().rect({vx, vy - sw, sw, sw}), {status_color(style, *f.swatch)});
            vx += sw * 1.4;
        }
        const std::string value =
            canvas.fonts().ellipsize(f.value, draw::FontFace::Bold, big, std::max(0.0, inner - (vx - x)));
        canvas.text({vx, vy}, value, {draw::FontFace::Bold, big, t.colors.text});
        if (!f.note.empty()) {
            const double nx = vx + canvas.measure(value, draw::FontFace::Bold, big).width + small * 0.5;
            canvas.text({nx, vy},
                        canvas.fonts().ellipsize(f.note, draw::FontFace::Regular, small,
                                                 std::max(0.0, x + inner - nx)),
                        {draw::FontFace::Regular, small, t.colors.text_secondary});
        }
        x += col;
    }

    // ---- the trusts ----
    const double rh = l.row_height;
    const auto cols = table_columns(canvas, style, l.table.width, rh, inputs, brief);
    const draw::StrokeStyle rule = solid_line(t.colors.gridline, t.line.thin);
    auto baseline = [&](double top) { return top + (rh + ms.ascent - ms.descent) / 2; };
    double y = l.table.y;
    {
        double x = l.table.x;
        for (const auto& c : cols) {
            canvas.text({x, baseline(y)}, c.title, {draw::FontFace::Bold, small, t.colors.text});
            x += c.width;
        }
        y += rh;
        canvas.stroke(draw::Path().move_to({l.table.x, y}).line_to({l.table.right(), y}),
                      solid_line(t.colors.axis, t.line.axis));
    }
    if (brief.trusts.empty()) {
        canvas.text({l.table.x, baseline(y)}, "This ICB has no NHS trusts in the briefing.",
                    {draw::FontFace::Regular, small, t.colors.text_secondary});
        return plan;
    }
    std::vector<bool> mapped(brief.trusts.size() + 1, false);
    for (int n : plan.numbers) mapped[static_cast<std::size_t>(n)] = true;
    const double radius = std::min(plan.radius, rh * 0.45);
    for (std::size_t i = 0; i < l.rows_shown; ++i) {
        const stats::IcbTrust& tr = brief.trusts[i];
        const curate::Organisation& o = *tr.org;
        double x = l.table.x;
        const double by = baseline(y);
        const double mid = y + rh / 2;
        if (mapped[static_cast<std::size_t>(tr.number)]) {
            draw_numbered_marker(canvas, {x + radius + 1, mid}, radius, tr.number, o.status, style);
        } else {
            canvas.stroke(draw::Path().circle({x + radius + 1, mid}, radius), rule);
            text_centred(canvas, {x + radius + 1, mid}, std::to_string(tr.number), draw::FontFace::Bold,
                         em(t.icb_page.marker_text_em, small), t.colors.text_secondary);
        }
        x += cols[0].width;
        const draw::TextStyle plain{draw::FontFace::Regular, small, t.colors.text};
        const draw::TextStyle quiet{draw::FontFace::Regular, small, t.colors.text_secondary};
        canvas.text({x, by}, o.code, plain);
        x += cols[1].width;
        const std::string suffix = mapped[static_cast<std::size_t>(tr.number)] ? "" : " (not mapped)";
        const double suffix_w = canvas.measure(suffix, draw::FontFace::Regular, small).width;
        const std::string name =
            fitted_name(canvas, o.display_name, small, std::max(0.0, cols[2].width - small - suffix_w));
        canvas.text({x, by}, name, plain);
        if (!suffix.empty())
            canvas.text({x + canvas.measure(name, draw::FontFace::Regular, small).width, by}, suffix, quiet);
        x += cols[2].width;
        const double sw = rh * 0.45;
        canvas.fill(draw::Path().rect({x, mid - sw / 2, sw, sw}), {status_color(style, o.status)});
        canvas.text({x + sw + small * 0.4, by}, std::string(curate::status_short_label(o.status)), plain);
        x += cols[3].width;
        std::size_t next = 4;
        if (inputs.data.has_previous) {
            const bool changed = tr.change != nullptr;
            canvas.text({x, by}, stats::change_text(inputs.data, tr.change, true),
                        changed ? draw::TextStyle{draw::FontFace::Bold, small, t.colors.text} : quiet);
            x += cols[next++].width;
        }
        canvas.text({x, by}, o.published ? o.published->short_form() : std::string("\u2013"), plain);
        y += rh;
        canvas.stroke(draw::Path().move_to({l.table.x, y}).line_to({l.table.right(), y}), rule);
    }
    if (l.rows_shown < brief.trusts.size()) {
        const std::size_t rest = brief.trusts.size() - l.rows_shown;
        canvas.text({l.table.x, baseline(y)},
                    "\u2026 and " + std::to_string(rest) + (rest == 1 ? " more trust" : " more trusts") +
                        " (numbers " + std::to_string(l.rows_shown + 1) + "\u2013" +
                        std::to_string(brief.trusts.size()) + "): see the ICB's PDF page",
                    {draw::FontFace::Regular, small, t.colors.text_secondary});
    }
    return plan;
}

std::string icb_slide_alt(const FigureInputs& inputs, const stats::IcbBrief& brief) {
    std::string out = brief.icb.name + ": ICB status " + stats::status_fact(brief) + "; composite score " +
                      stats::score_fact(brief) +
                      (brief.ranked ? ", " + stats::rank_fact(brief) : std::string()) + ". ";
    if (brief.trusts.empty()) return out + "It has no NHS trusts. " + icb_map_alt(inputs, brief);
    std::size_t met = 0;
    for (const auto& tr : brief.trusts)
        met += tr.org->status == curate::Status::StandardsMet ||
               tr.org->status == curate::Status::StandardsExceeded;
    out += std::to_string(met) + " of its " + std::to_string(brief.trusts.size()) +
           (brief.trusts.size() == 1 ? " trust" : " trusts") + " met or exceeded the standard. ";
    return out + "Table: its trusts, their status and date of publication.";
}

}  // namespace dspt::figures
