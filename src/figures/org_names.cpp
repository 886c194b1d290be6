#include "figures/org_names.h"

#include "curate/names.h"

namespace dspt::figures {

std::string display_name(std::string_view name) { return curate::title_case(name); }

}  // namespace dspt::figures
