#pragma once
// The map of one ICB's page and slide: zoomed to the ICB, which is filled by its own
// status; its neighbours in a neutral context colour with their borders; region borders
// and the coast traced along the same prepared arcs as every other map; its trusts as
// numbered markers in their status colours, moved apart with leader lines where they
// would overlap; a scale bar. The map costs one filter over the vertices it shows
// (geo/prepared_layer.h): nothing is simplified per ICB.
#include <optional>
#include <vector>

#include "draw/canvas.h"
#include "figures/figure.h"
#include "figures/map_frame.h"
#include "figures/marker_placement.h"
#include "stats/icb_briefs.h"

namespace dspt::figures {

struct IcbMapPlan {
    std::optional<MapFrame> frame;      // nullopt: the boundaries have no polygon for the ICB
    std::size_t feature = 0;            // the ICB's feature (when frame is set)
    std::vector<PlacedMarker> markers;  // one per mapped trust, in table order
    std::vector<int> numbers;           // the trust number each marker shows
    double radius = 0;                  // of a marker
    draw::Rect scale_box;               // the scale bar's box, which markers keep clear of
};

// Where everything goes in `area`, without drawing (tests find pixels through it).
IcbMapPlan plan_icb_map(const draw::Canvas& canvas, const draw::Rect& area, const FigureInputs& inputs,
                        const stats::IcbBrief& brief);
// Draws the map into `area`, clipped to it; returns the plan it drew.
IcbMapPlan draw_icb_map(draw::Canvas& canvas, const draw::Rect& area, const FigureInputs& inputs,
                        const stats::IcbBrief& brief);

// Its alternative text, from the run's numbers.
std::string icb_map_alt(const FigureInputs& inputs, const stats::IcbBrief& brief);

// A trust's number in a disc of its status colour (as on the map and in the tables).
void draw_numbered_marker(draw::Canvas& canvas, draw::Point centre, double radius, int number,
                          curate::Status status, const style::Style& style);

}  // namespace dspt::figures
