#pragma once
// The London inset of every England map: the five London ICBs are too small at national
// scale, so they are drawn again, larger, in a framed box in the map's reserved panel, and
// a locator rectangle on the main map shows where the box's view comes from.
#include <functional>
#include <string>

#include "draw/canvas.h"
#include "figures/map_layout.h"
#include "style/style.h"

namespace dspt::figures {

// Paints a map's content into one frame (called for the main map and for the inset).
using MapPainter = std::function<void(draw::Canvas&, const MapFrame&)>;

// Frame, title band (map.inset.title, e.g. "London"), then `paint` clipped to the inset map.
void draw_london_inset(draw::Canvas& canvas, const EnglandMapLayout& layout, const style::Style& style,
                       const MapPainter& paint);

// The inset's extent outlined on the main map.
void draw_inset_locator(draw::Canvas& canvas, const EnglandMapLayout& layout, const style::Style& style);

}  // namespace dspt::figures
