// The cover: the title on an NHS Blue band, the snapshot date and edition, three headline
// figures computed from the data, and the experimental-statistics caveat.
#include <algorithm>

#include "report/findings.h"
#include "report/paint.h"
#include "report/sections.h"
#include "report/text_block.h"

namespace dspt::report {

std::string snapshot_phrase(const curate::BriefingData& data) {
    return "DSPT status at " + data.reference_date.long_form();
}

void write_cover(ReportDocument& doc, const BriefingContext& ctx) {
    const style::Style& s = ctx.style;
    const PageLayout& page = doc.layout();
    const draw::Rect content = page.content();
    const draw::FontLibrary& fonts = doc.fonts();
    doc.add_page(false);
    draw::Canvas& c = doc.canvas();
    const draw::Color white = s.theme().colors.white;
    const draw::Color blue = s.theme().colors.nhs_blue;

    // Band: full bleed across the top of the page.
    const double band_h = s.theme().report.cover.band_height;
    {
        const auto band = doc.tag(draw::Tag::decoration());
        c.fill(draw::Path().rect({0, 0, page.width, band_h}), solid(blue));
    }

    double y = content.y;
    const double kicker = s.theme().report.cover.kicker_text;
    const auto km = fonts.measure("Hg", draw::FontFace::Bold, kicker);
    {
        const auto p = doc.tag(draw::Role::P);
        c.text({content.x, y + km.ascent}, s.theme().report.cover.kicker,
               text_style(draw::FontFace::Bold, kicker, white));
    }
    y += (km.ascent + km.descent) * 2.2;

    const double title_size = s.theme().report.cover.title_text;
    const auto tm = fonts.measure("Hg", draw::FontFace::Bold, title_size);
    const double title_line = title_size * s.theme().report.cover.title_line_spacing;
    const auto title_lines =
        fonts.wrap(ctx.data.title, draw::FontFace::Bold, title_size, page.span_width(10));
    const double sub = s.theme().report.cover.subtitle_text;
    const auto sm = fonts.measure("Hg", draw::FontFace::Regular, sub);
    // The title block sits at the foot of the band (as on NHS England publication covers),
    // never higher than just under the kicker.
    const double block_h = static_cast<double>(title_lines.size()) * title_line + title_line * 0.35 +
                           sub * 1.5 + (ctx.data.edition.empty() ? 0.0 : sm.ascent + sm.descent);
    y = std::max(y, band_h - s.theme().report.cover.title_bottom_padding - block_h);
    {
        // The document's title is its first heading; the sections follow as H1 too.
        const auto h = doc.tag(draw::Role::H1);
        for (const std::string& line : title_lines) {
            c.text({content.x, y + tm.ascent}, line, text_style(draw::FontFace::Bold, title_size, white));
            y += title_line;
        }
    }
    y += title_line * 0.35;
    {
        const auto p = doc.tag(draw::Role::P);
        c.text({content.x, y + sm.ascent}, snapshot_phrase(ctx.data),
               text_style(draw::FontFace::Regular, sub, white));
    }
    y += sub * 1.5;
    if (!ctx.data.edition.empty()) {
        const auto p = doc.tag(draw::Role::P);
        c.text({content.x, y + sm.ascent}, ctx.data.edition + " edition of the toolkit",
               text_style(draw::FontFace::Regular, sub * 0.8, white));
    }

    // Headline figures: three cards on the grid, below the band.
    const auto headlines = cover_headlines(ctx.summary);
    const double card_top = band_h + s.theme().report.cover.cards_gap;
    const int span = page.columns / 3;
    const double value_size = s.theme().report.cover.value_text;
    const double label_size = s.theme().report.cover.label_text;
    const auto vm = fonts.measure("0", draw::FontFace::Bold, value_size);
    const double label_line = label_size * s.theme().text.line_spacing;
    double cards_bottom = card_top;
    for (std::size_t i = 0; i < headlines.size(); ++i) {
        const double x = page.column_x(static_cast<int>(i) * span);
        const double w = page.span_width(span);
        // A short accent rule above each figure, as on the section headings.
        {
            const auto rule = doc.tag(draw::Tag::decoration());
            c.stroke(
                draw::Path().move_to({x, card_top}).line_to({x + s.theme().report.h1_rule_length, card_top}),
                line(blue, s.theme().line.thick));
        }
        // One card reads as one sentence: "63.5% of NHS trusts met or exceeded ... (134 of 211)".
        const auto card = doc.tag(draw::Role::P);
        double cy = card_top + s.theme().report.cover.card_padding + vm.ascent;
        c.text({x, cy}, headlines[i].value, text_style(draw::FontFace::Bold, value_size, blue));
        cy += vm.descent + label_line;
        for (const std::string& line :
             fonts.wrap(headlines[i].label, draw::FontFace::Regular, label_size, w)) {
            c.text({x, cy}, line, text_style(draw::FontFace::Regular, label_size, s.theme().colors.text));
            cy += label_line;
        }
        if (!headlines[i].detail.empty()) {
            c.text({x, cy}, "(" + headlines[i].detail + ")",
                   text_style(draw::FontFace::Regular, label_size, s.theme().colors.text_secondary));
        }
        cards_bottom = std::max(cards_bottom, cy + label_line);
    }

    // The caveat, boxed so it cannot be missed, anchored to the foot of the page.
    const double caveat_size = s.theme().report.cover.caveat_text;
    const TextSpec note = body_text(s);
    const double pad = s.theme().report.cover.card_padding;
    const std::string caveat_body = s.theme().report.cover.caveat_note;
    const auto note_lines = fonts.wrap(caveat_body, note.face, note.size, content.width - 2 * pad);
    const auto cm = fonts.measure("Hg", draw::FontFace::Bold, caveat_size);
    const double box_h = pad * 2 + cm.ascent + cm.descent + pad * 0.5 +
                         static_cast<double>(note_lines.size()) * note.line_height;
    const double box_top = content.bottom() - box_h;
    {
        const auto box = doc.tag(draw::Tag::decoration());
        c.fill(draw::Path().rect({content.x, box_top, content.width, box_h}),
               solid(s.theme().colors.pale_grey));
        c.fill(draw::Path().rect({content.x, box_top, s.theme().line.thick * 2, box_h}), solid(blue));
    }
    double ny = box_top + pad + cm.ascent;
    {
        const auto p = doc.tag(draw::Role::P);
        c.text({content.x + pad, ny}, "Experimental statistics: not official statistics",
               text_style(draw::FontFace::Bold, caveat_size, s.theme().colors.text));
    }
    ny += cm.descent + pad * 0.5;
    const auto bm = fonts.measure("Hg", note.face, note.size);
    const auto p = doc.tag(draw::Role::P);
    for (const std::string& line : note_lines) {
        c.text({content.x + pad, ny + bm.ascent}, line, text_style(note.face, note.size, note.color));
        ny += note.line_height;
    }
}

}  // namespace dspt::report
