#pragma once
// The ICB status map: each ICB filled by its own short status, thin white ICB borders,
// darker NHS region borders on top, a legend with the number of ICBs per status (all five
// listed, even at 0), the London inset and a scale bar.
#include "draw/canvas.h"
#include "figures/england_map.h"
#include "figures/figure.h"
#include "figures/map_legend.h"

namespace dspt::figures {

Figure icb_status_map();
// What the figure draws (tests use it with plan_england_map to find pixels).
EnglandMapSpec icb_status_map_spec(const draw::Canvas& canvas, const FigureInputs& inputs);
// The legend: all five statuses with the number of ICBs in each (0 included), and a "no data"
// row when a boundary polygon has no ICB in the data.
MapLegend icb_status_legend(const FigureInputs& inputs);

}  // namespace dspt::figures
