#include "geo/simplify.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <utility>

namespace dspt::geo {

namespace detail {

bool less_xy(XY a, XY b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }
bool same_xy(XY a, XY b) { return a.x == b.x && a.y == b.y; }

double dist2(XY a, XY b) {
    const double dx = a.x - b.x, dy = a.y - b.y;
    return dx * dx + dy * dy;
}

// Squared distance from p to the segment ab (a point when a == b, as for a closed loop).
double segment_dist2(XY p, XY a, XY b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    if (len2 == 0) return dist2(p, a);
    double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
    t = std::clamp(t, 0.0, 1.0);
    return dist2(p, XY{a.x + t * dx, a.y + t * dy});
}

// Douglas–Peucker on an open polyline, endpoints kept; an explicit stack so a 100k-point
// arc cannot overflow the call stack. Ties go to the first point, so the result depends
// only on the order of `pts` — callers make that order canonical.
std::vector<XY> douglas_peucker(const std::vector<XY>& pts, double tolerance) {
    const std::size_t n = pts.size();
    if (n <= 2) return pts;
    const double tol2 = tolerance * tolerance;
    std::vector<char> keep(n, 0);
    keep[0] = keep[n - 1] = 1;
    std::vector<std::pair<std::size_t, std::size_t>> stack{{0, n - 1}};
    while (!stack.empty()) {
        auto [i, j] = stack.back();
        stack.pop_back();
        double best = -1;
        std::size_t at = 0;
        for (std::size_t k = i + 1; k < j; ++k) {
            const double d = segment_dist2(pts[k], pts[i], pts[j]);
            if (d > best) {
                best = d;
                at = k;
            }
        }
        if (best > tol2) {
            keep[at] = 1;
            if (at - i > 1) stack.push_back({i, at});
            if (j - at > 1) stack.push_back({at, j});
        }
    }
    std::vector<XY> out;
    for (std::size_t k = 0; k < n; ++k)
        if (keep[k]) out.push_back(pts[k]);
    return out;
}

// Simplifies an arc the same way whichever direction it is walked in: the arc is put in
// a canonical direction first (smaller end first), so the two rings that share a border
// get bit-identical results and no sliver or gap can open between them.
std::vector<XY> simplify_arc(std::vector<XY> arc, double tolerance) {
    const std::size_t n = arc.size();
    bool reverse = less_xy(arc[n - 1], arc[0]);
    if (same_xy(arc[0], arc[n - 1]) && n > 2) reverse = less_xy(arc[n - 2], arc[1]);
    if (reverse) std::reverse(arc.begin(), arc.end());
    std::vector<XY> out = douglas_peucker(arc, tolerance);
    if (reverse) std::reverse(out.begin(), out.end());
    return out;
}

// The ring without its closing point and without repeated consecutive points.
std::vector<XY> open_ring(const Ring& ring) {
    std::vector<XY> out;
    out.reserve(ring.size());
    for (const XY& p : ring)
        if (out.empty() || !same_xy(out.back(), p)) out.push_back(p);
    while (out.size() > 1 && same_xy(out.front(), out.back())) out.pop_back();
    return out;
}

// Appends pts[from..to] (cyclic, inclusive) of an open ring.
std::vector<XY> cyclic_run(const std::vector<XY>& pts, std::size_t from, std::size_t to) {
    std::vector<XY> run;
    const std::size_t n = pts.size();
    for (std::size_t i = from;; i = (i + 1) % n) {
        run.push_back(pts[i]);
        if (i == to && run.size() > 1) break;
    }
    return run;
}

// Simplifies the open ring between fixed vertices `nodes` (ring indices in walking order).
Ring simplify_between(const std::vector<XY>& pts, const std::vector<std::size_t>& nodes, double tolerance) {
    Ring out;
    for (std::size_t k = 0; k < nodes.size(); ++k) {
        const std::size_t a = nodes[k], b = nodes[(k + 1) % nodes.size()];
        std::vector<XY> arc = simplify_arc(cyclic_run(pts, a, b), tolerance);
        out.insert(out.end(), arc.begin(), arc.end() - 1);
    }
    out.push_back(out.front());
    return out;
}

// A ring with no junction is its own loop (an island, or a hole matched by an enclave).
// Its anchors must not depend on where the ring happens to start or which way it turns:
// the lexicographically smallest vertex and the vertex farthest from it.
std::vector<std::size_t> loop_anchors(const std::vector<XY>& pts) {
    std::size_t s = 0;
    for (std::size_t i = 1; i < pts.size(); ++i)
        if (less_xy(pts[i], pts[s])) s = i;
    std::size_t f = s;
    double best = -1;
    for (std::size_t i = 0; i < pts.size(); ++i) {
        const double d = dist2(pts[i], pts[s]);
        if (d > best || (d == best && less_xy(pts[i], pts[f]))) {
            best = d;
            f = i;
        }
    }
    if (f == s) return {s};
    return {s, f};
}

std::size_t distinct_points(const Ring& r) { return r.empty() ? 0 : r.size() - 1; }

// Distinct vertices by exact coordinates (bitwise; +0.0 == -0.0): open addressing with
// linear probing, as a node-based map of 2 M vertices spends most of its time in malloc.
class VertexIndex {
public:
    explicit VertexIndex(std::size_t expected) {
        std::size_t cap = 16;
        while (cap < expected * 2) cap <<= 1;
        slots_.assign(cap, kEmpty);
        mask_ = cap - 1;
        points_.reserve(expected);
    }
    std::uint32_t id(XY p) {
        p.x += 0.0;  // -0.0 -> +0.0
        p.y += 0.0;
        std::size_t i = hash(p) & mask_;
        for (;; i = (i + 1) & mask_) {
            const std::uint32_t s = slots_[i];
            if (s == kEmpty) {
                slots_[i] = static_cast<std::uint32_t>(points_.size());
                points_.push_back(p);
                return slots_[i];
            }
            if (same_xy(points_[s], p)) return s;
        }
    }
    std::size_t size() const { return points_.size(); }

private:
    static constexpr std::uint32_t kEmpty = std::numeric_limits<std::uint32_t>::max();
    static std::size_t hash(XY p) {
        std::uint64_t h =
            std::bit_cast<std::uint64_t>(p.x) * 0x9E3779B97F4A7C15ULL ^ std::bit_cast<std::uint64_t>(p.y);
        h ^= h >> 31;
        h *= 0xBF58476D1CE4E5B9ULL;
        h ^= h >> 29;
        return static_cast<std::size_t>(h);
    }
    std::vector<std::uint32_t> slots_;
    std::vector<XY> points_;
    std::size_t mask_ = 0;
};

}  // namespace detail

Ring simplify_ring(const Ring& ring, double tolerance) {
    if (!(tolerance > 0)) return ring;
    const std::vector<XY> pts = detail::open_ring(ring);
    if (pts.size() < 3) return ring;
    Ring out = detail::simplify_between(pts, detail::loop_anchors(pts), tolerance);
    // Never fewer than 3 distinct points: a collapsed ring keeps its original shape.
    return detail::distinct_points(out) >= 3 ? out : ring;
}

Layer simplify_layer(const Layer& layer, double tolerance) {
    if (!(tolerance > 0)) return layer;
    // The output: everything but the rings (copying 2 M input points only to replace them
    // would cost as much as the simplification).
    Layer out;
    out.path = layer.path;
    out.crs = layer.crs;
    out.features.reserve(layer.features.size());
    for (const Feature& f : layer.features)
        out.features.push_back(Feature{{}, f.attributes, f.bbox, f.record});

    // 1. Every distinct vertex gets an id; bitwise-equal coordinates are the same vertex.
    std::vector<std::vector<std::vector<XY>>> open(layer.features.size());
    std::vector<std::vector<std::vector<std::uint32_t>>> ids(layer.features.size());
    std::size_t total = 0;
    for (const auto& f : layer.features)
        for (const auto& r : f.rings) total += r.size();
    detail::VertexIndex index(total);
    for (std::size_t fi = 0; fi < layer.features.size(); ++fi) {
        for (const Ring& r : layer.features[fi].rings) {
            open[fi].push_back(detail::open_ring(r));
            std::vector<std::uint32_t>& rid = ids[fi].emplace_back();
            rid.reserve(open[fi].back().size());
            for (const XY& p : open[fi].back()) rid.push_back(index.id(p));
        }
    }

    // 2. A vertex is a junction unless exactly two distinct neighbours surround it in every
    // ring that passes through it: where three borders meet, where a shared border ends,
    // and at spikes. Between junctions every arc is walked identically by all its rings.
    constexpr std::uint32_t none = std::numeric_limits<std::uint32_t>::max();
    std::vector<std::uint32_t> n1(index.size(), none), n2(index.size(), none);
    std::vector<char> junction(index.size(), 0);
    auto add_neighbour = [&](std::uint32_t v, std::uint32_t w) {
        if (n1[v] == w || n2[v] == w) return;
        if (n1[v] == none)
            n1[v] = w;
        else if (n2[v] == none)
            n2[v] = w;
        else
            junction[v] = 1;
    };
    for (const auto& fids : ids)
        for (const auto& rid : fids) {
            const std::size_t m = rid.size();
            for (std::size_t i = 0; i < m; ++i) {
                add_neighbour(rid[i], rid[(i + m - 1) % m]);
                add_neighbour(rid[i], rid[(i + 1) % m]);
            }
        }
    for (std::size_t v = 0; v < junction.size(); ++v)
        if (n2[v] == none) junction[v] = 1;

    // 3. Simplify each ring arc by arc between its junctions. A ring that would collapse
    // (fewer than 3 distinct points; thin slivers between two junctions) has all its
    // vertices made junctions and everything is redone, so its neighbours keep the same
    // points too. Junctions only grow, so this ends; in practice after one or two rounds.
    std::vector<std::vector<char>> drop(out.features.size());
    std::vector<std::vector<Ring>> result(out.features.size());
    for (;;) {
        bool collapsed_any = false;
        for (std::size_t fi = 0; fi < out.features.size(); ++fi) {
            const std::size_t nr = layer.features[fi].rings.size();
            result[fi].assign(nr, Ring{});
            drop[fi].assign(nr, 0);
            for (std::size_t ri = 0; ri < nr; ++ri) {
                const std::vector<XY>& pts = open[fi][ri];
                const std::vector<std::uint32_t>& rid = ids[fi][ri];
                std::vector<std::size_t> nodes;
                for (std::size_t i = 0; i < pts.size(); ++i)
                    if (junction[rid[i]]) nodes.push_back(i);
                BBox box;
                for (const XY& p : pts) box.extend(p);
                // Invisible at the output resolution: dropped (a feature keeps at least one
                // ring, below). Only rings attached to nothing else, or matched exactly by
                // another sub-tolerance loop (an enclave and its hole, dropped together):
                // dropping a ring that meets a neighbour would leave a gap beside it.
                if (nodes.empty() && box.width() < tolerance && box.height() < tolerance) {
                    drop[fi][ri] = 1;
                    continue;
                }
                if (pts.size() < 3) {
                    result[fi][ri] = layer.features[fi].rings[ri];
                    continue;
                }
                if (nodes.empty()) nodes = detail::loop_anchors(pts);
                result[fi][ri] = detail::simplify_between(pts, nodes, tolerance);
                if (detail::distinct_points(result[fi][ri]) < 3) {
                    collapsed_any = true;
                    for (std::uint32_t v : rid) junction[v] = 1;
                }
            }
        }
        if (!collapsed_any) break;
    }
    for (std::size_t fi = 0; fi < out.features.size(); ++fi) {
        const Feature& f = layer.features[fi];
        std::vector<Ring> rings;
        std::size_t largest = 0;
        double largest_extent = -1;
        for (std::size_t ri = 0; ri < f.rings.size(); ++ri) {
            if (!drop[fi][ri]) {
                rings.push_back(std::move(result[fi][ri]));
                continue;
            }
            BBox b;
            for (const XY& p : f.rings[ri]) b.extend(p);
            if (b.width() * b.height() > largest_extent) {
                largest_extent = b.width() * b.height();
                largest = ri;
            }
        }
        // Every ring sub-tolerance: keep the biggest as it is, so the feature stays on the map.
        if (rings.empty() && !f.rings.empty()) rings.push_back(f.rings[largest]);
        out.features[fi].rings = std::move(rings);
    }
    recompute_bboxes(out);
    return out;
}

}  // namespace dspt::geo
