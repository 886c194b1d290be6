#pragma once
// What one run did, for the log on stderr and for the briefing's data-quality note:
// rows read per input, organisations per sector, warnings by kind, time per stage.
// Plain data: the report module may include this header to print the note.
#include <array>
#include <cstddef>
#include <filesystem>
#include <map>
#include <optional>
#include <ostream>
#include <string>
#include <vector>

#include "cli/briefing_facts.h"
#include "io/warnings.h"

namespace dspt::cli {

struct InputRead {
    std::string label;  // "DSPT export", "ODS trusts", ...
    std::string path;
    std::size_t rows = 0;
};

struct StageTime {
    std::string stage;  // "read", "curate", "write", later "figures", "pdf"
    double seconds = 0;
};

struct RunSummary {
    std::vector<InputRead> inputs;
    std::array<std::size_t, 3> organisations_per_sector{};   // in curate::kAllSectors order
    std::array<bool, 3> sector_in_export{true, true, true};  // false: "not in this export"
    std::size_t status_changes = 0;
    bool has_previous = false;
    io::Warnings warnings;  // every warning of the run (readers + curation)
    std::vector<StageTime> stages;
    std::vector<std::filesystem::path> outputs;  // files written, absolute or relative to the cwd
    std::optional<BriefingFacts> briefing;       // once curation is done (for the run record)

    double total_seconds() const;
};

// How many examples of each warning kind the log prints (the rest are counted).
inline constexpr std::size_t kWarningExamplesPerKind = 3;

// The end-of-run summary, a few dozen lines at most however many warnings there are.
void print_run_summary(const RunSummary& summary, std::ostream& log);

}  // namespace dspt::cli
