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
    DocumentInfo info;
    info.title = d.title;
    info.subject = snapshot_phrase(d) + (d.edition.empty() ? "" : " (" + d.edition + " edition)") +
                   ": NHS trusts, integrated care boards and commissioning support units";
    info.author = ctx.style.theme().report.author;
    info.keywords = ctx.style.theme().report.keywords;
    info.creator = "dspt-report" + (ctx.extras.version.empty() ? std::string() : " " + ctx.extras.version);
    info.created =
        document_timestamp(d.reference_date, ctx.extras.source_date_epoch ? ctx.extras.source_date_epoch
                                                                          : source_date_epoch_from_env());
    doc.finish(info, d.title, snapshot_phrase(d));
}

}  // namespace

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
