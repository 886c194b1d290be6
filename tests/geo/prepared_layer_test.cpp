#include "geo/prepared_layer.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <map>
#include <set>

#include "geo/shapefile_fixtures.h"
#include "geo/shapefile_reader.h"

using namespace dspt;
using namespace dspt::geo;
using namespace dspt::geo::testing;

namespace {

using Key = std::pair<double, double>;

bool closed(const Ring& r) { return r.size() >= 4 && r.front().x == r.back().x && r.front().y == r.back().y; }

std::size_t distinct(const Ring& r) {
    std::set<Key> k;
    for (const XY& p : r) k.insert({p.x, p.y});
    return k.size();
}

// A wiggly border from (10, 0) up to (10, 10): deterministic bumps under and over 1 unit.
std::vector<XY> wiggly_border() {
    std::vector<XY> pts;
    for (int i = 0; i <= 100; ++i) {
        const double y = i * 0.1;
        const double bump = (i % 25 == 12) ? 2.0 : 0.3 * std::sin(i * 1.7);
        pts.push_back({10 + (i == 0 || i == 100 ? 0 : bump), y});
    }
    return pts;
}

// Two squares sharing the wiggly border: A walks it upwards, B downwards, and each ring
// starts somewhere else so nothing about the walk is the same.
Layer adjacent_squares() {
    const auto border = wiggly_border();
    Ring a{{0, 0}, {0, 10}};
    // A: (0,0) -> (0,10) -> border top-down -> back to (0,0).
    for (auto it = border.rbegin(); it != border.rend(); ++it) a.push_back(*it);
    a.push_back({0, 0});
    // B: starts at (20, 5), goes to (20,0), border bottom-up, (20,10), back.
    Ring b{{20, 5}, {20, 0}};
    for (const XY& p : border) b.push_back(p);
    b.push_back({20, 10});
    b.push_back({20, 5});
    Layer layer;
    layer.features.resize(2);
    layer.features[0].rings = {a};
    layer.features[1].rings = {b};
    recompute_bboxes(layer);
    return layer;
}

// The points of `ring` on the shared border's x range (9 < x < 13), in walking order from
// the ring's lowest border point, so two rings walking the border either way compare.
std::vector<Key> border_points(const Ring& ring) {
    std::vector<Key> out;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        if (ring[i].x > 9 && ring[i].x < 13) out.push_back({ring[i].x, ring[i].y});
    // The ring may start in the middle of the border: rotate to its lowest point first.
    auto low = std::min_element(out.begin(), out.end(), [](Key a, Key b) { return a.second < b.second; });
    std::rotate(out.begin(), low, out.end());
    if (out.size() > 1 && out[1].second < out.back().second) return out;
    std::reverse(out.begin() + 1, out.end());
    return out;
}

// Vertex -> the features whose rings hold it.
std::map<Key, std::set<std::size_t>> owners(const Layer& layer) {
    std::map<Key, std::set<std::size_t>> out;
    for (std::size_t f = 0; f < layer.features.size(); ++f)
        for (const Ring& r : layer.features[f].rings)
            for (const XY& p : r) out[{p.x, p.y}].insert(f);
    return out;
}

// Shared-border violations: a vertex kept by one feature that another feature had on its
// original boundary but dropped. Each one is a sliver or gap between neighbours.
std::size_t border_mismatches(const Layer& original, const Layer& simplified) {
    const auto before = owners(original);
    const auto after = owners(simplified);
    std::size_t bad = 0;
    for (const auto& [p, kept_by] : after) {
        const auto& had = before.at(p);
        for (std::size_t f : had)
            if (!kept_by.count(f)) ++bad;
    }
    return bad;
}

double seg_dist2(XY p, XY a, XY b) {
    const double dx = b.x - a.x, dy = b.y - a.y;
    const double len2 = dx * dx + dy * dy;
    if (len2 == 0) return (p.x - a.x) * (p.x - a.x) + (p.y - a.y) * (p.y - a.y);
    const double t = std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / len2, 0.0, 1.0);
    const double ex = a.x + t * dx - p.x, ey = a.y + t * dy - p.y;
    return ex * ex + ey * ey;
}

// Textbook recursive Douglas–Peucker on pts[i..j]: marks the points it keeps.
void reference_dp(const std::vector<XY>& pts, std::size_t i, std::size_t j, double tol2,
                  std::vector<char>& keep) {
    if (j - i < 2) return;
    std::size_t at = i + 1;
    double best = -1;
    for (std::size_t k = i + 1; k < j; ++k) {
        const double d = seg_dist2(pts[k], pts[i], pts[j]);
        if (d > best) {
            best = d;
            at = k;
        }
    }
    if (best <= tol2) return;
    keep[at] = 1;
    reference_dp(pts, i, at, tol2, keep);
    reference_dp(pts, at, j, tol2, keep);
}

// Walks the Douglas–Peucker split tree of one arc, checking that every split point's
// threshold is its own split distance clamped by its parent's: never above the parent.
std::size_t threshold_violations(const PreparedLayer& l, const PreparedArc& arc) {
    std::size_t bad = 0;
    struct Span {
        std::size_t i, j;
        double parent;
        bool raised;  // the parent was made always kept for its ring's sake
    };
    std::vector<Span> stack{{arc.begin, arc.end - 1, kAlwaysKept, false}};
    while (!stack.empty()) {
        const Span s = stack.back();
        stack.pop_back();
        if (s.j - s.i < 2) continue;
        std::size_t at = s.i + 1;
        double best = -1;
        for (std::size_t k = s.i + 1; k < s.j; ++k) {
            const double d = seg_dist2(l.points[k], l.points[s.i], l.points[s.j]);
            if (d > best) {
                best = d;
                at = k;
            }
        }
        const double t = l.threshold2[at];
        // Always kept (a ring's minimum) is allowed; otherwise exactly min(split, parent),
        // or below that under a parent raised to always kept.
        if (t != kAlwaysKept && (t > s.parent || (s.raised ? t > best : t != std::min(best, s.parent))))
            ++bad;
        stack.push_back({s.i, at, t, t == kAlwaysKept});
        stack.push_back({at, s.j, t, t == kAlwaysKept});
    }
    return bad;
}

Layer sample_icbs() {
    io::Warnings warnings;
    return read_polygon_shapefile(kIcbShp, "EPSG:27700", warnings);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(prepared_layer)

BOOST_AUTO_TEST_CASE(a_shared_border_is_one_arc_identical_on_both_sides_at_every_tolerance) {
    const Layer layer = adjacent_squares();
    const PreparedLayer p = prepare_layer(layer);
    // The border is stored once: A and B refer to the same arc, one of them backwards.
    std::size_t shared = 0;
    for (const PreparedArc& arc : p.arcs) {
        if (arc.uses == 2) {
            ++shared;
            BOOST_TEST(arc.feature[0] == 0);
            BOOST_TEST(arc.feature[1] == 1);
            BOOST_TEST(arc.end - arc.begin == 101u);
        }
    }
    BOOST_TEST(shared == 1u);
    for (const double tol : {0.0, 0.1, 0.3, 1.0, 2.5, 5.0, 50.0}) {
        BOOST_TEST_CONTEXT("tolerance " << tol) {
            const Layer s = layer_at(p, layer, tol);
            const Ring& sa = s.features[0].rings.at(0);
            const Ring& sb = s.features[1].rings.at(0);
            BOOST_TEST(closed(sa));
            BOOST_TEST(closed(sb));
            const auto pa = border_points(sa), pb = border_points(sb);
            BOOST_TEST(pa == pb);
            BOOST_TEST(border_mismatches(layer, s) == 0u);
            if (tol == 1.0) {
                BOOST_TEST(sa.size() < layer.features[0].rings[0].size() / 4);  // it did simplify
                // Every bump of 2 units (more than the tolerance) is still there in both.
                std::size_t bumps = 0;
                for (const auto& [x, y] : pa) bumps += (x == 12.0);
                BOOST_TEST(bumps == 4u);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(tolerance_zero_returns_every_vertex) {
    const Layer layer = adjacent_squares();
    const PreparedLayer p = prepare_layer(layer);
    const Layer s = layer_at(p, layer, 0);
    BOOST_TEST(s.vertex_count() == layer.vertex_count());
    BOOST_TEST((owners(s) == owners(layer)));
    // The sample boundaries: every ring, every vertex (less a repeated point or two).
    const Layer icb = sample_icbs();
    const PreparedLayer pi = prepare_layer(icb);
    const Layer si = layer_at(pi, icb, -1);
    BOOST_TEST((owners(si) == owners(icb)));
    for (std::size_t f = 0; f < icb.features.size(); ++f) {
        BOOST_TEST(si.features[f].rings.size() == icb.features[f].rings.size());
        for (std::size_t r = 0; r < icb.features[f].rings.size(); ++r)
            BOOST_TEST(distinct(si.features[f].rings[r]) == distinct(icb.features[f].rings[r]));
    }
}

BOOST_AUTO_TEST_CASE(thresholds_are_monotone_and_filtering_is_douglas_peucker) {
    const Layer icb = sample_icbs();
    const PreparedLayer p = prepare_layer(icb);
    // Down every arc's split tree a vertex never outlives the vertex it was split under, so
    // the vertices removed first (lowest threshold) are the leaves of the tree.
    std::size_t bad = 0;
    for (const PreparedArc& arc : p.arcs) bad += threshold_violations(p, arc);
    BOOST_TEST(bad == 0u);
    // Hence one filter is exactly Douglas–Peucker at any tolerance, arc by arc, and what a
    // coarser tolerance keeps is a subset of what a finer one keeps.
    std::vector<char> kept_before(p.points.size(), 1);
    for (const double tol : {1.0, 50.0, 300.0, 1000.0, 5000.0}) {
        std::size_t differ = 0, grew = 0;
        for (const PreparedArc& arc : p.arcs) {
            const std::vector<XY> pts(p.points.begin() + arc.begin, p.points.begin() + arc.end);
            std::vector<char> keep(pts.size(), 0);
            keep.front() = keep.back() = 1;
            reference_dp(pts, 0, pts.size() - 1, tol * tol, keep);
            for (std::size_t i = 0; i < pts.size(); ++i) {
                const bool kept = p.threshold2[arc.begin + i] > tol * tol;
                // Raised to keep a ring at three vertices: kept where DP would drop it.
                if (kept != (keep[i] != 0) && p.threshold2[arc.begin + i] != kAlwaysKept) ++differ;
                if (kept && !kept_before[arc.begin + i]) ++grew;
                kept_before[arc.begin + i] = kept;
            }
        }
        BOOST_TEST(differ == 0u, "tolerance " << tol);
        BOOST_TEST(grew == 0u, "tolerance " << tol);
    }
}

BOOST_AUTO_TEST_CASE(islands_are_never_dropped) {
    Layer layer;
    layer.features.resize(2);
    // A mainland with an island far smaller than the tolerance, and a feature that is only
    // a tiny island: both keep a triangle at least.
    layer.features[0].rings = {square(0, 0, 100, 100), square(200, 200, 200.5, 200.5)};
    layer.features[1].rings = {Ring{{300, 300},
                                    {300.2, 300.1},
                                    {300.4, 300},
                                    {300.3, 300.3},
                                    {300.2, 300.05},
                                    {300.1, 300.3},
                                    {300, 300}}};
    recompute_bboxes(layer);
    const PreparedLayer p = prepare_layer(layer);
    for (const double tol : {0.01, 1.0, 5.0, 1000.0}) {
        const Layer s = layer_at(p, layer, tol);
        BOOST_TEST_CONTEXT("tolerance " << tol) {
            BOOST_TEST(s.features[0].rings.size() == 2u);
            BOOST_TEST(s.features[1].rings.size() == 1u);
            for (const Feature& f : s.features)
                for (const Ring& r : f.rings) {
                    BOOST_TEST(closed(r));
                    BOOST_TEST(distinct(r) >= 3u);
                }
        }
    }
    // The real boundaries: every ring of every ICB (the Isles of Scilly, the islands of the
    // Solent, every rock off the coast) is still there far beyond any map's tolerance.
    const Layer icb = sample_icbs();
    const PreparedLayer pi = prepare_layer(icb);
    const Layer coarse = layer_at(pi, icb, 20000);
    std::size_t rings = 0, small = 0;
    for (std::size_t f = 0; f < icb.features.size(); ++f) {
        BOOST_TEST(coarse.features[f].rings.size() == icb.features[f].rings.size());
        for (const Ring& r : coarse.features[f].rings) {
            ++rings;
            BOOST_TEST(distinct(r) >= 3u);
        }
        for (const Ring& r : icb.features[f].rings) {
            const BBox b = bbox_of({r});
            small += std::max(b.width(), b.height()) < 2000;
        }
    }
    BOOST_TEST(rings > 42u);
    BOOST_TEST(small > 10u);  // the check has small islands to keep
}

BOOST_AUTO_TEST_CASE(an_enclave_and_its_hole_stay_one_loop) {
    // A ring with no junction shared by two features (an enclave and the hole around it)
    // is cut at the same anchors from both sides: identical at every tolerance.
    Ring enclave;
    for (int i = 0; i < 60; ++i) {
        const double a = i * 2 * M_PI / 60;
        const double r = 10 + (i % 7 == 3 ? 2 : 0.2 * std::sin(i * 1.3));
        enclave.push_back({50 + r * std::cos(a), 50 + r * std::sin(a)});
    }
    enclave.push_back(enclave.front());
    Ring hole(enclave.rbegin(), enclave.rend());
    std::rotate(hole.begin(), hole.begin() + 17, hole.end() - 1);
    hole.back() = hole.front();
    Layer layer;
    layer.features.resize(2);
    layer.features[0].rings = {square(0, 0, 100, 100), hole};
    layer.features[1].rings = {enclave};
    recompute_bboxes(layer);
    const PreparedLayer p = prepare_layer(layer);
    for (const double tol : {0.0, 0.5, 1.5, 5.0, 100.0}) {
        const Layer s = layer_at(p, layer, tol);
        std::set<Key> in_hole, in_enclave;
        for (const XY& q : s.features[0].rings.at(1)) in_hole.insert({q.x, q.y});
        for (const XY& q : s.features[1].rings.at(0)) in_enclave.insert({q.x, q.y});
        BOOST_TEST((in_hole == in_enclave), "tolerance " << tol);
        BOOST_TEST(in_enclave.size() >= 3u);
    }
}

BOOST_AUTO_TEST_CASE(icb_boundaries_filter_without_slivers) {
    const Layer icb = sample_icbs();
    const PreparedLayer p = prepare_layer(icb);
    // Shared borders stored once: fewer arc vertices than ring vertices.
    BOOST_TEST(p.points.size() < icb.vertex_count() * 4 / 5);
    for (const double tol : {100.0, 500.0, 2000.0}) {
        const Layer s = layer_at(p, icb, tol);
        BOOST_TEST_CONTEXT("tolerance " << tol) {
            BOOST_TEST(s.features.size() == 42u);
            if (tol == 500) BOOST_TEST(s.vertex_count() < icb.vertex_count() / 3);
            for (const Feature& f : s.features)
                for (const Ring& r : f.rings) BOOST_TEST(closed(r));
            BOOST_TEST(border_mismatches(icb, s) == 0u);
        }
    }
    // Deterministic.
    const PreparedLayer again = prepare_layer(icb);
    BOOST_TEST((owners(layer_at(again, icb, 500)) == owners(layer_at(p, icb, 500))));
}

BOOST_AUTO_TEST_SUITE_END()
