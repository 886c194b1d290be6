#pragma once
// ICB names as a reader says them: "NHS Greater Manchester Integrated Care Board" ->
// "Greater Manchester". Shared by the score chart and the maps' labels.
#include <string>
#include <string_view>

namespace dspt::figures {

// Drops a leading "NHS " and a trailing " Integrated Care Board" / " ICB" (any case);
// returns the name unchanged when neither is there.
std::string short_icb_name(std::string_view name);
// A tighter form for narrow columns: short_icb_name() with " and " written " & ".
std::string compact_icb_name(std::string_view name);

}  // namespace dspt::figures
