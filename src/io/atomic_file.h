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

// Writes each file under `out_dir` (creating folders) atomically, in order. Building
// every output first and writing only at the end means a run that fails on bad data
// leaves the previous run's outputs untouched.
void write_files_atomically(const std::filesystem::path& out_dir, const std::vector<OutputFile>& files);

// Creates `dir` and its parents when missing; throws std::runtime_error when it cannot.
void ensure_directory(const std::filesystem::path& dir);

}  // namespace dspt::io
