// Every figure of all_figures(), drawn as vector graphics through the HaruCanvas into a
// frame on the page (the figure draws its own title, legend and source line), with its
// caption underneath. Charts are wide and short, two to a page; maps are tall, one to a page.
#include "figures/alt_text.h"
#include "figures/trend_chart.h"
#include "report/sections.h"
#include "report/text_block.h"

namespace dspt::report {
namespace {

// The three charts with an aspect of their own ([report.figure] aspect_<id>), else a map's
// or a chart's.
double frame_aspect(const style::Style& s, const std::string& id) {
    const auto& a = s.theme().report.figure;
    if (id == "status_by_sector") return a.aspect_status_by_sector;
    if (id == "status_changes") return a.aspect_status_changes;
    if (id == "trend") return a.aspect_trend;
    const bool map = id.size() >= 4 && id.compare(id.size() - 4, 4, "_map") == 0;
    return map ? a.map_aspect : a.aspect;
}

struct FigureBlock {
    draw::Rect frame;  // y not set yet
    std::string caption;
    double caption_h = 0;
    double block = 0;  // frame and caption, at most a page
};

FigureBlock measure_block(const ReportDocument& doc, const style::Style& s, const figures::Figure& f,
                          int number) {
    FigureBlock b;
    const draw::Rect content = doc.layout().content();
    // The figure's chrome pads its frame; widening the frame by that padding into the
    // margins lines the figure's title up with the text column.
    const double pad = s.theme().chrome.padding;
    const double frame_w = content.width + 2 * pad;
    const double frame_h = std::min(frame_w * frame_aspect(s, f.id), content.height);
    b.frame = {content.x - pad, 0, frame_w, frame_h};
    if (!f.caption.empty()) {
        b.caption = "Figure " + std::to_string(number) + ". " + f.caption;
        b.caption_h = s.theme().report.figure.caption_gap +
                      text_height(doc.fonts(), b.caption, caption_text(s), content.width);
    }
    b.block = std::min(frame_h + b.caption_h, content.height);
    return b;
}

}  // namespace

double figure_block_height(const ReportDocument& doc, const BriefingContext& ctx, const figures::Figure& f) {
    return measure_block(doc, ctx.style, f, 1).block;
}

void draw_figure_block(ReportDocument& doc, const BriefingContext& ctx, const figures::Figure& f,
                       int number) {
    const style::Style& s = ctx.style;
    const FigureBlock b = measure_block(doc, s, f, number);
    const draw::Rect content = doc.layout().content();
    const double pad = s.theme().chrome.padding;
    const std::string anchor = "figure-" + f.id;
    doc.add_anchor(anchor);
    doc.add_outline(f.title.empty() ? f.id : f.title, anchor, 1);
    const draw::Rect frame{b.frame.x, doc.y() - pad, b.frame.width,
                           std::min(b.frame.height, doc.remaining() - b.caption_h + pad)};
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
        doc.advance(s.theme().report.figure.caption_gap);
        flow_paragraph(doc, b.caption, caption_text(s), content.x, content.width, draw::Role::Caption);
    }
}

int figure_number(const BriefingContext& ctx, const std::string& id) {
    // In the order the PDF shows them: the trend's section comes before the charts and maps.
    int n = 0;
    for (const auto& f : ctx.figures)
        if (f.id == figures::kTrendFigureId) {
            ++n;
            if (f.id == id) return n;
        }
    for (const auto& f : ctx.figures) {
        if (f.id == figures::kTrendFigureId) continue;
        ++n;
        if (f.id == id) return n;
    }
    return 0;
}

void write_figures(ReportDocument& doc, const BriefingContext& ctx) {
    bool first = true;
    for (const figures::Figure& f : ctx.figures) {
        if (f.id == figures::kTrendFigureId) continue;  // drawn in its own section (section_trend.cpp)
        const double block = figure_block_height(doc, ctx, f);
        if (first) {
            section_heading(doc, "Charts and maps", anchors::kFigures, 0, block);
            first = false;
        } else {
            doc.advance(doc.layout().block_gap);
            doc.ensure(block);
        }
        draw_figure_block(doc, ctx, f, figure_number(ctx, f.id));
    }
}

}  // namespace dspt::report
