#pragma once
// Shared by the fuzz targets. The readers under test take file paths (they stream
// files of a gigabyte), so each input is written to a private scratch folder, in
// /dev/shm when there is one so that a run costs no disk I/O.
#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

namespace dspt::fuzz {

// This process's scratch folder (created on first use, removed at exit).
const std::string& scratch_dir();

// Writes `bytes` to scratch_dir()/name and returns the full path.
std::string write_scratch(const std::string& name, std::string_view bytes);

// Removes scratch_dir()/name if it exists.
void remove_scratch(const std::string& name);

// A broken oracle (not a crash, but a wrong answer): says what, then aborts so that
// libFuzzer saves the input.
[[noreturn]] void finding(const std::string& what);

inline std::string_view as_view(const std::uint8_t* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace dspt::fuzz
