#pragma once
// Organisation names for display. ODS publishes many names in capitals
// ("BARNET, ENFIELD AND HARINGEY MENTAL HEALTH NHS TRUST"); on a slide they shout and
// take more room than the portal's mixed-case names beside them.
#include <string>
#include <string_view>

namespace dspt::figures {

// curate::title_case. An organisation's printed name is curate::display_name(name, code)
// (Organisation::display_name), which also drops a "(CODE)" suffix.
std::string display_name(std::string_view name);

}  // namespace dspt::figures
