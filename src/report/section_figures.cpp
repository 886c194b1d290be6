// Every figure of all_figures(), drawn as vector graphics through the HaruCanvas into a
// frame on the page (the figure draws its own title, legend and source line), with its
// caption underneath. Charts are wide and short, two to a page; maps are tall, one to a page.
#include "figures/alt_text.h"
#include "report/sections.h"
#include "report/text_block.h"

namespace dspt::report {
namespace {

double frame_aspect(const style::Style& s, const std::string& id) {
    const std::string own = "report.figure.aspect_" + id;
    if (s.has(own)) return s.number(own);
    const bool map = id.size() >= 4 && id.compare(id.size() - 4, 4, "_map") == 0;
    return s.number(map ? "report.figure.map_aspect" : "report.figure.aspect");
}

}  // namespace

void write_figures(ReportDocument& doc, const BriefingContext& ctx) {
    if (ctx.figures.empty()) return;
    const style::Style& s = ctx.style;
    const draw::Rect content = doc.layout().content();
    const TextSpec caption = caption_text(s);
    const double caption_gap = s.number("report.figure.caption_gap");
    // The figure's chrome pads its frame; widening the frame by that padding into the
    // margins lines the figure's title up with the text column.
    const double pad = s.number("chrome.padding");
    const double frame_w = content.width + 2 * pad;

    int number = 0;
    for (const figures::Figure& f : ctx.figures) {
        ++number;
        const double frame_h = std::min(frame_w * frame_aspect(s, f.id), content.height);
        const std::string text = "Figure " + std::to_string(number) + ". " + f.caption;
        const double caption_h =
            f.caption.empty() ? 0 : caption_gap + text_height(doc.fonts(), text, caption, content.width);
        const double block = std::min(frame_h + caption_h, content.height);
        if (number == 1) {
            section_heading(doc, "Charts and maps", anchors::kFigures, 0, block);
        } else {
            doc.advance(doc.layout().block_gap);
            doc.ensure(block);
        }
        const std::string anchor = "figure-" + f.id;
        doc.add_anchor(anchor);
        doc.add_outline(f.title.empty() ? f.id : f.title, anchor, 1);
        const draw::Rect frame{content.x - pad, doc.y() - pad, frame_w,
                               std::min(frame_h, doc.remaining() - caption_h + pad)};
        {
            // The figure's own title becomes its heading (H2, before the Figure element);
            // everything else it draws is the Figure, which a screen reader replaces by /Alt.
            const auto figure = doc.tag(draw::Tag::figure(figures::alt_text_of(f, ctx.inputs), frame));
            draw::Canvas& c = doc.canvas();
            draw::CanvasStateGuard guard(c);
            c.clip(draw::Path().rect(frame));
            f.draw(c, frame, ctx.inputs);
        }
        doc.advance(frame.height - pad);
        if (!f.caption.empty()) {
            doc.advance(caption_gap);
            flow_paragraph(doc, text, caption, content.x, content.width, draw::Role::Caption);
        }
    }
}

}  // namespace dspt::report
