#include "figures/map_frame.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <vector>

#include "figures/map_draw.h"
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

// Even-odd: is `q` inside the closed polylines of `path` (MoveTo/LineTo/Close only)?
bool even_odd_contains(const draw::Path& path, draw::Point q) {
    bool in = false;
    std::vector<draw::Point> ring;
    auto flush = [&] {
        for (std::size_t i = 0, j = ring.size() - 1; i < ring.size(); j = i++) {
            const auto a = ring[i], b = ring[j];
            if ((a.y > q.y) != (b.y > q.y) && q.x < (b.x - a.x) * (q.y - a.y) / (b.y - a.y) + a.x) in = !in;
        }
        ring.clear();
    };
    std::size_t k = 0;
    for (const auto op : path.ops()) {
        if (op == draw::Path::Op::MoveTo && !ring.empty()) flush();
        if (op == draw::Path::Op::MoveTo || op == draw::Path::Op::LineTo) ring.push_back(path.points()[k++]);
    }
    if (!ring.empty()) flush();
    return in;
}

// A ring inside keep = [0, 100]^2 with an excursion: a zigzag of `teeth` far to the right,
// one dipping below the box (it must stay), and a corner point left and below it at once.
std::vector<draw::Point> ring_with_excursions(int teeth) {
    std::vector<draw::Point> pts{{10, 10}, {90, 10}, {90, 40}};
    for (int i = 0; i < teeth; ++i) pts.push_back({150.0 + 10 * i, i % 2 ? 30.0 : 70.0});
    pts.push_back({90, 60});
    pts.push_back({90, 90});
    pts.push_back({50, 130});  // below the box: its neighbours are inside, so it stays
    pts.push_back({10, 90});
    pts.push_back({-50, 95});   // left
    pts.push_back({-60, 150});  // left and below
    pts.push_back({0, 160});    // below
    pts.push_back({5, 50});
    return pts;
}

bool has_point(const draw::Path& path, draw::Point p) {
    return std::any_of(path.points().begin(), path.points().end(),
                       [p](draw::Point q) { return q.x == p.x && q.y == p.y; });
}

draw::Path culled(const std::vector<draw::Point>& pts, const draw::Rect& keep) {
    draw::Path path;
    CulledPath out(path, keep);
    for (const auto& p : pts) out.point(p);
    out.end(true);
    return path;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(map_frame)

BOOST_AUTO_TEST_CASE(culling_drops_far_points_and_keeps_the_fill_inside) {
    const draw::Rect keep{0, 0, 100, 100};
    const auto pts = ring_with_excursions(40);
    draw::Path full;
    full.move_to(pts[0]);
    for (std::size_t i = 1; i < pts.size(); ++i) full.line_to(pts[i]);
    full.close();
    const draw::Path c = culled(pts, keep);
    // The 40 teeth beyond the right edge collapse to their first and last.
    BOOST_TEST(c.points().size() == pts.size() - 38);
    for (const auto& p : pts) {
        const bool inside_keep = p.x >= 0 && p.x <= 100 && p.y >= 0 && p.y <= 100;
        if (!inside_keep) continue;
        BOOST_TEST(has_point(c, p));
    }
    // The point below the box between two inside points, and the corner one, are kept.
    for (const draw::Point p : {draw::Point{50, 130}, draw::Point{-60, 150}}) BOOST_TEST(has_point(c, p));
    int differing = 0;
    for (double y = 0.25; y < 100; y += 0.5)
        for (double x = 0.25; x < 100; x += 0.5)
            differing += even_odd_contains(full, {x, y}) != even_odd_contains(c, {x, y});
    BOOST_TEST(differing == 0);
}

BOOST_AUTO_TEST_CASE(with_nothing_beyond_the_box_the_path_is_the_points_given) {
    const std::vector<draw::Point> pts{{1, 1}, {99, 1}, {99, 99}, {50, 40}, {1, 99}};
    const draw::Path c = culled(pts, {0, 0, 100, 100});
    BOOST_REQUIRE(c.points().size() == pts.size());
    for (std::size_t i = 0; i < pts.size(); ++i)
        BOOST_TEST((c.points()[i].x == pts[i].x && c.points()[i].y == pts[i].y));
    BOOST_TEST(c.ops().size() == pts.size() + 1);
    BOOST_TEST((c.ops().back() == draw::Path::Op::Close));
    // Open polylines (borders) end without closing; a second subpath starts with a move.
    draw::Path open;
    CulledPath out(open, {0, 0, 100, 100});
    out.point({1, 1});
    out.point({2, 2});
    out.end(false);
    out.point({3, 3});
    out.end(false);
    out.end(false);  // nothing open: no-op
    BOOST_TEST(open.ops().size() == 3u);
    BOOST_TEST((open.ops()[2] == draw::Path::Op::MoveTo));
}

BOOST_AUTO_TEST_CASE(a_map_zoomed_to_one_icb_culls_its_neighbours_far_sides) {
    const auto& layer = testing::sample().maps.icb_arcs;
    const auto& f = layer.features.front();
    MapFrame frame = fit_map_frame(f.bbox, {0, 0, 400, 300}, 1, 0.5);
    const draw::Rect keep = frame.cull_box();
    std::size_t far = 0, all = 0;
    for (const auto& g : layer.features) {
        if (!intersects(g.bbox, frame.extent)) continue;
        const draw::Path p = feature_path(layer, g, frame);
        for (const auto& q : p.points()) {
            ++all;
            far += q.x < keep.x - 1 || q.x > keep.right() + 1 || q.y < keep.y - 1 || q.y > keep.bottom() + 1;
        }
    }
    BOOST_TEST(all > 0u);
    // Beyond the box only the ends of culled runs remain: a small share of the points.
    BOOST_TEST(far * 10 < all, far << " of " << all << " points lie beyond the cull box");
}

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

    // Borders are stroked along each arc once: shared borders are not drawn twice.
    const FramedLayer framed = frame_layer(s.maps.icb_arcs, slide);
    const std::size_t border_n = icb_border_path(framed, slide).points().size();
    BOOST_TEST_MESSAGE("border vertices " << border_n << " of " << slide_n << " in the fills");
    BOOST_TEST(border_n < slide_n * 3 / 4);
    BOOST_TEST(border_n > slide_n / 2);  // the coast is drawn once in either
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
