#include "report/text_block.h"

#include "report/paint.h"

namespace dspt::report {

TextSpec body_text(const style::Style& style) {
    const double size = style.theme().text.body;
    return {draw::FontFace::Regular, size, style.theme().colors.text, size * style.theme().text.line_spacing};
}

TextSpec caption_text(const style::Style& style) {
    const double size = style.theme().text.label;
    return {draw::FontFace::Regular, size, style.theme().colors.text_secondary,
            size * style.theme().text.line_spacing};
}

TextSpec small_text(const style::Style& style) {
    const double size = style.theme().text.small;
    return {draw::FontFace::Regular, size, style.theme().colors.text_secondary,
            size * style.theme().text.line_spacing};
}

double text_height(const draw::FontLibrary& fonts, std::string_view text, const TextSpec& spec,
                   double width) {
    return static_cast<double>(fonts.wrap(text, spec.face, spec.size, width).size()) * spec.line_height;
}

namespace {

// Lines are placed by their baseline: the first baseline sits one ascent below the top,
// so the block's top edge is where the cursor was.
double first_baseline_offset(const TextSpec& spec, const draw::FontLibrary& fonts) {
    const auto m = fonts.measure("Hg", spec.face, spec.size);
    return m.ascent + (spec.line_height - (m.ascent + m.descent)) / 2;
}

}  // namespace

void flow_paragraph(ReportDocument& doc, std::string_view text, const TextSpec& spec, double x, double width,
                    draw::Role role) {
    const auto tagged = doc.tag(role);
    const auto lines = doc.fonts().wrap(text, spec.face, spec.size, width);
    const double base = first_baseline_offset(spec, doc.fonts());
    const draw::TextStyle ts = text_style(spec.face, spec.size, spec.color);
    // Keep at least two lines together at a page break (no orphaned first line).
    doc.ensure(spec.line_height * std::min<std::size_t>(lines.size(), 2));
    for (const std::string& line : lines) {
        doc.ensure(spec.line_height);
        doc.canvas().text({x, doc.y() + base}, line, ts);
        doc.advance(spec.line_height);
    }
}

void flow_bullets(ReportDocument& doc, const std::vector<std::string>& items, const TextSpec& spec, double x,
                  double width) {
    const style::Style& style = doc.style();
    const double indent = style.theme().report.bullet_indent;
    const double gap = style.theme().report.bullet_gap;
    const double base = first_baseline_offset(spec, doc.fonts());
    const draw::TextStyle ts = text_style(spec.face, spec.size, spec.color);
    const draw::FillStyle dot = solid(style.theme().colors.nhs_blue);
    const auto list = doc.tag(draw::Role::L);
    for (const std::string& item : items) {
        const auto list_item = doc.tag(draw::Role::LI);
        const auto lines = doc.fonts().wrap(item, spec.face, spec.size, width - indent);
        doc.ensure(static_cast<double>(lines.size()) * spec.line_height);
        const auto m = doc.fonts().measure("x", spec.face, spec.size);
        const double r = spec.size * 0.16;
        {
            // The list's /ListNumbering says "bullets"; the dot itself is decoration.
            const auto bullet = doc.tag(draw::Tag::decoration());
            doc.canvas().fill(draw::Path().circle({x + indent * 0.35, doc.y() + base - m.ascent * 0.33}, r),
                              dot);
        }
        const auto body = doc.tag(draw::Role::LBody);
        for (const std::string& line : lines) {
            doc.canvas().text({x + indent, doc.y() + base}, line, ts);
            doc.advance(spec.line_height);
        }
        doc.advance(gap);
    }
}

void section_heading(ReportDocument& doc, const std::string& title, const std::string& anchor, int level,
                     double following, bool keep_on_page) {
    const style::Style& style = doc.style();
    const draw::Rect content = doc.layout().content();
    const double size = (level == 0 ? style.theme().report.h1 : style.theme().report.h2);
    const double after = (level == 0 ? style.theme().report.h1_after : style.theme().report.h2_after);
    const auto m = doc.fonts().measure(title, draw::FontFace::Bold, size);
    const double heading_h = m.ascent + m.descent + after;

    if (level == 0) {
        if (!doc.at_page_top()) {
            if (keep_on_page) {
                doc.advance(style.theme().report.section_gap);
                doc.ensure(heading_h + following);
            } else {
                doc.add_page(true);
            }
        }
    } else {
        if (!doc.at_page_top()) doc.advance(style.theme().report.h2_before);
        doc.ensure(heading_h + following);
    }

    doc.add_anchor(anchor);
    doc.add_outline(title, anchor, level);
    draw::Canvas& c = doc.canvas();
    const draw::Color colour = (level == 0 ? style.theme().colors.nhs_blue : style.theme().colors.text);
    const auto lines = doc.fonts().wrap(title, draw::FontFace::Bold, size, content.width);
    {
        const auto heading = doc.tag(level == 0   ? draw::Role::H1
                                     : level == 1 ? draw::Role::H2
                                                  : draw::Role::H3);
        for (const std::string& line : lines) {
            c.text({content.x, doc.y() + m.ascent}, line, text_style(draw::FontFace::Bold, size, colour));
            doc.advance(m.ascent + m.descent);
        }
    }
    if (level == 0) {
        const auto decoration = doc.tag(draw::Tag::decoration());
        // A short accent rule under section titles: the NHS Blue thread through the pack.
        const double rule_y = doc.y() + after * 0.4;
        c.stroke(draw::Path()
                     .move_to({content.x, rule_y})
                     .line_to({content.x + style.theme().report.h1_rule_length, rule_y}),
                 line(style.theme().colors.nhs_blue, style.theme().line.thick));
    }
    doc.advance(after);
}

}  // namespace dspt::report
