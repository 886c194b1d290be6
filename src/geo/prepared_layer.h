#pragma once
// A polygon layer prepared once for drawing at any scale, the way mapshaper does it:
//
// - Topology: the rings are cut at their junctions (vertices with other than two distinct
//   neighbours over all rings: where three borders meet, where a shared border meets the
//   coast) into arcs, and every arc is stored once. A border between two ICBs is one arc
//   that both rings refer to, one of them walking it backwards, so the two sides cannot
//   differ at any scale: no slivers, no gaps.
// - Removal thresholds: every vertex of an arc gets the squared Douglas–Peucker distance at
//   which it goes, clamped by the vertex it was split under, so thresholds never grow
//   down the split tree. Keeping the vertices whose threshold exceeds tolerance² is then
//   exactly Douglas–Peucker at that tolerance, for every tolerance: a map frame gets its
//   paths by one linear filter, with no simplification per figure or per output.
// - Nothing vanishes: every ring keeps at least three distinct vertices (threshold +inf) at
//   every tolerance, so the smallest island is still drawn, as a triangle at least.
//
// Arcs are stored in a canonical direction (smaller end point first), so the result
// depends neither on which ring walks an arc first nor on where a ring starts. A ring
// with no junction (an island, or an enclave with its matching hole) is cut at its
// lexicographically smallest vertex and the vertex farthest from that. Deterministic.
#include <cstdint>
#include <limits>
#include <vector>

#include "geo/layer.h"

namespace dspt::geo {

// An arc of a ring: an index into PreparedLayer::arcs, or ~index when the ring walks the
// arc against its stored direction.
using ArcRef = std::int32_t;
inline bool is_reversed(ArcRef a) { return a < 0; }
inline std::size_t arc_index(ArcRef a) { return static_cast<std::size_t>(a < 0 ? ~a : a); }

struct PreparedRing {
    std::vector<ArcRef> arcs;  // in walking order; each begins where the previous one ends
    BBox bbox;                 // at full resolution
};

struct PreparedFeature {
    std::vector<PreparedRing> rings;  // rings of fewer than 3 distinct points are left out
    BBox bbox;                        // the source feature's
};

struct PreparedArc {
    std::uint32_t begin = 0, end = 0;  // [begin, end) into points and threshold2; at least 2
    BBox bbox;
    // Who uses the arc: how many ring walks (1: the coast or an edge of the layer, 2: a
    // border), and the first two features that walk it (-1: none).
    std::uint32_t uses = 0;
    std::int32_t feature[2] = {-1, -1};
};

inline constexpr double kAlwaysKept = std::numeric_limits<double>::infinity();

struct PreparedLayer {
    std::vector<XY> points;          // every arc's vertices, arc after arc
    std::vector<double> threshold2;  // per point: kept while tolerance² < threshold2
    std::vector<PreparedArc> arcs;
    std::vector<PreparedFeature> features;  // index-aligned with the source layer's features
};

// Prepares a projected layer. Bitwise-equal coordinates are the same vertex (+0.0 == -0.0).
PreparedLayer prepare_layer(const Layer& layer);

// Calls f(XY) for each vertex of arc `a` kept at `tolerance` (map units), in the direction
// the ring walks it; `skip_first` leaves out its first vertex (the end of the previous arc).
// tolerance <= 0 keeps every vertex.
template <class F>
void for_each_kept(const PreparedLayer& layer, ArcRef a, double tolerance, bool skip_first, F&& f) {
    const PreparedArc& arc = layer.arcs[arc_index(a)];
    const double tol2 = tolerance > 0 ? tolerance * tolerance : -1.0;
    const XY* pts = layer.points.data();
    const double* t = layer.threshold2.data();
    if (!is_reversed(a)) {
        for (std::uint32_t i = arc.begin + (skip_first ? 1 : 0); i < arc.end; ++i)
            if (t[i] > tol2) f(pts[i]);
    } else {
        for (std::uint32_t i = arc.end - (skip_first ? 1 : 0); i-- > arc.begin;)
            if (t[i] > tol2) f(pts[i]);
    }
}

// A ring at `tolerance`, closed (first point == last point).
Ring ring_at(const PreparedLayer& layer, const PreparedRing& ring, double tolerance);
// The whole layer at `tolerance`: `source` with every feature's rings replaced (for tests,
// benchmarks and the fuzz seeds; drawing filters the arcs directly).
Layer layer_at(const PreparedLayer& layer, const Layer& source, double tolerance);

}  // namespace dspt::geo
