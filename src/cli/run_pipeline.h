#pragma once
// One run of dspt-report: manifest -> readers -> curation -> tables -> (figures, PDF)
// -> files. Every output is built in memory first and written only at the end, each
// file atomically, so a run that fails on bad data leaves the previous outputs as they were.
#include <filesystem>
#include <ostream>
#include <string>

#include "cli/run_summary.h"
#include "figures/png_export.h"

namespace dspt::cli {

enum class Command {
    Curate,  // curated CSVs and tables only
    Build,   // everything: CSVs, slide PNGs, the PDF
};

struct PipelineOptions {
    Command command = Command::Curate;
    std::string manifest_path;
    std::filesystem::path out_dir = "out";
    std::string style_path;  // Build: the default style TOML (already resolved by the caller)
    // Build: --style FILE, the user's override of style_path and of the slide style it
    // names (only the keys it changes; see style/style.h); "" when none.
    std::string style_override;
    figures::PngOptions png;               // Build: which PNG variants besides png/<id>.png
    bool svg = false;                      // Build: also svg/<id>.svg
    bool no_icb_pages = false;             // Build: --no-icb-pages (else the manifest's briefing.icb_pages)
    bool accept_unknown_statuses = false;  // past the >5 % unrecognised-status guard
};

// Throws io::InputError for bad input data and std::runtime_error when an output
// cannot be written. Progress goes to `log` as it happens; the caller prints the summary.
// `summary` fills as the run goes, so a failed run's record can say how far it got.
void run_pipeline(const PipelineOptions& options, std::ostream& log, RunSummary& summary);

}  // namespace dspt::cli
