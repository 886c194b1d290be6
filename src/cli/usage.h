#pragma once
// Usage errors worded for a person: the offending word named, numbers as a person writes
// them, and one "dspt-report: error:" line like every other error (exit status 2).
#include <CLI/CLI.hpp>
#include <optional>
#include <string>
#include <vector>

namespace dspt::cli {

// The first word of the command line that names no command or option of `app` (whose
// subcommands each take at most one positional argument), as a sentence:
// "unknown command 'frobnicate'", "unknown option '--frob' for build", ... nullopt when
// every word is known (CLI11 then checks what is missing or malformed).
std::optional<std::string> unknown_word(const CLI::App& app, const std::vector<std::string>& args);

// A validator for a number option: "--print-dpi: 'abc' is not a number", "--print-dpi:
// 5000 is outside 30 to 1200".
CLI::Validator number_between(double lo, double hi);

// CLI11's message for a parse error, on one line, without CLI11's own formatting of numbers.
std::string usage_message(const CLI::ParseError& e);

// A number as a person writes it: 30, 1200, 2.5 (no trailing zeros).
std::string plain_number(double v);

}  // namespace dspt::cli
