#include "figures/chrome.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

namespace dspt::figures {

namespace {

using draw::Canvas;
using draw::Color;
using draw::FontFace;
using draw::Rect;

struct TextBlockStyle {
    FontFace face;
    double size;
    Color color;
};

// Title, subtitle and source take the style's shared text sizes (so slides.toml scales them)
// and its text colours.
TextBlockStyle block_style(const style::Style& s, double size, bool primary, FontFace face) {
    return {face, size, primary ? s.theme().colors.text : s.theme().colors.text_secondary};
}

// Ascent/descent of the font at a size, independent of the text (so lines of one block align).
draw::TextMetrics font_metrics(const Canvas& c, FontFace face, double size) {
    return c.measure("Hg", face, size);
}

double block_height(const style::Style& s, const Canvas& c, const TextBlockStyle& b, std::size_t lines) {
    if (lines == 0) return 0;
    const auto m = font_metrics(c, b.face, b.size);
    return m.ascent + m.descent + static_cast<double>(lines - 1) * line_height(s, b.size);
}

// Lines drawn top-down from `top`; returns nothing, the caller already knows the height.
void draw_lines(Canvas& c, const style::Style& s, const std::vector<std::string>& lines, double x, double top,
                const TextBlockStyle& b) {
    const auto m = font_metrics(c, b.face, b.size);
    double baseline = top + m.ascent;
    for (const auto& line : lines) {
        c.text({x, baseline}, line, {b.face, b.size, b.color, draw::HAlign::Left, draw::VAlign::Baseline});
        baseline += line_height(s, b.size);
    }
}

double linear_channel(double v) { return v <= 0.04045 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); }
double relative_luminance(const Color& c) {
    return 0.2126 * linear_channel(c.r) + 0.7152 * linear_channel(c.g) + 0.0722 * linear_channel(c.b);
}

std::string default_tick_label(double v) {
    if (std::abs(v) < 1e-9) return "0";
    const bool whole = std::abs(v - std::round(v)) < 1e-9;
    // U+2212 MINUS SIGN: a hyphen looks too short beside digits.
    const std::string sign = v > 0 ? "+" : "\u2212";
    return sign + (whole ? fmt::format("{}", static_cast<long>(std::round(std::abs(v))))
                         : fmt::format("{:.1f}", std::abs(v)));
}

}  // namespace

double line_height(const style::Style& style, double size) { return size * style.theme().text.line_spacing; }

draw::StrokeStyle solid_line(const Color& color, double width) {
    draw::StrokeStyle s;
    s.color = color;
    s.width = width;
    return s;
}

double contrast_ratio(const Color& a, const Color& b) {
    const double la = relative_luminance(a), lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

std::string snapshot_subtitle(const curate::BriefingData& data) {
    std::string s = "DSPT status at " + data.reference_date.long_form();
    if (!data.edition.empty()) s += " \u00b7 " + data.edition + " edition";
    return s;
}

std::string source_line(const std::vector<std::string>& extra) {
    std::string s = "Source: NHS England, Data Security and Protection Toolkit";
    for (const auto& e : extra) s += "; " + e;
    return s;
}

ChromeLayout layout_chrome(const Canvas& canvas, const Rect& frame, const style::Style& style,
                           const ChromeText& text) {
    ChromeLayout l;
    const double pad = style.theme().chrome.padding;
    l.inner = {frame.x + pad, frame.y + pad, std::max(0.0, frame.width - 2 * pad),
               std::max(0.0, frame.height - 2 * pad)};
    const auto& fonts = canvas.fonts();
    const auto title = block_style(style, style.theme().text.title, true, FontFace::Bold);
    const auto subtitle = block_style(style, style.theme().text.subtitle, false, FontFace::Regular);
    const auto source = block_style(style, style.theme().text.source, false, FontFace::Regular);

    // A title longer than two lines would crowd the plot out of a small frame: wrap, then
    // keep two lines and ellipsize the last.
    auto wrap_max = [&](const std::string& t, const TextBlockStyle& b, std::size_t max_lines) {
        if (t.empty()) return std::vector<std::string>{};
        auto lines = fonts.wrap(t, b.face, b.size, l.inner.width);
        if (lines.size() > max_lines) {
            std::string rest;
            for (std::size_t i = max_lines - 1; i < lines.size(); ++i)
                rest += (rest.empty() ? "" : " ") + lines[i];
            lines.resize(max_lines - 1);
            lines.push_back(fonts.ellipsize(rest, b.face, b.size, l.inner.width));
        }
        return lines;
    };
    l.title_lines = wrap_max(text.title, title, 2);
    l.subtitle_lines = wrap_max(text.subtitle, subtitle, 2);
    l.source_lines = wrap_max(text.source, source, 2);
    l.note_lines = wrap_max(text.note, source, 2);

    double header_h = block_height(style, canvas, title, l.title_lines.size());
    if (!l.subtitle_lines.empty()) {
        if (header_h > 0) header_h += subtitle.size * style.theme().chrome.title_gap_em;
        header_h += block_height(style, canvas, subtitle, l.subtitle_lines.size());
    }
    // Note and source read as one block: the same size, one line height apart.
    const double footer_h = block_height(style, canvas, source, l.note_lines.size() + l.source_lines.size());

    l.header = {l.inner.x, l.inner.y, l.inner.width, header_h};
    l.footer = {l.inner.x, l.inner.bottom() - footer_h, l.inner.width, footer_h};
    const double body = style.theme().text.body;
    const double top = l.header.bottom() + (header_h > 0 ? body * style.theme().chrome.header_gap_em : 0);
    const double bottom = l.footer.y - (footer_h > 0 ? body * style.theme().chrome.footer_gap_em : 0);
    l.plot = {l.inner.x, top, l.inner.width, std::max(0.0, bottom - top)};
    return l;
}

Rect plot_area(const Canvas& canvas, const Rect& frame, const style::Style& style, const ChromeText& text) {
    return layout_chrome(canvas, frame, style, text).plot;
}

Rect draw_chrome(Canvas& canvas, const Rect& frame, const style::Style& style, const ChromeText& text) {
    const auto l = layout_chrome(canvas, frame, style, text);
    {
        const draw::TagScope background(canvas, draw::Tag::decoration());
        canvas.fill(draw::Path().rect(frame), {style.theme().colors.background});
    }
    const auto title = block_style(style, style.theme().text.title, true, FontFace::Bold);
    const auto subtitle = block_style(style, style.theme().text.subtitle, false, FontFace::Regular);
    const auto source = block_style(style, style.theme().text.source, false, FontFace::Regular);
    {
        // The title is the figure's heading (in a tagged PDF, one level below the section's).
        const draw::TagScope heading(canvas, draw::Tag::of(draw::Role::Heading));
        draw_lines(canvas, style, l.title_lines, l.header.x, l.header.y, title);
    }
    double y = l.header.y + block_height(style, canvas, title, l.title_lines.size());
    if (!l.title_lines.empty() && !l.subtitle_lines.empty())
        y += subtitle.size * style.theme().chrome.title_gap_em;
    draw_lines(canvas, style, l.subtitle_lines, l.header.x, y, subtitle);
    auto footer_lines = l.note_lines;
    footer_lines.insert(footer_lines.end(), l.source_lines.begin(), l.source_lines.end());
    draw_lines(canvas, style, footer_lines, l.footer.x, l.footer.y, source);
    return l.plot;
}

// ---- categorical legend ----

LegendLayout layout_legend(const Canvas& canvas, const Rect& area, const style::Style& style,
                           const std::vector<LegendEntry>& entries) {
    LegendLayout out;
    if (entries.empty()) return out;
    // Legend geometry is in ems of its font, so it scales with text.label from style to style.
    const double size = style.theme().text.label;
    const double swatch = size * style.theme().chrome.legend.swatch_em;
    const double swatch_gap = size * style.theme().chrome.legend.swatch_gap_em;
    const double item_gap = size * style.theme().chrome.legend.item_gap_em;
    const double row_gap = size * style.theme().chrome.legend.row_gap_em;
    const bool center = style.theme().chrome.legend.center;
    const auto m = font_metrics(canvas, FontFace::Regular, size);
    const double row_h = std::max(swatch, m.ascent + m.descent);

    // Items of one row, placed once the row is complete so it can be centred.
    struct Pending {
        std::string text;
        double width;  // swatch + gap + text
        double text_w;
    };
    std::vector<std::vector<Pending>> rows(1);
    double row_w = 0;
    const double max_text_w = std::max(0.0, area.width - swatch - swatch_gap);
    for (const auto& e : entries) {
        std::string t = e.count ? fmt::format("{} ({})", e.label, *e.count) : e.label;
        double tw = canvas.measure(t, FontFace::Regular, size).width;
        if (tw > max_text_w) {
            t = canvas.fonts().ellipsize(t, FontFace::Regular, size, max_text_w);
            tw = canvas.measure(t, FontFace::Regular, size).width;
        }
        const double w = swatch + swatch_gap + tw;
        const double needed = rows.back().empty() ? w : row_w + item_gap + w;
        if (!rows.back().empty() && needed > area.width) {
            rows.emplace_back();
            row_w = w;
        } else {
            row_w = needed;
        }
        rows.back().push_back({t, w, tw});
    }
    double y = area.y;
    for (const auto& row : rows) {
        double w = 0;
        for (const auto& p : row) w += (w > 0 ? item_gap : 0) + p.width;
        double x = center ? area.x + (area.width - w) / 2 : area.x;
        for (const auto& p : row) {
            LegendItemLayout item;
            item.swatch = {x, y + (row_h - swatch) / 2, swatch, swatch};
            const double text_top = y + (row_h - (m.ascent + m.descent)) / 2;
            item.label_box = {x + swatch + swatch_gap, text_top, p.text_w, m.ascent + m.descent};
            item.text = p.text;
            out.items.push_back(std::move(item));
            x += p.width + item_gap;
        }
        y += row_h + row_gap;
    }
    out.height = y - row_gap - area.y;
    return out;
}

void draw_legend(Canvas& canvas, const LegendLayout& layout, const style::Style& style,
                 const std::vector<LegendEntry>& entries) {
    const double size = style.theme().text.label;
    const Color text_color = style.theme().colors.text;
    const Color outline = style.theme().chrome.legend.swatch_outline;
    const double outline_w = style.theme().line.hairline;
    for (std::size_t i = 0; i < layout.items.size() && i < entries.size(); ++i) {
        const auto& item = layout.items[i];
        const auto path = draw::Path().rect(item.swatch);
        if (entries[i].outlined) {
            // An empty box in the entry's colour: reads as "nothing here", distinct from any fill.
            canvas.fill_and_stroke(path, {style.theme().colors.background},
                                   solid_line(entries[i].color, 2 * outline_w));
        } else {
            canvas.fill_and_stroke(path, {entries[i].color}, solid_line(outline, outline_w));
        }
        const auto m = canvas.measure(item.text, FontFace::Regular, size);
        canvas.text({item.label_box.x, item.label_box.y + m.ascent}, item.text,
                    {FontFace::Regular, size, text_color, draw::HAlign::Left, draw::VAlign::Baseline});
    }
}

Rect draw_legend_top(Canvas& canvas, const Rect& plot, const style::Style& style,
                     const std::vector<LegendEntry>& entries) {
    const auto layout = layout_legend(canvas, plot, style, entries);
    draw_legend(canvas, layout, style, entries);
    if (layout.height <= 0) return plot;
    const double used = layout.height + style.theme().text.label * style.theme().chrome.legend.gap_em;
    return {plot.x, plot.y + used, plot.width, std::max(0.0, plot.height - used)};
}

// ---- colour bar ----

namespace {

struct ColourBarMetrics {
    double size, bar_h, tick_len, gap;
    draw::TextMetrics font;
};

ColourBarMetrics colour_bar_metrics(const Canvas& c, const style::Style& s) {
    ColourBarMetrics m;
    m.size = s.theme().text.label;
    m.bar_h = m.size * s.theme().chrome.colour_bar.bar_height_em;
    m.tick_len = m.size * s.theme().chrome.colour_bar.tick_length_em;
    m.gap = m.size * s.theme().chrome.colour_bar.label_gap_em;
    m.font = font_metrics(c, FontFace::Regular, m.size);
    return m;
}

std::string tick_text(const ColourBar& bar, double v) {
    return bar.tick_label ? bar.tick_label(v) : default_tick_label(v);
}

}  // namespace

ColourBarLayout layout_colour_bar(const Canvas& canvas, const Rect& area, const style::Style& style,
                                  const ColourBar& bar) {
    ColourBarLayout l;
    const auto m = colour_bar_metrics(canvas, style);
    const double text_h = m.font.ascent + m.font.descent;
    // Half a tick label may stick out at each end of the bar; keep it inside the area.
    double overhang = 0;
    for (double t : bar.ticks)
        overhang = std::max(overhang, canvas.measure(tick_text(bar, t), FontFace::Regular, m.size).width / 2);
    const double max_w = m.size * style.theme().chrome.colour_bar.max_width_em;
    const double title_w = bar.title.empty() ? 0 : canvas.measure(bar.title, FontFace::Bold, m.size).width;
    const double title_gap = bar.title.empty() ? 0 : m.size * style.theme().chrome.colour_bar.title_gap_em;

    double bar_w = std::min(max_w, area.width - 2 * overhang - title_w - title_gap);
    const bool title_left = bar.title.empty() || bar_w >= max_w * 0.5;
    double top = area.y;
    if (!title_left) {
        bar_w = std::min(max_w, area.width - 2 * overhang);
        l.title_box = {area.x, top, std::min(title_w, area.width), text_h};
        top += text_h + m.gap;
    }
    bar_w = std::max(0.0, bar_w);
    const double block_w = (title_left ? title_w + title_gap : 0) + bar_w + 2 * overhang;
    const bool center = style.theme().chrome.colour_bar.center;
    const double x0 = center ? area.x + (area.width - block_w) / 2 : area.x;
    if (title_left && !bar.title.empty()) l.title_box = {x0, top + (m.bar_h - text_h) / 2, title_w, text_h};
    const double bar_x = x0 + (title_left ? title_w + title_gap : 0) + overhang;
    l.bar = {bar_x, top, bar_w, m.bar_h};
    const bool has_ends = !bar.low_label.empty() || !bar.high_label.empty();
    double h = (top - area.y) + m.bar_h + m.tick_len + m.gap + text_h;
    if (has_ends) h += m.gap + text_h;
    l.height = h;
    return l;
}

void draw_colour_bar(Canvas& canvas, const ColourBarLayout& l, const style::Style& style,
                     const ColourBar& bar) {
    const auto m = colour_bar_metrics(canvas, style);
    const Color text_color = style.theme().colors.text;
    if (!bar.title.empty()) {
        canvas.text({l.title_box.x, l.title_box.y + m.font.ascent},
                    canvas.fonts().ellipsize(bar.title, FontFace::Bold, m.size, l.title_box.width + 0.01),
                    {FontFace::Bold, m.size, text_color, draw::HAlign::Left, draw::VAlign::Baseline});
    }
    if (l.bar.width <= 0 || !bar.color) return;
    // Thin abutting slices, one per canvas unit: a gradient every backend draws the same way.
    const int steps = std::max(2, static_cast<int>(std::ceil(l.bar.width)));
    const double step_w = l.bar.width / steps;
    for (int i = 0; i < steps; ++i) {
        const double v = bar.min + (bar.max - bar.min) * (i + 0.5) / steps;
        // Overlap by a hair so antialiasing leaves no seams.
        const double w = step_w + (i + 1 < steps ? std::min(step_w, 0.5) : 0);
        canvas.fill(draw::Path().rect({l.bar.x + i * step_w, l.bar.y, w, l.bar.height}), {bar.color(v)});
    }
    const Color outline = style.theme().chrome.legend.swatch_outline;
    canvas.stroke(draw::Path().rect(l.bar), solid_line(outline, style.theme().line.hairline));
    const double tick_w = style.theme().line.axis;
    const double label_top = l.bar.bottom() + m.tick_len + m.gap;
    for (double t : bar.ticks) {
        const double x = l.bar.x + (t - bar.min) / (bar.max - bar.min) * l.bar.width;
        canvas.stroke(draw::Path().move_to({x, l.bar.y}).line_to({x, l.bar.bottom() + m.tick_len}),
                      solid_line(text_color, tick_w));
        canvas.text({x, label_top + m.font.ascent}, tick_text(bar, t),
                    {FontFace::Regular, m.size, text_color, draw::HAlign::Center, draw::VAlign::Baseline});
    }
    const double end_base = label_top + m.font.ascent + m.font.descent + m.gap + m.font.ascent;
    if (!bar.low_label.empty())
        canvas.text({l.bar.x, end_base}, bar.low_label,
                    {FontFace::Regular, m.size, text_color, draw::HAlign::Left, draw::VAlign::Baseline});
    if (!bar.high_label.empty())
        canvas.text({l.bar.right(), end_base}, bar.high_label,
                    {FontFace::Regular, m.size, text_color, draw::HAlign::Right, draw::VAlign::Baseline});
}

}  // namespace dspt::figures
