#pragma once
// Each ICB's own page (issue #14): icb/<ICB ODS code>.pdf, one A4 page (a second only
// when its trust table cannot fit), and icb_pages.pdf with all of them, grouped by NHS
// England region, with contents and bookmarks. Tagged like the briefing: the ICB's name a
// heading, its facts paragraphs, its map and the comparison Figures with alternative text
// from the run's numbers, its trusts a Table.
#include <string>
#include <vector>

#include "figures/figure.h"
#include "io/atomic_file.h"
#include "report/briefing_pdf.h"
#include "stats/icb_briefs.h"

namespace dspt::report {

// "icb/QOP.pdf" (the ICB's ODS code; its ONS code when the lookup gives none).
std::string icb_pdf_path(const stats::IcbBrief& brief);
inline constexpr const char* kIcbPagesPdf = "icb_pages.pdf";

// One ICB's PDF.
std::string render_icb_pdf(const stats::IcbBrief& brief, const figures::FigureInputs& inputs,
                           const ReportExtras& extras);
// Every ICB of inputs.derived().icb_briefs, by region, after a contents page.
std::string render_icb_pages_pdf(const figures::FigureInputs& inputs, const ReportExtras& extras);

// Both, as the run's output files: icb/<code>.pdf for each ICB, then icb_pages.pdf.
std::vector<io::OutputFile> icb_pdf_files(const figures::FigureInputs& inputs, const ReportExtras& extras);

}  // namespace dspt::report
