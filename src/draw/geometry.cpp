#include "draw/geometry.h"

#include <algorithm>
#include <cmath>
#include <ostream>
#include <stdexcept>
#include <string>

namespace dspt::draw {

namespace {

int hex_digit(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

// Control-point distance that makes a cubic Bézier approximate a quarter circle
// (radial error under 0.03 %): 4/3 * (sqrt(2) - 1).
constexpr double kQuarterCircleKappa = 0.5522847498307936;

}  // namespace

Color Color::from_hex(std::string_view hex) {
    if ((hex.size() != 7 && hex.size() != 9) || hex.front() != '#') {
        throw std::invalid_argument("colour must be #rrggbb or #rrggbbaa, got \"" + std::string(hex) + "\"");
    }
    double channels[4] = {0, 0, 0, 1};
    for (std::size_t i = 1, c = 0; i < hex.size(); i += 2, ++c) {
        const int hi = hex_digit(hex[i]);
        const int lo = hex_digit(hex[i + 1]);
        if (hi < 0 || lo < 0) {
            throw std::invalid_argument("colour has a non-hex digit: \"" + std::string(hex) + "\"");
        }
        channels[c] = (hi * 16 + lo) / 255.0;
    }
    return {channels[0], channels[1], channels[2], channels[3]};
}

std::string Color::to_hex() const {
    static constexpr char kDigits[] = "0123456789ABCDEF";
    std::string out = "#";
    auto put = [&](double v) {
        const int byte = static_cast<int>(std::lround(std::clamp(v, 0.0, 1.0) * 255));
        out += kDigits[byte / 16];
        out += kDigits[byte % 16];
    };
    put(r), put(g), put(b);
    if (a < 1) put(a);
    return out;
}

std::ostream& operator<<(std::ostream& out, const Color& c) { return out << c.to_hex(); }

Path& Path::move_to(Point p) {
    ops_.push_back(Op::MoveTo);
    points_.push_back(p);
    return *this;
}

Path& Path::line_to(Point p) {
    ops_.push_back(Op::LineTo);
    points_.push_back(p);
    return *this;
}

Path& Path::curve_to(Point c1, Point c2, Point end) {
    ops_.push_back(Op::CurveTo);
    points_.push_back(c1);
    points_.push_back(c2);
    points_.push_back(end);
    return *this;
}

Path& Path::close() {
    ops_.push_back(Op::Close);
    return *this;
}

Path& Path::rect(const Rect& r) {
    return move_to({r.x, r.y})
        .line_to({r.right(), r.y})
        .line_to({r.right(), r.bottom()})
        .line_to({r.x, r.bottom()})
        .close();
}

Path& Path::rounded_rect(const Rect& r, double radius) {
    // A radius larger than half a side would make the corners overlap.
    const double rad = std::clamp(radius, 0.0, std::min(r.width, r.height) / 2);
    if (rad <= 0) return rect(r);
    const double k = rad * kQuarterCircleKappa;
    const double l = r.x, t = r.y, rt = r.right(), b = r.bottom();
    move_to({l + rad, t});
    line_to({rt - rad, t});
    curve_to({rt - rad + k, t}, {rt, t + rad - k}, {rt, t + rad});
    line_to({rt, b - rad});
    curve_to({rt, b - rad + k}, {rt - rad + k, b}, {rt - rad, b});
    line_to({l + rad, b});
    curve_to({l + rad - k, b}, {l, b - rad + k}, {l, b - rad});
    line_to({l, t + rad});
    curve_to({l, t + rad - k}, {l + rad - k, t}, {l + rad, t});
    return close();
}

Path& Path::circle(Point c, double radius) {
    const double r = radius;
    const double k = r * kQuarterCircleKappa;
    move_to({c.x + r, c.y});
    curve_to({c.x + r, c.y + k}, {c.x + k, c.y + r}, {c.x, c.y + r});
    curve_to({c.x - k, c.y + r}, {c.x - r, c.y + k}, {c.x - r, c.y});
    curve_to({c.x - r, c.y - k}, {c.x - k, c.y - r}, {c.x, c.y - r});
    curve_to({c.x + k, c.y - r}, {c.x + r, c.y - k}, {c.x + r, c.y});
    return close();
}

void Path::reserve(std::size_t n_points) {
    points_.reserve(n_points);
    ops_.reserve(n_points);
}

}  // namespace dspt::draw
