// Key findings (generated sentences) and the sector x status summary table.
#include "report/findings.h"
#include "report/sections.h"
#include "report/table.h"
#include "report/text_block.h"

namespace dspt::report {

void write_key_findings(ReportDocument& doc, const BriefingContext& ctx) {
    section_heading(doc, "Key findings", anchors::kKeyFindings, 0);
    const draw::Rect content = doc.layout().content();
    flow_bullets(doc, key_findings(ctx.data, ctx.summary, ctx.by_region, ctx.ranked), body_text(ctx.style),
                 content.x, doc.layout().span_width(doc.layout().columns));
}

Table summary_table(const ReportDocument& doc, const stats::SummaryTable& summary) {
    const PageLayout& page = doc.layout();
    Table t;
    const double label_w = page.span_width(3);
    const double total_w = page.span_width(1) + page.gutter * 2;
    const double status_w = (page.content().width - label_w - total_w) / 5;
    t.columns.push_back({"Sector", label_w, draw::HAlign::Left, std::nullopt});
    for (curate::Status st : curate::kAllStatuses) {
        t.columns.push_back({std::string(curate::status_label(st)), status_w, draw::HAlign::Right, st});
    }
    t.columns.push_back({"Total", total_w, draw::HAlign::Right, std::nullopt});
    t.row_header_columns = 1;  // the sector names the row
    for (std::size_t r = 0; r < summary.rows.size(); ++r) {
        const stats::SummaryRow& row = summary.rows[r];
        TableRow tr;
        tr.kind = (r + 1 == summary.rows.size() && row.label == "Total") ? RowKind::Total : RowKind::Body;
        if (!row.in_export) {
            // Not zeros: the export cannot say anything of this sector.
            tr.cells.push_back({row.label + " " + stats::kNotInExport, std::nullopt, true});
            for (std::size_t k = 0; k <= row.counts.size(); ++k)
                tr.cells.push_back({"\u2013", std::nullopt, false});
            t.rows.push_back(std::move(tr));
            continue;
        }
        tr.cells.push_back({row.label, std::nullopt, true});
        for (std::size_t k = 0; k < row.counts.size(); ++k) {
            tr.cells.push_back({std::to_string(row.counts[k]) + " (" +
                                    stats::format_percent_of(row.counts[k], row.total()) + "%)",
                                std::nullopt, false});
        }
        tr.cells.push_back({std::to_string(row.total()), std::nullopt, true});
        t.rows.push_back(std::move(tr));
    }
    return t;
}

void write_summary_table(ReportDocument& doc, const BriefingContext& ctx) {
    const Table t = summary_table(doc, ctx.summary);
    const TextSpec note = small_text(ctx.style);
    section_heading(doc, "Status by sector", anchors::kSummary, 0,
                    table_height(doc, t) + note.line_height * 3, true);
    const draw::Rect content = doc.layout().content();
    flow_paragraph(doc,
                   "Organisations in the briefing by sector and DSPT status at " +
                       ctx.data.reference_date.long_form() +
                       ": count and, in brackets, the share of the sector's row.",
                   body_text(ctx.style), content.x, content.width);
    doc.advance(ctx.style.theme().report.paragraph_gap);
    flow_table(doc, t);
    doc.advance(ctx.style.theme().report.paragraph_gap);
    flow_paragraph(
        doc,
        "Row percentages to one decimal place; they may not sum to exactly 100% because of rounding. "
        "Not Published counts organisations with no assessment of the current edition, including those "
        "with no export row.",
        note, content.x, content.width);
}

}  // namespace dspt::report
