#pragma once
// The map figures of the briefing, in the order the PDF shows them. all_figures() appends
// these; empty when FigureInputs::maps is null (no boundaries given).
#include <vector>

#include "figures/figure.h"

namespace dspt::figures {

std::vector<Figure> map_figures(const FigureInputs& inputs);

}  // namespace dspt::figures
