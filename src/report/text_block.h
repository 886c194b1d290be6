#pragma once
// Running text of the report: paragraphs and bullet lists wrapped with the FontLibrary
// (so line breaks are the ones the fonts really need) and flowed down the page, breaking
// to a new page between lines, never inside one. Section headings carry an anchor and
// an outline entry, so every section is reachable from the contents and the bookmarks.
#include <string>
#include <string_view>
#include <vector>

#include "draw/canvas.h"
#include "report/document.h"

namespace dspt::report {

struct TextSpec {
    draw::FontFace face = draw::FontFace::Regular;
    double size = 10;
    draw::Color color;
    double line_height = 12.5;
};

// The report's text roles, from the style.
TextSpec body_text(const style::Style& style);
TextSpec caption_text(const style::Style& style);
TextSpec small_text(const style::Style& style);

double text_height(const draw::FontLibrary& fonts, std::string_view text, const TextSpec& spec, double width);

// Wraps `text` to `width` and draws it from the cursor at `x`, advancing the cursor;
// a page break never leaves the first line alone at the foot of a page. Tagged as one
// `role` element (a paragraph, or e.g. a figure's Caption).
void flow_paragraph(ReportDocument& doc, std::string_view text, const TextSpec& spec, double x, double width,
                    draw::Role role = draw::Role::P);
// A bulleted list (tagged L, LI, LBody; the bullets are decoration); each item is wrapped
// with a hanging indent and kept whole on one page.
void flow_bullets(ReportDocument& doc, const std::vector<std::string>& items, const TextSpec& spec, double x,
                  double width);

// A section heading (level 0) or a subheading (level 1). Level 0 starts a new page unless
// the cursor is at the top of one, or `keep_on_page` and `following` more units fit.
// Both add an anchor and an outline entry named `title`, and are tagged H1 and H2 (the
// outline's levels); the accent rule is decoration.
void section_heading(ReportDocument& doc, const std::string& title, const std::string& anchor, int level,
                     double following = 0, bool keep_on_page = false);

}  // namespace dspt::report
