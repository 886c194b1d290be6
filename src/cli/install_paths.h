#pragma once
// Where dspt-report finds its styles and fonts. An installed binary (bin/dspt-report)
// reads them from ../share/dspt-report beside its own location, so the package or an
// install prefix can move anywhere; the binary in the build folder it was compiled in
// reads the source tree's styles/ and fonts/, so a developer's build needs no install.
#include <filesystem>
#include <string>

namespace dspt::cli {

// The running binary's own path (/proc/self/exe); empty when the system does not say.
std::filesystem::path executable_path();

// The folder holding styles/ and fonts/: <bin>/../share/dspt-report when it exists,
// else the source tree when the binary runs from its build folder; empty when neither.
std::filesystem::path data_directory();

// <data directory>/styles/nhs.toml; throws std::runtime_error naming the places looked
// at when there is no data directory.
std::string default_style_path();

// One sentence for --help: where the default style is read from on this machine.
std::string default_style_note();

}  // namespace dspt::cli
