#pragma once
// METHODOLOGY.md "Month-on-month change": who changed short status between two
// curated snapshots, and who entered or left the universe.
#include <vector>

#include "curate/briefing_data.h"

namespace dspt::curate {

// Organisations whose status differs (previous -> current), those only in `current`
// (previous = nullopt: entered) and those only in `previous` (current = nullopt: left).
// Order: sector, then code, as in the curated lists.
std::vector<StatusChange> compare_snapshots(const std::vector<Organisation>& previous,
                                            const std::vector<Organisation>& current);

}  // namespace dspt::curate
