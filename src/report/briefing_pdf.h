#pragma once
// The A4 PDF briefing: one call builds the bytes of briefing.pdf in memory from the curated
// data and the figures (the run writes them atomically with its other outputs). Sections,
// in order: cover, contents, key findings, status by sector, the trend, every figure
// (vector, through HaruCanvas), month-on-month changes, methodology, data quality,
// appendix (every organisation and its status), sources and licences.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "draw/font_library.h"
#include "figures/figure.h"
#include "io/warnings.h"
#include "style/style.h"

namespace dspt::report {

// What the report needs to know about the run beyond the curated data.
struct ReportExtras {
    std::string version;  // creator "dspt-report <version>"
    // The run's warnings collector (readers, curation, maps, text checks), counted by kind
    // on the data-quality page; nullptr: a run without warnings.
    const io::Warnings* warnings = nullptr;
    // The input files of the run, as (what it is, file name), listed on the sources page.
    std::vector<std::pair<std::string, std::string>> inputs;
    // Creation date override; nullopt: SOURCE_DATE_EPOCH from the environment, else the
    // snapshot date at 00:00 UTC.
    std::optional<long long> source_date_epoch;
    // The run's fonts, loaded once for the slides and the PDF alike; nullptr: the report
    // loads the fonts its style names.
    const draw::FontLibrary* fonts = nullptr;
};

// The briefing as PDF bytes, built entirely in memory (what `dspt-report build` calls,
// writing its outputs atomically itself).
std::string render_briefing_pdf(const curate::BriefingData& data, const std::vector<figures::Figure>& figures,
                                const figures::FigureInputs& inputs, const style::Style& style,
                                const ReportExtras& extras);

}  // namespace dspt::report
