#include "figures/map_frame.h"

#include <boost/test/unit_test.hpp>

#include "figures/map_layout.h"
#include "figures/scale_bar.h"
#include "map_fixtures.h"

using namespace dspt;
using namespace dspt::figures;

namespace {

geo::BBox box(double x0, double y0, double x1, double y1) {
    geo::BBox b;
    b.extend(geo::XY{x0, y0});
    b.extend(geo::XY{x1, y1});
    return b;
}

bool overlaps(const draw::Rect& a, const draw::Rect& b) {
    return a.x < b.right() && b.x < a.right() && a.y < b.bottom() && b.y < a.bottom();
}

bool inside(const draw::Rect& inner, const draw::Rect& outer) {
    const double e = 1e-6;
    return inner.x >= outer.x - e && inner.y >= outer.y - e && inner.right() <= outer.right() + e &&
           inner.bottom() <= outer.bottom() + e;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(map_frame)

BOOST_AUTO_TEST_CASE(fit_keeps_aspect_centres_and_flips_y) {
    // 100 x 200 map units into a 400 x 300 frame: height limits, scale 1.5, 150 wide, centred.
    const auto m = fit_map_frame(box(1000, 5000, 1100, 5200), {10, 20, 400, 300}, 2, 0.5);
    BOOST_TEST(m.scale == 1.5);
    BOOST_TEST(m.drawn.x == 10 + (400 - 150) / 2.0);
    BOOST_TEST(m.drawn.width == 150);
    BOOST_TEST(m.drawn.height == 300);
    const auto top_left = m.apply({1000, 5200});
    BOOST_TEST(top_left.x == m.drawn.x);
    BOOST_TEST(top_left.y == 20);
    const auto bottom_right = m.apply({1100, 5000});
    BOOST_TEST(bottom_right.x == m.drawn.right());
    BOOST_TEST(bottom_right.y == 320);
    // Half a device pixel: 0.5 px / (1.5 units per metre * 2 px per unit).
    BOOST_TEST(m.tolerance == 0.5 / 3.0, boost::test_tools::tolerance(1e-12));
}

BOOST_AUTO_TEST_CASE(nice_scale_bar_lengths) {
    BOOST_TEST(nice_length(137) == 100);
    BOOST_TEST(nice_length(100) == 100);
    BOOST_TEST(nice_length(99) == 50);
    BOOST_TEST(nice_length(49) == 20);
    BOOST_TEST(nice_length(19.9) == 10);
    BOOST_TEST(nice_length(0.7) == 0.5);
}

BOOST_AUTO_TEST_CASE(paths_are_simplified_to_the_output_resolution) {
    const auto& s = testing::sample();
    const auto extent = england_extent(s.maps, s.style);
    std::size_t raw = s.maps.icbs.vertex_count();
    auto count = [](const std::vector<draw::Path>& paths) {
        std::size_t n = 0;
        for (const auto& p : paths) n += p.points().size();
        return n;
    };
    const auto slide = fit_map_frame(extent, {0, 0, 400, 450}, 2, 0.5);
    const auto print = fit_map_frame(extent, {0, 0, 400, 450}, 300.0 / 72, 0.5);
    const std::size_t slide_n = count(frame_layer(s.maps.icb_arcs, slide).paths);
    const std::size_t print_n = count(frame_layer(s.maps.icb_arcs, print).paths);
    BOOST_TEST_MESSAGE("ICB vertices: raw " << raw << ", slide " << slide_n << ", print " << print_n);
    BOOST_TEST(raw > 20000u);
    BOOST_TEST(slide_n < raw / 2);  // a slide cannot show most of a 20 m boundary
    BOOST_TEST(print_n > slide_n);  // finer output keeps more
    BOOST_TEST(slide_n > 2000u);    // but England still has its coast
}

BOOST_AUTO_TEST_CASE(legend_and_inset_never_cover_the_map, *boost::unit_test::tolerance(1e-9)) {
    const auto& s = testing::sample();
    // A slide plot, an A4 block and a tall frame (panel goes under the map).
    for (const draw::Rect plot :
         {draw::Rect{14, 90, 932, 400}, draw::Rect{0, 0, 515, 300}, draw::Rect{0, 0, 400, 700}}) {
        const auto l = layout_england_map(plot, s.maps, s.style, {180, 120}, 2);
        BOOST_TEST_CONTEXT("plot " << plot.width << "x" << plot.height) {
            BOOST_TEST(inside(l.main.drawn, plot));
            BOOST_TEST(inside(l.legend, plot));
            BOOST_TEST(!overlaps(l.legend, l.main.drawn));
            BOOST_REQUIRE(l.inset.has_value());
            BOOST_TEST(inside(l.inset_box, plot));
            BOOST_TEST(!overlaps(l.inset_box, l.main.drawn));
            BOOST_TEST(!overlaps(l.inset_box, l.legend));
            BOOST_TEST(l.legend.width == 180.0);
            // London is shown larger in the inset than on the main map.
            BOOST_TEST(l.inset->scale > 3 * l.main.scale);
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
