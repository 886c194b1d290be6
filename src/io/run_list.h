#pragma once
// What a run wrote, so the next run into the same folder can take away what it no longer
// writes (a `build --png-2x` followed by a plain `build` must not leave last run's @2x
// PNGs, of another month, beside the new files). The list is a small text file in the
// output folder, one relative path a line. Only paths on that list are ever removed:
// files a user put in the folder are never touched.
#include <filesystem>
#include <string>
#include <vector>

#include "io/atomic_file.h"

namespace dspt::io {

inline constexpr const char* kRunListFile = ".dspt-report-outputs";

// The list file's text for a run that writes `files` (and the list itself, which is not listed).
std::string run_list_text(const std::vector<OutputFile>& files);

// The relative paths the previous run listed in `out_dir`; none when there is no list.
// Lines that are not a plain relative path inside the folder (absolute, "..", empty)
// are ignored, so a damaged or hostile list can never reach outside it.
std::vector<std::filesystem::path> read_run_list(const std::filesystem::path& out_dir);

// Removes what `previous` lists and `files` does not (regular files and symlinks only),
// then any folder that removal left empty, up to `out_dir` itself. Returns the paths
// removed, relative to `out_dir`. A file that cannot be removed is left; never throws.
std::vector<std::filesystem::path> remove_previous_outputs(const std::filesystem::path& out_dir,
                                                           const std::vector<std::filesystem::path>& previous,
                                                           const std::vector<OutputFile>& files);

}  // namespace dspt::io
