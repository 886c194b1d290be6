// The contents: every section and figure with its page number and a link to it. Its
// pages are reserved before the sections are laid out and filled in at the end.
#include <string>

#include "report/paint.h"
#include "report/sections.h"
#include "report/text_block.h"

namespace dspt::report {
namespace {

double entry_height(const style::Style& s, int level) {
    return (level == 0 ? s.theme().report.contents.entry_text : s.theme().report.contents.sub_text) *
           s.theme().report.contents.entry_spacing;
}

double heading_block(const style::Style& s) { return s.theme().report.h1 * 2 + s.theme().report.h1_after; }

}  // namespace

std::size_t contents_capacity(const ReportDocument& doc, bool first_page) {
    const double h = doc.layout().content().height - (first_page ? heading_block(doc.style()) : 0);
    return static_cast<std::size_t>(h / entry_height(doc.style(), 0));
}

ContentsPages reserve_contents(ReportDocument& doc, std::size_t expected_entries) {
    ContentsPages pages;
    std::size_t capacity = contents_capacity(doc, true);
    pages.first = doc.add_page(true);
    pages.count = 1;
    section_heading(doc, "Contents", anchors::kContents, 0);
    // The TOC element sits right after its heading in reading order; its entries come last.
    pages.toc = doc.tag(draw::Role::TOC).element();
    while (capacity < expected_entries) {
        doc.add_page(true);
        ++pages.count;
        capacity += contents_capacity(doc, false);
    }
    return pages;
}

void write_contents(ReportDocument& doc, const ContentsPages& pages) {
    const style::Style& s = doc.style();
    const draw::Rect content = doc.layout().content();
    const double indent = s.theme().report.contents.indent;
    const draw::Color text = s.theme().colors.text;
    const draw::Color secondary = s.theme().colors.text_secondary;
    const draw::StrokeStyle leader{s.theme().colors.gridline,
                                   s.theme().line.thin,
                                   {0.5, 2.5},
                                   draw::LineJoin::Round,
                                   draw::LineCap::Round};
    const double number_w =
        doc.fonts().measure("000", draw::FontFace::Regular, s.theme().report.contents.entry_text).width;

    const auto toc = doc.reopen(pages.toc);
    int page = pages.first;
    double y = content.y + heading_block(s);
    for (const OutlineEntry& e : doc.outline()) {
        if (e.anchor == anchors::kContents) continue;
        const double h = entry_height(s, e.level);
        if (y + h > content.bottom()) {
            ++page;
            if (page >= pages.first + pages.count)
                throw std::logic_error("contents: more entries than reserved pages");
            y = content.y;
        }
        const double size =
            (e.level == 0 ? s.theme().report.contents.entry_text : s.theme().report.contents.sub_text);
        const draw::FontFace face = e.level == 0 ? draw::FontFace::Bold : draw::FontFace::Regular;
        const double x = content.x + (e.level == 0 ? 0 : indent);
        const std::string number = std::to_string(doc.anchor_page(e.anchor) + 1);
        const auto m = doc.fonts().measure(e.title, face, size);
        const std::string title =
            doc.fonts().ellipsize(e.title, face, size, content.right() - x - number_w * 2);
        const double title_w = doc.fonts().measure(title, face, size).width;
        const double baseline = y + (h + m.ascent - m.descent) / 2;
        const auto item = doc.tag(draw::Role::TOCI);
        const auto link = doc.tag(draw::Role::Link);
        doc.draw_on_page(page, [&](draw::Canvas& c) {
            c.text({x, baseline}, title, text_style(face, size, e.level == 0 ? text : secondary));
            {
                // Dotted leader from the title to the page number.
                const draw::TagScope decoration(c, draw::Tag::decoration());
                const double from = x + title_w + size * 0.5;
                const double to = content.right() - number_w - size * 0.5;
                if (to > from)
                    c.stroke(draw::Path().move_to({from, baseline}).line_to({to, baseline}), leader);
            }
            c.text({content.right(), baseline}, number,
                   text_style(face, size, e.level == 0 ? text : secondary, draw::HAlign::Right));
        });
        doc.add_link(page, {x, y, content.right() - x, h}, e.anchor, e.title + ", page " + number);
        y += h;
    }
}

}  // namespace dspt::report
