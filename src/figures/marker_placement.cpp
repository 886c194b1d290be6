#include "figures/marker_placement.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <optional>

namespace dspt::figures {
namespace {

bool inside(const draw::Rect& r, draw::Point p, double radius) {
    return p.x - radius >= r.x && p.x + radius <= r.right() && p.y - radius >= r.y &&
           p.y + radius <= r.bottom();
}

}  // namespace

// Whether a disc reaches into a rectangle.
bool touches(const draw::Rect& r, draw::Point p, double radius) {
    const double dx = std::max({r.x - p.x, 0.0, p.x - r.right()});
    const double dy = std::max({r.y - p.y, 0.0, p.y - r.bottom()});
    return dx * dx + dy * dy < radius * radius;
}

std::vector<PlacedMarker> place_markers(const std::vector<draw::Point>& anchors, double radius, double gap,
                                        const draw::Rect& bounds, const std::vector<draw::Rect>& obstacles,
                                        const std::function<bool(draw::Point)>& preferred) {
    const double spacing = 2 * radius + gap;
    std::vector<PlacedMarker> out;
    out.reserve(anchors.size());
    auto free_at = [&](draw::Point p) {
        for (const auto& m : out)
            if (std::hypot(m.centre.x - p.x, m.centre.y - p.y) < spacing - 1e-9) return false;
        for (const auto& r : obstacles)
            if (touches(r, p, radius + gap / 2)) return false;
        return true;
    };
    // Rings of growing radius around the anchor, more positions on the outer rings. The first
    // free position inside the bounds that is also preferred, within kPreferredRings, wins;
    // else the first free one inside the bounds; else the first free one at all.
    constexpr int kRings = 8;
    constexpr int kPreferredRings = 3;
    for (const draw::Point a : anchors) {
        PlacedMarker m{a, a, false};
        if (!free_at(a)) {
            std::optional<draw::Point> best, in_bounds, any;
            for (int ring = 1; ring <= kRings && !best; ++ring) {
                const double r = spacing * ring;
                const int steps = 8 * ring;
                for (int k = 0; k < steps; ++k) {
                    // Start up and to the right, where a label reads most naturally.
                    const double angle = -std::numbers::pi / 4 + 2 * std::numbers::pi * k / steps;
                    const draw::Point p{a.x + r * std::cos(angle), a.y + r * std::sin(angle)};
                    if (!free_at(p)) continue;
                    if (!any) any = p;
                    if (!inside(bounds, p, radius)) continue;
                    if (!in_bounds) in_bounds = p;
                    if (!preferred || (ring <= kPreferredRings && preferred(p))) {
                        best = p;
                        break;
                    }
                }
                if (!best && in_bounds && (!preferred || ring >= kPreferredRings)) best = in_bounds;
            }
            m.centre = best ? *best : in_bounds ? *in_bounds : any ? *any : a;
            m.displaced = m.centre.x != a.x || m.centre.y != a.y;
        }
        out.push_back(m);
    }
    return out;
}

}  // namespace dspt::figures
