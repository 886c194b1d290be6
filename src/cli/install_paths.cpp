#include "cli/install_paths.h"

#include <stdexcept>
#include <system_error>

namespace dspt::cli {
namespace {

namespace fs = std::filesystem;

// Set by cmake/Install.cmake: the data folder relative to the installed bin/ folder, and
// the folders this binary was built in and from.
constexpr const char* kDataFromBin = DSPT_DATA_FROM_BIN;
constexpr const char* kBuildDir = DSPT_BUILD_DIR;
constexpr const char* kSourceDir = DSPT_SOURCE_DIR;

fs::path installed_data_directory(const fs::path& exe) {
    return (exe.parent_path() / kDataFromBin).lexically_normal();
}

}  // namespace

fs::path executable_path() {
    std::error_code ec;
    fs::path p = fs::read_symlink("/proc/self/exe", ec);
    return ec ? fs::path{} : p;
}

fs::path data_directory() {
    const fs::path exe = executable_path();
    if (exe.empty()) return {};
    std::error_code ec;
    const fs::path installed = installed_data_directory(exe);
    if (fs::is_directory(installed / "styles", ec)) return installed;
    // Only the binary in its own build folder falls back to the source tree: an installed
    // copy must not quietly read the styles of whatever clone it was built from.
    if (fs::equivalent(exe.parent_path(), kBuildDir, ec) &&
        fs::is_directory(fs::path(kSourceDir) / "styles", ec))
        return kSourceDir;
    return {};
}

std::string default_style_path() {
    const fs::path dir = data_directory();
    if (dir.empty()) {
        const fs::path exe = executable_path();
        throw std::runtime_error("no default style: " +
                                 (exe.empty() ? std::string("cannot tell where dspt-report is installed")
                                              : "no " + (installed_data_directory(exe) / "styles").string() +
                                                    " beside " + exe.string()) +
                                 "; set DSPT_STYLE to the default style (a clone's styles/nhs.toml)");
    }
    return (dir / "styles" / "nhs.toml").string();
}

std::string default_style_note() {
    const fs::path dir = data_directory();
    if (dir.empty()) return "no default style found beside this binary: set DSPT_STYLE to one";
    return "default style: $DSPT_STYLE, else " + (dir / "styles" / "nhs.toml").string() +
           " (fonts from the folder the style names, here " + (dir / "fonts").string() + ")";
}

}  // namespace dspt::cli
