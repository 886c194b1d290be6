#include "geo/prepared_layer.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <limits>
#include <unordered_map>
#include <utility>

namespace dspt::geo {

namespace {

bool less_xy(XY a, XY b) { return a.x < b.x || (a.x == b.x && a.y < b.y); }
bool same_xy(XY a, XY b) { return a.x == b.x && a.y == b.y; }

double dist2(XY a, XY b) {
    const double dx = a.x - b.x, dy = a.y - b.y;
    return dx * dx + dy * dy;
}

// Squared distance from p to the segment ab (to the point a when a == b: a closed arc).
double segment_dist2(XY p, XY a, XY b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    if (len2 == 0) return dist2(p, a);
    double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / len2;
    t = std::clamp(t, 0.0, 1.0);
    return dist2(p, XY{a.x + t * dx, a.y + t * dy});
}

// The Douglas–Peucker split of pts[i..j]: the interior point farthest from the chord
// (the first one on ties, so the result depends only on the stored order).
std::pair<std::size_t, double> farthest(const XY* pts, std::size_t i, std::size_t j) {
    double best = -1;
    std::size_t at = i + 1;
    for (std::size_t k = i + 1; k < j; ++k) {
        const double d = segment_dist2(pts[k], pts[i], pts[j]);
        if (d > best) {
            best = d;
            at = k;
        }
    }
    return {at, best};
}

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
    XY point(std::uint32_t id) const { return points_[id]; }
    // Once every vertex has its id, the table is no longer needed (16 MB for 2 M vertices).
    void release_table() { slots_ = {}; }

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

// A ring as vertex ids: without its closing point and without repeated consecutive points.
std::vector<std::uint32_t> open_ring_ids(const Ring& ring, VertexIndex& index) {
    std::vector<std::uint32_t> out;
    out.reserve(ring.size());
    for (const XY& p : ring) {
        const std::uint32_t id = index.id(p);
        if (out.empty() || out.back() != id) out.push_back(id);
    }
    while (out.size() > 1 && out.front() == out.back()) out.pop_back();
    return out;
}

// Where a ring with no junction is cut, independent of where it starts and which way it
// turns: its lexicographically smallest vertex and the vertex farthest from that.
std::pair<std::uint32_t, std::uint32_t> loop_anchors(const std::vector<std::uint32_t>& ids,
                                                     const VertexIndex& index) {
    std::uint32_t s = ids.front();
    for (const std::uint32_t v : ids)
        if (less_xy(index.point(v), index.point(s))) s = v;
    std::uint32_t f = s;
    double best = -1;
    for (const std::uint32_t v : ids) {
        const double d = dist2(index.point(v), index.point(s));
        if (d > best || (d == best && less_xy(index.point(v), index.point(f)))) {
            best = d;
            f = v;
        }
    }
    return {s, f};
}

// Douglas–Peucker over one arc, recording for every interior point the squared distance
// at which it was split off, clamped by its parent's threshold (monotone down the tree).
// An explicit stack, so a 100 k-point arc cannot overflow the call stack.
void assign_thresholds(const XY* pts, double* t, std::size_t n) {
    t[0] = t[n - 1] = kAlwaysKept;
    struct Span {
        std::size_t i, j;
        double parent;
    };
    std::vector<Span> stack;
    if (n > 2) stack.push_back({0, n - 1, kAlwaysKept});
    while (!stack.empty()) {
        const Span s = stack.back();
        stack.pop_back();
        const auto [k, d] = farthest(pts, s.i, s.j);
        t[k] = std::min(d, s.parent);
        if (k - s.i > 1) stack.push_back({s.i, k, t[k]});
        if (s.j - k > 1) stack.push_back({k, s.j, t[k]});
    }
}

// Makes sure a ring keeps at least three distinct vertices at every tolerance: while it
// has fewer that are always kept, the next Douglas–Peucker split under an always-kept
// vertex (the farthest one over the ring's arcs) becomes always kept too. Thresholds stay
// monotone, and an arc shared with a neighbour changes for both sides alike.
void keep_three(PreparedLayer& out, const PreparedRing& ring) {
    for (;;) {
        std::vector<XY> kept;
        for (const ArcRef a : ring.arcs) {
            const PreparedArc& arc = out.arcs[arc_index(a)];
            for (std::uint32_t i = arc.begin; i < arc.end; ++i)
                if (out.threshold2[i] == kAlwaysKept) kept.push_back(out.points[i]);
        }
        std::sort(kept.begin(), kept.end(), less_xy);
        kept.erase(std::unique(kept.begin(), kept.end(), same_xy), kept.end());
        if (kept.size() >= 3) return;
        std::size_t best_at = 0;
        double best = -1;
        for (const ArcRef a : ring.arcs) {
            const PreparedArc& arc = out.arcs[arc_index(a)];
            std::size_t prev = arc.begin;
            for (std::size_t i = arc.begin + 1; i < arc.end; ++i) {
                if (out.threshold2[i] != kAlwaysKept) continue;
                if (i - prev > 1) {
                    const auto [k, d] = farthest(out.points.data(), prev, i);
                    if (d > best) {
                        best = d;
                        best_at = k;
                    }
                }
                prev = i;
            }
        }
        if (best < 0) return;  // nothing left to keep: the ring has fewer than 3 distinct points
        out.threshold2[best_at] = kAlwaysKept;
    }
}

}  // namespace

PreparedLayer prepare_layer(const Layer& layer) {
    PreparedLayer out;
    out.features.resize(layer.features.size());

    // 1. Every distinct vertex gets an id; each ring becomes a cycle of ids.
    std::size_t total = 0;
    for (const auto& f : layer.features)
        for (const auto& r : f.rings) total += r.size();
    VertexIndex index(total);
    std::vector<std::vector<std::vector<std::uint32_t>>> ids(layer.features.size());
    for (std::size_t fi = 0; fi < layer.features.size(); ++fi) {
        out.features[fi].bbox = layer.features[fi].bbox;
        for (const Ring& r : layer.features[fi].rings) {
            auto rid = open_ring_ids(r, index);
            // Fewer than 3 distinct points encloses nothing.
            if (rid.size() >= 3) ids[fi].push_back(std::move(rid));
        }
    }
    index.release_table();

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
    n1 = {};
    n2 = {};
    // A ring without junctions is cut at two canonical anchors; a matching ring (the hole
    // around an enclave) finds the same ones.
    for (const auto& fids : ids)
        for (const auto& rid : fids) {
            if (std::any_of(rid.begin(), rid.end(), [&](std::uint32_t v) { return junction[v] != 0; }))
                continue;
            const auto [s, f] = loop_anchors(rid, index);
            junction[s] = junction[f] = 1;
        }

    // 3. Cut every ring into arcs between junctions; an arc walked before (by this ring's
    // neighbour, usually backwards) is found by its first directed edge, as between
    // junctions the path on from an edge is determined.
    std::unordered_map<std::uint64_t, ArcRef> by_edge;
    auto edge = [](std::uint32_t a, std::uint32_t b) { return (static_cast<std::uint64_t>(a) << 32) | b; };
    out.points.reserve(index.size() + index.size() / 8);
    std::vector<std::uint32_t> walk;
    for (std::size_t fi = 0; fi < ids.size(); ++fi) {
        for (const auto& rid : ids[fi]) {
            const std::size_t m = rid.size();
            std::size_t start = 0;
            while (!junction[rid[start]]) ++start;
            PreparedRing ring;
            for (std::size_t k = 0; k < m;) {
                walk.clear();
                walk.push_back(rid[(start + k) % m]);
                do {
                    ++k;
                    walk.push_back(rid[(start + k) % m]);
                } while (!junction[walk.back()]);
                ArcRef ref;
                if (auto it = by_edge.find(edge(walk[0], walk[1])); it != by_edge.end()) {
                    ref = it->second;
                } else {
                    // Stored in a canonical direction: smaller end point first; for a closed
                    // arc, the smaller of the two points next to its end.
                    const std::size_t n = walk.size();
                    bool reverse = less_xy(index.point(walk[n - 1]), index.point(walk[0]));
                    if (walk[0] == walk[n - 1])
                        reverse = less_xy(index.point(walk[n - 2]), index.point(walk[1]));
                    PreparedArc arc;
                    arc.begin = static_cast<std::uint32_t>(out.points.size());
                    for (std::size_t i = 0; i < n; ++i) {
                        const XY p = index.point(walk[reverse ? n - 1 - i : i]);
                        out.points.push_back(p);
                        arc.bbox.extend(p);
                    }
                    arc.end = static_cast<std::uint32_t>(out.points.size());
                    const auto idx = static_cast<ArcRef>(out.arcs.size());
                    out.arcs.push_back(arc);
                    by_edge[edge(walk[0], walk[1])] = reverse ? ~idx : idx;
                    by_edge[edge(walk[n - 1], walk[n - 2])] = reverse ? idx : ~idx;
                    ref = reverse ? ~idx : idx;
                }
                PreparedArc& arc = out.arcs[arc_index(ref)];
                ++arc.uses;
                const auto feature = static_cast<std::int32_t>(fi);
                if (arc.feature[0] < 0)
                    arc.feature[0] = feature;
                else if (arc.feature[1] < 0)
                    arc.feature[1] = feature;
                ring.bbox.extend(arc.bbox);
                ring.arcs.push_back(ref);
            }
            out.features[fi].rings.push_back(std::move(ring));
        }
    }
    ids = {};

    // 4. Removal thresholds, arc by arc in the stored direction, then no ring below three
    // vertices.
    out.threshold2.assign(out.points.size(), 0.0);
    for (const PreparedArc& arc : out.arcs)
        assign_thresholds(out.points.data() + arc.begin, out.threshold2.data() + arc.begin,
                          arc.end - arc.begin);
    for (const PreparedFeature& f : out.features)
        for (const PreparedRing& r : f.rings) keep_three(out, r);
    return out;
}

Ring ring_at(const PreparedLayer& layer, const PreparedRing& ring, double tolerance) {
    Ring out;
    for (std::size_t k = 0; k < ring.arcs.size(); ++k)
        for_each_kept(layer, ring.arcs[k], tolerance, k > 0, [&](XY p) { out.push_back(p); });
    return out;
}

Layer layer_at(const PreparedLayer& layer, const Layer& source, double tolerance) {
    Layer out;
    out.path = source.path;
    out.crs = source.crs;
    out.features.reserve(source.features.size());
    for (std::size_t fi = 0; fi < source.features.size(); ++fi) {
        const Feature& f = source.features[fi];
        Feature g{{}, f.attributes, f.bbox, f.record};
        for (const PreparedRing& r : layer.features[fi].rings)
            g.rings.push_back(ring_at(layer, r, tolerance));
        out.features.push_back(std::move(g));
    }
    recompute_bboxes(out);
    return out;
}

}  // namespace dspt::geo
