#pragma once
// The frame every England map shares: chrome (title, subtitle, source with the boundary
// attribution), the main map with its scale bar and the London locator, the legend in the
// reserved panel, and the London inset. A map only says what its legend is and how it paints
// one MapFrame; the same painter draws the main map and the inset.
#include <functional>
#include <string>

#include "draw/canvas.h"
#include "figures/chrome.h"
#include "figures/figure.h"
#include "figures/london_inset.h"
#include "figures/map_layout.h"

namespace dspt::figures {

struct MapLegendBlock {
    draw::Point size;  // what the legend needs
    std::function<void(draw::Canvas&, draw::Point top_left, double width)> draw;
};

struct EnglandMapSpec {
    ChromeText text;
    MapLegendBlock legend;
    MapPainter paint;
};

// Title + snapshot subtitle + source line naming the boundaries and their attribution
// (style key map.attribution).
ChromeText map_chrome_text(const std::string& title, const FigureInputs& inputs);

// The layout draw_england_map uses, without drawing: tests find pixels through it.
EnglandMapLayout plan_england_map(const draw::Canvas& canvas, const draw::Rect& frame,
                                  const FigureInputs& inputs, const ChromeText& text,
                                  draw::Point legend_size);

void draw_england_map(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs,
                      const EnglandMapSpec& spec);

}  // namespace dspt::figures
