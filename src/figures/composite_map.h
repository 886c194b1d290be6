#pragma once
// The ICB composite score map: each ICB shaded on the continuous diverging score scale
// (ScoreScale, shared with the ranked score chart) centred on 0, with a colour bar legend.
// An ICB without a score is hatched "no data", never a scale colour.
#include "draw/canvas.h"
#include "figures/england_map.h"
#include "figures/figure.h"

namespace dspt::figures {

Figure icb_composite_map();
EnglandMapSpec icb_composite_map_spec(const draw::Canvas& canvas, const FigureInputs& inputs);

}  // namespace dspt::figures
