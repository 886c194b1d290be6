#include "report/briefing_pdf.h"

#include "report/document.h"
#include "report/sections.h"
#include "style/fonts.h"

namespace dspt::report {
namespace {

// Outline entries the sections can add besides one per figure: the level-0 sections and
// the subsections of methodology, data quality, appendix and sources. An upper bound is
// enough: it only decides how many contents pages to reserve.
constexpr std::size_t kMaxFixedEntries = 26;

void build(ReportDocument& doc, const BriefingContext& ctx) {
    write_cover(doc, ctx);
    const ContentsPages contents = reserve_contents(doc, ctx.figures.size() + kMaxFixedEntries);
    write_key_findings(doc, ctx);
    write_summary_table(doc, ctx);
    write_trend(doc, ctx);
    write_figures(doc, ctx);
    write_changes(doc, ctx);
    write_methodology(doc, ctx);
    write_data_quality(doc, ctx);
    write_appendix(doc, ctx);
    write_sources(doc, ctx);
    write_contents(doc, contents);

    const curate::BriefingData& d = ctx.data;
    const DocumentInfo info =
        document_info(d, ctx.style, ctx.extras, d.title,
                      snapshot_phrase(d) + (d.edition.empty() ? "" : " (" + d.edition + " edition)") +
                          ": NHS trusts, integrated care boards and commissioning support units");
    doc.finish(info, d.title, snapshot_phrase(d));
}

}  // namespace

DocumentInfo document_info(const curate::BriefingData& data, const style::Style& style,
                           const ReportExtras& extras, std::string title, std::string subject) {
    DocumentInfo info;
    info.title = std::move(title);
    info.subject = std::move(subject);
    info.author = style.theme().report.author;
    info.keywords = style.theme().report.keywords;
    info.creator = "dspt-report" + (extras.version.empty() ? std::string() : " " + extras.version);
    info.created =
        document_timestamp(data.reference_date, extras.source_date_epoch ? extras.source_date_epoch
                                                                         : source_date_epoch_from_env());
    return info;
}

std::string render_briefing_pdf(const curate::BriefingData& data, const std::vector<figures::Figure>& figures,
                                const figures::FigureInputs& inputs, const style::Style& style,
                                const ReportExtras& extras) {
    std::unique_ptr<draw::FontLibrary> own_fonts;
    if (!extras.fonts) own_fonts = style::load_fonts(style);
    const figures::DerivedData& derived = inputs.derived();
    BriefingContext ctx{
        data,           figures,       inputs, style, extras, derived.by_sector, derived.by_region,
        derived.scores, derived.ranked};
    ReportDocument doc(style, extras.fonts ? *extras.fonts : *own_fonts);
    build(doc, ctx);
    return doc.save_to_memory();
}

}  // namespace dspt::report
