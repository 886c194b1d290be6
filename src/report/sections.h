#pragma once
// The sections of the briefing, each in its own file (section_*.cpp), each drawing
// itself onto the ReportDocument from the shared context.
#include <vector>

#include "curate/briefing_data.h"
#include "figures/figure.h"
#include "report/briefing_pdf.h"
#include "report/document.h"
#include "stats/ranks.h"
#include "stats/tables.h"

namespace dspt::report {

struct BriefingContext {
    const curate::BriefingData& data;
    const std::vector<figures::Figure>& figures;
    const figures::FigureInputs& inputs;
    const style::Style& style;
    const ReportExtras& extras;
    // Derived once per run (figures/derived.h), shared with the figures.
    const stats::SummaryTable& summary;
    const stats::SummaryTable& by_region;
    const std::vector<stats::IcbScore>& scores;
    const std::vector<stats::RankedIcbScore>& ranked;
};

// "DSPT status at 16 November 2023"
std::string snapshot_phrase(const curate::BriefingData& data);

// The Info dictionary every PDF of a run shares: the style's author and keywords, the
// tool as creator, the run's creation date; `title` and `subject` are the document's own.
DocumentInfo document_info(const curate::BriefingData& data, const style::Style& style,
                           const ReportExtras& extras, std::string title, std::string subject);

void write_cover(ReportDocument& doc, const BriefingContext& ctx);
// Reserves the contents pages now (their page numbers must precede the sections) and
// returns the first; write_contents fills them once every section's page is known.
struct ContentsPages {
    int first = 0;
    int count = 0;
    int toc = -1;  // the TOC structure element, filled in by write_contents
};
ContentsPages reserve_contents(ReportDocument& doc, std::size_t expected_entries);
void write_contents(ReportDocument& doc, const ContentsPages& pages);
std::size_t contents_capacity(const ReportDocument& doc, bool first_page);

void write_key_findings(ReportDocument& doc, const BriefingContext& ctx);
void write_summary_table(ReportDocument& doc, const BriefingContext& ctx);
void write_figures(ReportDocument& doc, const BriefingContext& ctx);
// "Trend since <first date>": only when the run lists earlier snapshots (section_trend.cpp).
void write_trend(ReportDocument& doc, const BriefingContext& ctx);
// One figure of ctx.figures at the cursor: anchor, outline entry, tagged Figure with its
// alternative text, "Figure n." caption. The caller has made room (figure_block_height).
void draw_figure_block(ReportDocument& doc, const BriefingContext& ctx, const figures::Figure& f, int number);
double figure_block_height(const ReportDocument& doc, const BriefingContext& ctx, const figures::Figure& f);
// The figure's number as the PDF prints it (the trend's section precedes the charts); 0 if absent.
int figure_number(const BriefingContext& ctx, const std::string& id);
void write_changes(ReportDocument& doc, const BriefingContext& ctx);
void write_methodology(ReportDocument& doc, const BriefingContext& ctx);
void write_data_quality(ReportDocument& doc, const BriefingContext& ctx);
// Parts of those two pages about status texts (section_status_words.cpp).
void write_status_vocabulary(ReportDocument& doc, const BriefingContext& ctx);
void write_status_guard_notes(ReportDocument& doc, const BriefingContext& ctx);
void write_appendix(ReportDocument& doc, const BriefingContext& ctx);
void write_sources(ReportDocument& doc, const BriefingContext& ctx);

// Anchors of the sections (also the outline's destinations).
namespace anchors {
inline constexpr const char* kContents = "contents";
inline constexpr const char* kKeyFindings = "key-findings";
inline constexpr const char* kSummary = "summary";
inline constexpr const char* kFigures = "figures";
inline constexpr const char* kTrend = "trend";
inline constexpr const char* kChanges = "changes";
inline constexpr const char* kMethodology = "methodology";
inline constexpr const char* kDataQuality = "data-quality";
inline constexpr const char* kAppendix = "appendix";
inline constexpr const char* kAppendixTrusts = "appendix-trusts";
inline constexpr const char* kAppendixIcbs = "appendix-icbs";
inline constexpr const char* kAppendixCsus = "appendix-csus";
inline constexpr const char* kSources = "sources";
}  // namespace anchors

}  // namespace dspt::report
