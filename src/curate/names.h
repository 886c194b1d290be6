#pragma once
// Organisation names as the briefing prints them.
#include <optional>
#include <string>
#include <string_view>

namespace dspt::curate {

// The portal sometimes loses a curly apostrophe and exports '?' instead
// ("Birmingham Women?s and Children?s"). A '?' between two letters is never
// legitimate in an organisation name, so it is put back as an apostrophe.
// Returns nullopt when nothing needed repair.
std::optional<std::string> repair_lost_apostrophes(std::string_view name);

}  // namespace dspt::curate
