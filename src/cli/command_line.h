#pragma once
// The dspt-report command line: `build` and `curate` subcommands, exit statuses
// 0 success (warnings allowed), 1 bad input or data, 2 bad usage.
namespace dspt::cli {

inline constexpr int kExitOk = 0;
inline constexpr int kExitBadInput = 1;
inline constexpr int kExitUsage = 2;

// Parses, runs, prints progress and the summary to stderr; never throws.
int run_command_line(int argc, char** argv);

}  // namespace dspt::cli
