#include "draw/geometry.h"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <stdexcept>

using namespace dspt::draw;

BOOST_AUTO_TEST_SUITE(geometry)

BOOST_AUTO_TEST_CASE(colour_from_hex) {
    const Color c = Color::from_hex("#005EB8");
    BOOST_TEST(c.r == 0.0);
    BOOST_TEST(c.g == 0x5E / 255.0);
    BOOST_TEST(c.b == 0xB8 / 255.0);
    BOOST_TEST(c.a == 1.0);
    BOOST_TEST(Color::from_hex("#005eb8") == c);
    BOOST_TEST(Color::from_hex("#005EB880").a == 0x80 / 255.0);
    for (const char* bad : {"", "#", "005EB8", "#005EB", "#005EB8F", "#00GEB8", "#005EB8800", " #005EB8"}) {
        BOOST_CHECK_THROW(Color::from_hex(bad), std::invalid_argument);
    }
}

BOOST_AUTO_TEST_CASE(rect_is_a_closed_four_point_subpath) {
    Path p;
    p.rect({1, 2, 10, 5});
    BOOST_TEST(p.ops().size() == 5u);
    BOOST_TEST(p.points().size() == 4u);
    BOOST_TEST((p.ops().back() == Path::Op::Close));
    BOOST_TEST(p.points()[2].x == 11.0);
    BOOST_TEST(p.points()[2].y == 7.0);
}

BOOST_AUTO_TEST_CASE(circle_is_four_beziers_close_to_the_true_circle) {
    Path p;
    p.circle({5, 5}, 10);
    BOOST_TEST(p.ops().size() == 6u);  // move, 4 curves, close
    BOOST_TEST(p.points().size() == 13u);
    // Midpoint of each Bézier (t = 0.5) lies within 0.03 % of the radius.
    for (int q = 0; q < 4; ++q) {
        const Point& a = p.points()[3 * q];
        const Point& c1 = p.points()[3 * q + 1];
        const Point& c2 = p.points()[3 * q + 2];
        const Point& b = p.points()[3 * q + 3];
        const double x = (a.x + 3 * c1.x + 3 * c2.x + b.x) / 8;
        const double y = (a.y + 3 * c1.y + 3 * c2.y + b.y) / 8;
        BOOST_TEST(std::abs(std::hypot(x - 5, y - 5) - 10) < 10 * 3e-4);
    }
}

BOOST_AUTO_TEST_CASE(rounded_rect_clamps_radius) {
    Path p;
    p.rounded_rect({0, 0, 10, 4}, 100);  // radius clamped to 2
    double min_x = 1e9, max_x = -1e9, min_y = 1e9, max_y = -1e9;
    for (const Point& pt : p.points()) {
        min_x = std::min(min_x, pt.x), max_x = std::max(max_x, pt.x);
        min_y = std::min(min_y, pt.y), max_y = std::max(max_y, pt.y);
    }
    BOOST_TEST(min_x == 0.0);
    BOOST_TEST(max_x == 10.0);
    BOOST_TEST(min_y == 0.0);
    BOOST_TEST(max_y == 4.0);
    Path square;
    square.rounded_rect({0, 0, 10, 4}, 0);
    BOOST_TEST(square.points().size() == 4u);
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(colour_hex)

BOOST_AUTO_TEST_CASE(round_trips) {
    BOOST_TEST(Color::from_hex("#005EB8").to_hex() == "#005EB8");
    BOOST_TEST(Color::from_hex("#005eb880").to_hex() == "#005EB880");
    BOOST_TEST((Color{2, -1, 0.5, 1}).to_hex() == "#FF0080");
}

BOOST_AUTO_TEST_SUITE_END()
