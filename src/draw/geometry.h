#pragma once
// Value types shared by every drawing backend. No backend types leak in here.
#include <cstdint>
#include <iosfwd>
#include <string>
#include <string_view>
#include <vector>

namespace dspt::draw {

struct Point {
    double x = 0;
    double y = 0;
};

struct Rect {
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;
    double right() const { return x + width; }
    double bottom() const { return y + height; }
};

struct Color {
    double r = 0, g = 0, b = 0, a = 1;
    // "#005EB8" or "#005EB880"; throws std::invalid_argument on anything else.
    static Color from_hex(std::string_view hex);
    Color with_alpha(double alpha) const { return {r, g, b, alpha}; }
    bool operator==(const Color&) const = default;
    // "#RRGGBB", or "#RRGGBBAA" when not opaque (channels rounded to 8 bits).
    std::string to_hex() const;
};
std::ostream& operator<<(std::ostream& out, const Color& c);  // to_hex(), for test messages

// An affine transform x' = xx*x + xy*y + x0, y' = yx*x + yy*y + y0 (Cairo's convention).
struct Affine {
    double xx = 1, yx = 0, xy = 0, yy = 1, x0 = 0, y0 = 0;
};

// A path in canvas units: one or more subpaths of straight segments and cubic Béziers.
// Canvas y grows downwards, origin at the top left, in every backend.
class Path {
public:
    enum class Op : std::uint8_t { MoveTo, LineTo, CurveTo, Close };

    Path& move_to(Point p);
    Path& line_to(Point p);
    Path& curve_to(Point c1, Point c2, Point end);
    Path& close();
    Path& rect(const Rect& r);
    Path& rounded_rect(const Rect& r, double radius);
    Path& circle(Point centre, double radius);  // four Béziers, so every backend draws it alike

    bool empty() const { return ops_.empty(); }
    const std::vector<Op>& ops() const { return ops_; }
    const std::vector<Point>& points() const { return points_; }  // 1 per MoveTo/LineTo, 3 per CurveTo
    void reserve(std::size_t n_points);

private:
    std::vector<Op> ops_;
    std::vector<Point> points_;
};

}  // namespace dspt::draw
