#include "fuzz_support.h"

#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>

namespace dspt::fuzz {
namespace {

namespace fs = std::filesystem;

std::string make_scratch_dir() {
    std::error_code ec;
    fs::path base = fs::is_directory("/dev/shm", ec) ? fs::path("/dev/shm") : fs::temp_directory_path();
    std::string pattern = (base / "dspt-fuzz-XXXXXX").string();
    if (!mkdtemp(pattern.data()))
        throw std::runtime_error("fuzz: cannot create a scratch folder in " + base.string());
    return pattern;
}

void remove_scratch_dir() {
    std::error_code ec;
    fs::remove_all(scratch_dir(), ec);
}

}  // namespace

const std::string& scratch_dir() {
    static const std::string dir = make_scratch_dir();
    // Registered after `dir` is complete, so it runs before `dir` is destroyed.
    static const bool cleanup = std::atexit(&remove_scratch_dir) == 0;
    (void)cleanup;
    return dir;
}

std::string write_scratch(const std::string& name, std::string_view bytes) {
    std::string path = scratch_dir() + "/" + name;
    std::FILE* f = std::fopen(path.c_str(), "wb");
    if (!f) throw std::runtime_error("fuzz: cannot write " + path);
    const bool ok = std::fwrite(bytes.data(), 1, bytes.size(), f) == bytes.size();
    if (std::fclose(f) != 0 || !ok) throw std::runtime_error("fuzz: cannot write " + path);
    return path;
}

void finding(const std::string& what) {
    std::fprintf(stderr, "FUZZ FINDING: %s\n", what.c_str());
    std::abort();
}

void remove_scratch(const std::string& name) { std::remove((scratch_dir() + "/" + name).c_str()); }

}  // namespace dspt::fuzz
