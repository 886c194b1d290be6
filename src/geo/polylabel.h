#pragma once
// Pole of inaccessibility (mapbox polylabel's algorithm): the interior point farthest
// from the polygon's edges. The anchor for a label: centroids fall outside coastal shapes.
#include <vector>

#include "geo/layer.h"

namespace dspt::geo {

XY polylabel(const std::vector<Ring>& rings, double precision);

}  // namespace dspt::geo
