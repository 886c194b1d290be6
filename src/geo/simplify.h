#pragma once
// Simplification to output resolution: a ring keeps only detail larger than
// `tolerance` (map units). Used so full-resolution boundaries render as fast and as
// clean as generalised ones, and PDFs stay small.
#include "geo/layer.h"

namespace dspt::geo {

Ring simplify_ring(const Ring& ring, double tolerance);
Layer simplify_layer(const Layer& layer, double tolerance);

}  // namespace dspt::geo
