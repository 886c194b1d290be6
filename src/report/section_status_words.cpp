// The parts of the methodology and data-quality pages that say how status texts were
// read (METHODOLOGY.md, the vocabulary table) and whether the guard against
// unrecognised statuses was overridden.
#include "curate/status_guard.h"
#include "curate/status_text.h"
#include "report/sections.h"
#include "report/table.h"
#include "report/text_block.h"

namespace dspt::report {

void write_status_vocabulary(ReportDocument& doc, const BriefingContext& ctx) {
    const PageLayout& page = doc.layout();
    const draw::Rect content = page.content();
    const double gap = ctx.style.theme().report.paragraph_gap;
    flow_paragraph(doc,
                   "Status texts are read whatever their letter case and spacing; older editions' words are "
                   "mapped as follows:",
                   body_text(ctx.style), content.x, content.width);
    doc.advance(gap / 2);
    Table t;
    const double left = content.width * 0.58;
    t.columns = {{"Status text as exported", left, draw::HAlign::Left, std::nullopt},
                 {"Read as", content.width - left, draw::HAlign::Left, std::nullopt}};
    for (const auto& row : curate::status_vocabulary())
        t.rows.push_back(
            {RowKind::Body, {{row.exported, std::nullopt, false}, {row.read_as, std::nullopt, false}}});
    flow_table(doc, t);
    doc.advance(gap);
}

void write_status_guard_notes(ReportDocument& doc, const BriefingContext& ctx) {
    if (ctx.data.status_guard_notes.empty()) return;
    const draw::Rect content = doc.layout().content();
    TextSpec strong = body_text(ctx.style);
    strong.face = draw::FontFace::Bold;
    for (const auto& note : ctx.data.status_guard_notes) {
        flow_paragraph(doc, note, strong, content.x, content.width);
        doc.advance(ctx.style.theme().report.paragraph_gap);
    }
}

}  // namespace dspt::report
