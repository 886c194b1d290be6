// dspt-report: see cli/command_line.h.
#include "cli/command_line.h"

int main(int argc, char** argv) { return dspt::cli::run_command_line(argc, argv); }
