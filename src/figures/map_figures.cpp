#include "figures/map_figures.h"

#include "figures/composite_map.h"
#include "figures/icb_status_map.h"
#include "figures/map_layout.h"
#include "figures/trusts_map.h"

namespace dspt::figures {

std::vector<Figure> map_figures(const FigureInputs& inputs) {
    if (!inputs.maps) return {};
    std::vector<Figure> maps = {icb_status_map(), icb_composite_map(), trust_status_map()};
    // The caption mentions the inset only when the region boundaries let the maps draw one.
    if (inset_extent(*inputs.maps, inputs.style)) {
        for (auto& f : maps)
            f.caption += " " + inputs.style.theme().map.inset.region_name + " is enlarged in the inset.";
    }
    return maps;
}

}  // namespace dspt::figures
