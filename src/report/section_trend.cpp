// "Trend since <first date>": after the status by sector, when the run lists earlier
// snapshots. A sentence generated from the trend's numbers with its caveat beside it (not
// a like-for-like panel; N per point), then the trend figure. Absent without [[history]].
#include "figures/trend_chart.h"
#include "report/findings.h"
#include "report/sections.h"
#include "report/text_block.h"

namespace dspt::report {

void write_trend(ReportDocument& doc, const BriefingContext& ctx) {
    if (ctx.data.trend.empty()) return;
    const figures::Figure* figure = nullptr;
    for (const auto& f : ctx.figures)
        if (f.id == figures::kTrendFigureId) figure = &f;

    const style::Style& s = ctx.style;
    const PageLayout& page = doc.layout();
    const draw::Rect content = page.content();
    const int left_cols = s.theme().report.trend.sentence_columns;
    const double left_w = page.span_width(left_cols);
    const double right_x = content.x + left_w + page.gutter;
    const double right_w = content.right() - right_x;
    const std::string sentence = trend_sentence(ctx.data);
    const std::string caveat = trend_caveat(ctx.data);
    const TextSpec body = body_text(s);
    const TextSpec note = small_text(s);
    const double text_h = std::max(sentence.empty() ? 0 : text_height(doc.fonts(), sentence, body, left_w),
                                   text_height(doc.fonts(), caveat, note, right_w));
    const double figure_h = figure ? figure_block_height(doc, ctx, *figure) : 0;

    section_heading(doc, "Trend since " + ctx.data.trend.front().date.long_form(), anchors::kTrend, 0,
                    text_h + page.block_gap + figure_h);
    doc.ensure(text_h);
    // Side by side: the sentence, then (in reading order) its caveat in the right-hand columns.
    const double top = doc.y();
    if (!sentence.empty()) flow_paragraph(doc, sentence, body, content.x, left_w);
    const double left_bottom = doc.y();
    doc.advance(top - doc.y());
    flow_paragraph(doc, caveat, note, right_x, right_w);
    doc.advance(std::max(0.0, left_bottom - doc.y()));
    if (figure) {
        // The figure's frame reaches up into the gap by the chrome's padding.
        doc.advance(std::max(page.block_gap, s.theme().chrome.padding + s.theme().report.paragraph_gap));
        doc.ensure(figure_h);
        draw_figure_block(doc, ctx, *figure, figure_number(ctx, figure->id));
    }
}

}  // namespace dspt::report
