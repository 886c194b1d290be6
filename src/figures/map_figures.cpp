#include "figures/map_figures.h"

#include "figures/composite_map.h"
#include "figures/icb_status_map.h"
#include "figures/trusts_map.h"

namespace dspt::figures {

std::vector<Figure> map_figures(const FigureInputs& inputs) {
    if (!inputs.maps) return {};
    return {icb_status_map(), icb_composite_map(), trust_status_map()};
}

}  // namespace dspt::figures
