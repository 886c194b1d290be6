#include "geo/polylabel.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <queue>

namespace dspt::geo {

namespace detail {

// Signed distance from p to the rings' edges: positive inside (even-odd over all rings,
// the same rule the maps fill with, so holes and multi-part features just work).
double signed_distance(XY p, const std::vector<Ring>& rings) {
    bool inside = false;
    double min2 = std::numeric_limits<double>::infinity();
    for (const Ring& ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const XY a = ring[i], b = ring[j];
            if ((a.y > p.y) != (b.y > p.y) && p.x < (b.x - a.x) * (p.y - a.y) / (b.y - a.y) + a.x)
                inside = !inside;
            double x = b.x, y = b.y, dx = a.x - x, dy = a.y - y;
            if (dx != 0 || dy != 0) {
                const double t = ((p.x - x) * dx + (p.y - y) * dy) / (dx * dx + dy * dy);
                if (t > 1) {
                    x = a.x;
                    y = a.y;
                } else if (t > 0) {
                    x += dx * t;
                    y += dy * t;
                }
            }
            dx = p.x - x;
            dy = p.y - y;
            min2 = std::min(min2, dx * dx + dy * dy);
        }
    }
    return (inside ? 1 : -1) * std::sqrt(min2);
}

struct Cell {
    XY c;
    double h;    // half the cell size
    double d;    // signed distance from the centre to the polygon
    double max;  // the best distance any point of the cell could have
    Cell(XY centre, double half, const std::vector<Ring>& rings)
        : c(centre), h(half), d(signed_distance(centre, rings)), max(d + half * std::sqrt(2.0)) {}
};

struct ByPotential {
    bool operator()(const Cell& a, const Cell& b) const { return a.max < b.max; }
};

// The area centroid over all rings (shapefile holes wind the other way, so they subtract);
// a good first guess that often wins outright for compact shapes.
Cell centroid_cell(const std::vector<Ring>& rings, XY fallback) {
    double area = 0, x = 0, y = 0;
    for (const Ring& ring : rings) {
        const std::size_t n = ring.size();
        for (std::size_t i = 0, j = n - 1; i < n; j = i++) {
            const XY a = ring[i], b = ring[j];
            const double f = a.x * b.y - b.x * a.y;
            x += (a.x + b.x) * f;
            y += (a.y + b.y) * f;
            area += f * 3;
        }
    }
    if (area == 0) return Cell(fallback, 0, rings);
    return Cell(XY{x / area, y / area}, 0, rings);
}

}  // namespace detail

XY polylabel(const std::vector<Ring>& rings, double precision) {
    BBox box;
    for (const Ring& r : rings)
        for (const XY& p : r) box.extend(p);
    if (!box.valid) return XY{};
    const double cell_size = std::min(box.width(), box.height());
    if (cell_size == 0) return XY{box.min_x, box.min_y};
    // A precision far below the feature's size would only burn time (and never ends at 0).
    precision = std::max(precision, cell_size * 1e-9);

    std::priority_queue<detail::Cell, std::vector<detail::Cell>, detail::ByPotential> queue;
    const double h = cell_size / 2;
    for (double x = box.min_x; x < box.max_x; x += cell_size)
        for (double y = box.min_y; y < box.max_y; y += cell_size) queue.emplace(XY{x + h, y + h}, h, rings);

    const XY middle{box.min_x + box.width() / 2, box.min_y + box.height() / 2};
    detail::Cell best = detail::centroid_cell(rings, middle);
    detail::Cell centre(middle, 0, rings);
    if (centre.d > best.d) best = centre;

    while (!queue.empty()) {
        const detail::Cell cell = queue.top();
        queue.pop();
        if (cell.d > best.d) best = cell;
        // No point of this cell can beat the best by more than the precision: neither can
        // any later cell, as the queue is ordered by that bound.
        if (cell.max - best.d <= precision) break;
        const double q = cell.h / 2;
        queue.emplace(XY{cell.c.x - q, cell.c.y - q}, q, rings);
        queue.emplace(XY{cell.c.x + q, cell.c.y - q}, q, rings);
        queue.emplace(XY{cell.c.x - q, cell.c.y + q}, q, rings);
        queue.emplace(XY{cell.c.x + q, cell.c.y + q}, q, rings);
    }
    return best.c;
}

}  // namespace dspt::geo
