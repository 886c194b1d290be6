#pragma once
// Simplification to output resolution: a ring keeps only detail larger than
// `tolerance` (map units). Used so full-resolution boundaries render as fast and as
// clean as generalised ones, and PDFs stay small.
#include "geo/layer.h"

//
// Douglas–Peucker, made topology-aware: neighbouring ICBs share their borders vertex for
// vertex, and simplifying each ring on its own would cut a shared border differently on
// each side (slivers and gaps). simplify_layer instead finds the junctions (vertices with
// other than two distinct neighbours over all rings: where three borders meet, where a
// shared border meets the coast) and simplifies each arc between junctions once, in a
// canonical direction, so both rings get bit-identical points. Output vertices are a
// subset of the input's; deterministic.
//
// Rings: never fewer than 4 points (3 distinct + closing). A ring that would collapse
// keeps its vertices (and so do its neighbours along it). In simplify_layer a ring whose
// bbox is below `tolerance` in both directions and which touches no other ring at a
// junction (an island, or an enclave together with its matching hole) is dropped as
// sub-pixel, but a feature always keeps at least one ring (its largest, unsimplified).

namespace dspt::geo {

// One ring on its own (no neighbours to agree with): anchored at its lexicographically
// smallest vertex and the vertex farthest from it, so the result does not depend on where
// the ring starts or which way it winds. A collapsing ring is returned unchanged.
// tolerance <= 0: unchanged.
Ring simplify_ring(const Ring& ring, double tolerance);
// The whole layer, shared borders kept identical (see above). tolerance <= 0: unchanged.
Layer simplify_layer(const Layer& layer, double tolerance);

}  // namespace dspt::geo
