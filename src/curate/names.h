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

// A name with no lower-case letter is put in title case: words of up to three letters
// stay as they are (NHS, CSU, NEL, UK), joining words are lower case except at the start
// ("and", "of", "the", "for", "on", "upon", "in", "with"), and letters after an apostrophe
// stay lower case ("King's"). Hyphenated parts are treated as words ("Stoke-on-Trent").
// Mixed-case names are returned unchanged. ODS publishes many names in capitals; on a
// page or slide they shout and take more room than the mixed-case names beside them.
std::string title_case(std::string_view name);

// The name as the briefing prints it (curated CSVs: display_name): lost apostrophes put
// back, a trailing "(CODE)" equal to the organisation's own code dropped (also when
// repeated), then title case.
std::string display_name(std::string_view exported, std::string_view code);

}  // namespace dspt::curate
