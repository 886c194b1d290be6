#include "geo/simplify.h"

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
std::pair<Ring, Ring> adjacent_squares() {
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
    return {a, b};
}

// The points of `ring` that lie on the shared border's x range (9 < x < 13), in order.
std::vector<Key> border_points(const Ring& ring) {
    std::vector<Key> out;
    for (std::size_t i = 0; i + 1 < ring.size(); ++i)
        if (ring[i].x > 9 && ring[i].x < 13) out.push_back({ring[i].x, ring[i].y});
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

// Shared-border violations: a vertex kept by one feature that another feature had on
// its original boundary but dropped. Each one is a sliver or gap between neighbours.
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

}  // namespace

BOOST_AUTO_TEST_SUITE(simplify)

BOOST_AUTO_TEST_CASE(adjacent_squares_keep_an_identical_border) {
    const auto [a, b] = adjacent_squares();
    Layer layer;
    layer.features.resize(2);
    layer.features[0].rings = {a};
    layer.features[1].rings = {b};
    const Layer s = simplify_layer(layer, 1.0);
    const Ring& sa = s.features[0].rings.at(0);
    const Ring& sb = s.features[1].rings.at(0);
    BOOST_TEST(closed(sa));
    BOOST_TEST(closed(sb));
    BOOST_TEST(sa.size() < a.size() / 4);  // it did simplify
    auto pa = border_points(sa);
    auto pb = border_points(sb);
    std::reverse(pb.begin(), pb.end());
    // B's ring starts mid-side, so rotate to compare the border as a polyline.
    BOOST_TEST(pa.size() >= 6u);  // the four 2-unit bumps survive, with both corners
    BOOST_TEST(pa == pb);
    // Every bump of 2 units (more than the tolerance) is still there in both.
    std::size_t bumps = 0;
    for (const auto& [x, y] : pa) bumps += (x == 12.0);
    BOOST_TEST(bumps == 4u);
    BOOST_TEST(border_mismatches(layer, s) == 0u);
}

BOOST_AUTO_TEST_CASE(independent_ring_simplification_would_open_gaps) {
    // The check above can fail: simplifying each ring on its own (as naive
    // Douglas–Peucker does) splits the shared border differently on each side.
    const auto [a, b] = adjacent_squares();
    Layer layer;
    layer.features.resize(2);
    layer.features[0].rings = {a};
    layer.features[1].rings = {b};
    Layer naive = layer;
    naive.features[0].rings = {simplify_ring(a, 1.0)};
    naive.features[1].rings = {simplify_ring(b, 1.0)};
    BOOST_TEST(border_mismatches(layer, naive) > 0u);
}

BOOST_AUTO_TEST_CASE(simplify_ring_keeps_detail_above_tolerance_and_stays_a_ring) {
    const Ring r = adjacent_squares().first;
    const Ring s = simplify_ring(r, 1.0);
    BOOST_TEST(closed(s));
    BOOST_TEST(s.size() < r.size());
    // Every dropped point is within the tolerance of the simplified ring.
    for (const XY& p : r) {
        double best = INFINITY;
        for (std::size_t i = 0; i + 1 < s.size(); ++i) {
            const XY a = s[i], b = s[i + 1];
            const double dx = b.x - a.x, dy = b.y - a.y;
            const double t =
                std::clamp(((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy), 0.0, 1.0);
            best = std::min(best, std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
        }
        BOOST_TEST(best <= 1.0 + 1e-9);
    }
    // The same ring walked the other way, from another start, simplifies to the same points.
    Ring rev(r.rbegin(), r.rend());
    std::rotate(rev.begin(), rev.begin() + 7, rev.end() - 1);
    rev.back() = rev.front();
    const Ring s2 = simplify_ring(rev, 1.0);
    std::set<Key> k1, k2;
    for (const XY& p : s) k1.insert({p.x, p.y});
    for (const XY& p : s2) k2.insert({p.x, p.y});
    BOOST_TEST((k1 == k2));
}

BOOST_AUTO_TEST_CASE(never_fewer_than_four_points) {
    const Ring tiny = square(0, 0, 1, 1);
    // A 1x1 square at tolerance 5 would collapse to a line: simplify_ring keeps it as it is.
    const Ring s = simplify_ring(tiny, 5);
    BOOST_TEST(s.size() == tiny.size());
    // In a layer, sub-tolerance rings are dropped, except a feature's last ring.
    Layer layer;
    layer.features.resize(2);
    layer.features[0].rings = {square(0, 0, 100, 100), square(200, 200, 201, 201)};
    layer.features[1].rings = {tiny};
    const Layer out = simplify_layer(layer, 5);
    BOOST_TEST(out.features[0].rings.size() == 1u);
    BOOST_TEST(out.features[1].rings.size() == 1u);
    BOOST_TEST(out.features[1].rings[0].size() == 5u);
    BOOST_TEST(out.features[0].bbox.max_x == 100);
    // Tolerance 0: unchanged.
    BOOST_TEST(simplify_layer(layer, 0).vertex_count() == layer.vertex_count());
}

BOOST_AUTO_TEST_CASE(icb_boundaries_simplify_without_slivers) {
    io::Warnings warnings;
    const Layer icb = read_polygon_shapefile(kIcbShp, "EPSG:27700", warnings);
    // 500 m is about 1 pixel of England on a 1200-px-high slide.
    const Layer s = simplify_layer(icb, 500);
    BOOST_TEST(s.features.size() == 42u);
    BOOST_TEST(s.vertex_count() < icb.vertex_count() / 3);
    for (const Feature& f : s.features) {
        BOOST_TEST(!f.rings.empty());
        for (const Ring& r : f.rings) BOOST_TEST(closed(r));
    }
    BOOST_TEST(border_mismatches(icb, s) == 0u);
    // The shared borders of the ONS file really are shared vertex for vertex, so the
    // check has something to check: naive per-ring simplification breaks it.
    Layer naive = icb;
    for (auto& f : naive.features)
        for (auto& r : f.rings) r = simplify_ring(r, 500);
    BOOST_TEST(border_mismatches(icb, naive) > 100u);
    // Deterministic.
    const Layer again = simplify_layer(icb, 500);
    BOOST_TEST(again.vertex_count() == s.vertex_count());
    BOOST_TEST((owners(again) == owners(s)));
}

BOOST_AUTO_TEST_SUITE_END()
