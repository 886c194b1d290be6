#include "geo/polylabel.h"

#include <boost/test/unit_test.hpp>
#include <cmath>

#include "geo/shapefile_fixtures.h"
#include "geo/shapefile_reader.h"

using namespace dspt;
using namespace dspt::geo;
using namespace dspt::geo::testing;

namespace {

// Even-odd inside test over all rings, as the maps fill.
bool inside(XY p, const std::vector<Ring>& rings) {
    bool in = false;
    for (const Ring& r : rings)
        for (std::size_t i = 0, j = r.size() - 1; i < r.size(); j = i++)
            if ((r[i].y > p.y) != (r[j].y > p.y) &&
                p.x < (r[j].x - r[i].x) * (p.y - r[i].y) / (r[j].y - r[i].y) + r[i].x)
                in = !in;
    return in;
}

double edge_distance(XY p, const std::vector<Ring>& rings) {
    double best = INFINITY;
    for (const Ring& r : rings)
        for (std::size_t i = 0; i + 1 < r.size(); ++i) {
            const XY a = r[i], b = r[i + 1];
            const double dx = b.x - a.x, dy = b.y - a.y;
            double t = ((p.x - a.x) * dx + (p.y - a.y) * dy) / (dx * dx + dy * dy);
            t = std::clamp(t, 0.0, 1.0);
            best = std::min(best, std::hypot(p.x - a.x - t * dx, p.y - a.y - t * dy));
        }
    return best;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(polylabel_suite)

BOOST_AUTO_TEST_CASE(square_centre) {
    const XY p = polylabel({square(0, 0, 10, 10)}, 0.01);
    BOOST_TEST(std::fabs(p.x - 5) < 0.01);
    BOOST_TEST(std::fabs(p.y - 5) < 0.01);
}

BOOST_AUTO_TEST_CASE(c_shape_lands_inside_where_the_centroid_does_not) {
    // Arms 2 thick: the area centroid (about (4.1, 5)) lies in the open mouth of the C.
    const std::vector<Ring> c{{{0, 0}, {0, 10}, {10, 10}, {10, 8}, {2, 8}, {2, 2}, {10, 2}, {10, 0}, {0, 0}}};
    BOOST_TEST(!inside({4.1, 5}, c));
    const XY p = polylabel(c, 0.001);
    BOOST_TEST(inside(p, c));
    // The widest inscribed circle has radius 1 (the arms are 2 wide).
    BOOST_TEST(edge_distance(p, c) > 0.999);
}

BOOST_AUTO_TEST_CASE(hole_is_avoided) {
    // A 10x10 square with a 4x4 hole in the middle: the centre is in the hole. The best
    // points are on the frame's diagonals at (t, t) with t = sqrt2 (3 - t), i.e. as far
    // from the outer edges as from the hole's corner: t = 3 sqrt2 / (1 + sqrt2) = 1.7574.
    const std::vector<Ring> rings{square(0, 0, 10, 10), square(3, 3, 7, 7, false)};
    const XY p = polylabel(rings, 0.001);
    BOOST_TEST(inside(p, rings));
    const double t = 3 * std::sqrt(2.0) / (1 + std::sqrt(2.0));
    BOOST_TEST(std::fabs(edge_distance(p, rings) - t) < 0.002);
    const bool on_a_diagonal =
        std::fabs(std::fabs(p.x - 5) - (5 - t)) < 0.01 && std::fabs(std::fabs(p.y - 5) - (5 - t)) < 0.01;
    BOOST_TEST(on_a_diagonal);
}

BOOST_AUTO_TEST_CASE(multi_part_feature_picks_the_biggest_part) {
    const std::vector<Ring> rings{square(100, 100, 102, 102), square(0, 0, 20, 20)};
    const XY p = polylabel(rings, 0.01);
    BOOST_TEST(std::fabs(p.x - 10) < 0.01);
    BOOST_TEST(std::fabs(p.y - 10) < 0.01);
}

BOOST_AUTO_TEST_CASE(degenerate_inputs_do_not_hang_or_crash) {
    const XY p = polylabel({{{1, 1}, {1, 5}, {1, 1}}}, 1);  // zero width
    BOOST_TEST(p.x == 1);
    const XY q = polylabel({}, 1);
    BOOST_TEST(q.x == 0);
    const XY r = polylabel({square(0, 0, 10, 10)}, 0);  // precision 0 is clamped
    BOOST_TEST(std::fabs(r.x - 5) < 1e-6);
}

BOOST_AUTO_TEST_CASE(every_icb_label_point_is_inside_its_icb) {
    io::Warnings warnings;
    const Layer icb = read_polygon_shapefile(kIcbShp, "EPSG:27700", warnings);
    for (const Feature& f : icb.features) {
        const XY p = polylabel(f.rings, 100);  // 100 m
        BOOST_TEST(inside(p, f.rings), f.attributes.at("ICB23CD"));
        BOOST_TEST(edge_distance(p, f.rings) > 1000, f.attributes.at("ICB23CD"));
    }
}

BOOST_AUTO_TEST_SUITE_END()
