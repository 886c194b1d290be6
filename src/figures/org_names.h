#pragma once
// Organisation names for display. ODS publishes many names in capitals
// ("BARNET, ENFIELD AND HARINGEY MENTAL HEALTH NHS TRUST"); on a slide they shout and
// take more room than the portal's mixed-case names beside them.
#include <string>
#include <string_view>

namespace dspt::figures {

// A name with no lower-case letter is put in title case: words of up to three letters
// stay as they are (NHS, CSU, NEL, UK), joining words are lower case except at the start
// ("and", "of", "the", "for", "on", "upon", "in", "with"), and letters after an apostrophe
// stay lower case ("King's"). Hyphenated parts are treated as words ("Stoke-on-Trent").
// Mixed-case names are returned unchanged.
std::string display_name(std::string_view name);

}  // namespace dspt::figures
