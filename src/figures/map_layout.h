#pragma once
// Where the parts of an England map go inside the plot area the chrome leaves: the main
// map on one side, and a reserved panel beside it (or under it, in a tall frame) holding
// the legend and the London inset, so neither ever covers the map.
#include <optional>

#include "draw/geometry.h"
#include "figures/figure.h"
#include "figures/map_frame.h"
#include "style/style.h"

namespace dspt::figures {

struct EnglandMapLayout {
    draw::Rect plot;                // what the chrome left
    MapFrame main;                  // England
    draw::Rect panel;               // reserved space beside/under the map
    draw::Rect legend;              // top-left of the panel, the size the legend asked for
    std::optional<MapFrame> inset;  // London, when the boundaries have it
    draw::Rect inset_box;           // the inset's framed box (title band + map)
};

// The extent of the London inset: the bbox of the region whose name (style key
// map.region_name_field) is map.inset.region_name, padded by map.inset.padding.
std::optional<geo::BBox> inset_extent(const MapLayers& maps, const style::Style& style);

// The extent of the main map: every ICB and region, padded by map.padding.
geo::BBox england_extent(const MapLayers& maps, const style::Style& style);

// `legend_size`: width and height the figure's legend needs (canvas units).
// `device_pixels_per_unit`: from the canvas, for the simplification tolerance.
EnglandMapLayout layout_england_map(const draw::Rect& plot, const MapLayers& maps, const style::Style& style,
                                    draw::Point legend_size, double device_pixels_per_unit);

}  // namespace dspt::figures
