#pragma once
// Replacing an output file all at once: the bytes go to a temporary file in the same
// folder, are flushed to disk, and the temporary is renamed over the destination. A
// run that fails half way therefore leaves either the old file or the new one, never
// a truncated mix. Throws std::runtime_error (with the path and the OS reason) on failure.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

namespace dspt::io {

void write_file_atomically(const std::filesystem::path& destination, std::string_view bytes);

// One output of a run, built in memory before anything is written.
struct OutputFile {
    std::filesystem::path relative_path;  // e.g. "tables/icb_scores.csv"
    std::string bytes;
};

// Writes every file under `out_dir` (creating folders) in two steps: first all of them to
// temporaries beside their destinations, then, only once every one is on disk, renames
// them into place. Building every output first and writing only at the end means a run
// that fails on bad data leaves the previous run's outputs untouched; the two steps mean
// a failure while writing (a full disk, a file where a folder should be) does too, and
// leaves no temporary behind.
void write_files_atomically(const std::filesystem::path& out_dir, const std::vector<OutputFile>& files);

// Fails early, before a run does any work, when `dir` cannot become the output folder:
// it is a file, or it (or, when it does not exist yet, its nearest existing ancestor) is
// not a folder that takes a new file. Creates nothing. Throws std::runtime_error
// "DIR: reason".
void check_output_folder(const std::filesystem::path& dir);

// Creates `dir` and its parents when missing; throws std::runtime_error when it cannot.
void ensure_directory(const std::filesystem::path& dir);

}  // namespace dspt::io
