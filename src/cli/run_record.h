#pragma once
// --record FILE: a JSON account of one run for a scheduler or a later audit (fields in
// README, "Run record"): the tool's version, every input with its size and SHA-256, the
// snapshot and edition, organisations per sector, the headline figures, warnings by kind,
// every output with its size and SHA-256, the time of each stage and the exit status (with
// the error when the run failed). Two runs on the same inputs give the same record except
// for its "timing" object.
#include <chrono>
#include <string>

#include "cli/run_pipeline.h"
#include "cli/run_summary.h"

namespace dspt::cli {

class RunRecord {
public:
    RunRecord();  // notes the start time

    std::string path;  // empty: no record asked for

    // Builds the record of a run that ended with `exit_status` (and `error`, empty on
    // success) from what `summary` holds so far.
    std::string json(const PipelineOptions& options, const RunSummary& summary, int exit_status,
                     const std::string& error) const;

    // Writes the record atomically when one was asked for and returns the exit status to
    // use: `exit_status`, or kExitBadInput (with a message on stderr) when a successful
    // run's record cannot be written. Never throws.
    int finish(const PipelineOptions& options, const RunSummary& summary, int exit_status,
               const std::string& error) const noexcept;

private:
    std::chrono::system_clock::time_point started_;
};

}  // namespace dspt::cli
