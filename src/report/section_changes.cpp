// Month-on-month changes: every organisation whose status differs from the previous
// export, and those that entered or left the briefing.
#include "curate/names.h"
#include "report/findings.h"
#include "report/sections.h"
#include "report/table.h"
#include "report/text_block.h"

namespace dspt::report {
namespace {

TableCell status_cell(const std::optional<curate::Status>& s, const char* absent) {
    if (s) return {"", *s, false};
    return {absent, std::nullopt, false};
}

// Entered and left are coverage: said in words, so no reader takes them for a better or
// worse status.
std::string change_text(curate::ChangeKind k) {
    switch (k) {
        case curate::ChangeKind::Better:
            return "better";
        case curate::ChangeKind::Worse:
            return "worse";
        case curate::ChangeKind::Entered:
        case curate::ChangeKind::Left:
            return "coverage";
    }
    return "";
}

}  // namespace

void write_changes(ReportDocument& doc, const BriefingContext& ctx) {
    const PageLayout& page = doc.layout();
    const draw::Rect content = page.content();
    const TextSpec body = body_text(ctx.style);
    const curate::BriefingData& data = ctx.data;
    // Without a previous export the section is two lines: it follows on the page it fits.
    section_heading(doc, "Changes since the previous month", anchors::kChanges, 0, body.line_height * 3,
                    !data.has_previous);
    if (!data.has_previous) {
        flow_paragraph(
            doc,
            "No previous export was given for this run, so month-on-month changes cannot be shown. "
            "Give the previous month's DSPT export in the manifest (previous_export) to list them.",
            body, content.x, content.width);
        return;
    }
    const std::string since = data.previous_reference_date ? data.previous_reference_date->long_form()
                                                           : std::string("the previous export");
    if (data.changes.empty()) {
        flow_paragraph(doc,
                       "No organisation changed status, entered or left the briefing between " + since +
                           " and " + data.reference_date.long_form() + ".",
                       body, content.x, content.width);
        return;
    }
    flow_paragraph(doc,
                   "Organisations whose status on " + data.reference_date.long_form() + " differs from " +
                       since + ", and organisations that entered or left the briefing (" +
                       std::to_string(data.changes.size()) +
                       " in all), by sector. Entering or leaving is a change of coverage (who is in the "
                       "briefing), not of security: it is never counted as better or worse.",
                   body, content.x, content.width);
    if (!data.previous_edition.empty() && data.previous_edition != data.edition) {
        flow_paragraph(doc,
                       "The previous snapshot was judged by the " + data.previous_edition +
                           " edition and this one by the " + data.edition +
                           " edition, so some changes reflect the new edition rather than new assessments.",
                       body, content.x, content.width);
    }
    doc.advance(ctx.style.theme().report.paragraph_gap);

    Table t;
    const double code_w = page.span_width(1) + page.gutter;
    const double status_w = page.span_width(3) - page.gutter;
    const double change_w = page.span_width(1) + page.gutter;
    t.columns = {
        {"Code", code_w, draw::HAlign::Left, std::nullopt},
        {"Organisation", content.width - code_w - 2 * status_w - change_w, draw::HAlign::Left, std::nullopt},
        {"Previous (" + data.previous_reference_date.value_or(data.reference_date).short_form() + ")",
         status_w, draw::HAlign::Left, std::nullopt},
        {"Now (" + data.reference_date.short_form() + ")", status_w, draw::HAlign::Left, std::nullopt},
        {"Change", change_w, draw::HAlign::Left, std::nullopt}};
    for (curate::Sector sector : curate::kAllSectors) {
        bool first = true;
        for (const curate::StatusChange& c : data.changes) {
            if (c.sector != sector) continue;
            if (first) {
                t.rows.push_back(
                    {RowKind::Group, {{std::string(curate::sector_label(sector)), std::nullopt, false}}});
                first = false;
            }
            t.rows.push_back({RowKind::Body,
                              {{c.code, std::nullopt, false},
                               {curate::display_name(c.name, c.code), std::nullopt, false},
                               status_cell(c.previous, "(entered the briefing)"),
                               status_cell(c.current, "(left the briefing)"),
                               {change_text(c.kind), std::nullopt, false}}});
        }
    }
    flow_table(doc, t);
}

}  // namespace dspt::report
