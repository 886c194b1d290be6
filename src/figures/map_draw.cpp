#include "figures/map_draw.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <string>

namespace dspt::figures {

draw::Rect path_bounds(const draw::Path& path) {
    if (path.points().empty()) return {};
    double x0 = std::numeric_limits<double>::max(), y0 = x0;
    double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
    for (const auto& p : path.points()) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

void fill_no_data(draw::Canvas& canvas, const draw::Path& path, const style::Style& style) {
    if (path.empty()) return;
    canvas.fill(path, {style.theme().score.no_data});
    const double spacing = style.theme().score.no_data_hatch_spacing;
    const draw::Rect b = path_bounds(path);
    // Lines at 45 degrees, anchored to the canvas origin (not the shape) so neighbouring
    // no-data areas hatch continuously.
    draw::Path hatch;
    const double start = std::floor((b.x + b.y) / spacing) * spacing;
    for (double c = start; c <= b.right() + b.bottom() + spacing; c += spacing) {
        // x + y = c across the bounding box
        hatch.move_to({c - b.bottom(), b.bottom()});
        hatch.line_to({c - b.y, b.y});
    }
    draw::CanvasStateGuard guard(canvas);
    canvas.clip(path, draw::FillRule::EvenOdd);
    canvas.stroke(hatch,
                  solid_line(style.theme().score.no_data_hatch, style.theme().score.no_data_hatch_width));
}

namespace {

// The arcs of the shown features that `wanted` accepts, each once; consecutive ones of a ring
// as one polyline, so their joins are drawn as joins.
template <typename Wanted>
draw::Path arcs_path(const FramedLayer& icbs, const MapFrame& frame, Wanted wanted) {
    draw::Path path;
    if (!icbs.layer) return path;
    const geo::PreparedLayer& layer = *icbs.layer;
    CulledPath out(path, frame.cull_box());
    std::vector<char> drawn(layer.arcs.size(), 0);
    for (const std::size_t fi : icbs.shown) {
        for (const auto& ring : layer.features[fi].rings) {
            // As the fills (feature_path): a ring outside the frame's extent is not drawn.
            if (!intersects(ring.bbox, frame.extent)) continue;
            bool open = false;
            for (const geo::ArcRef a : ring.arcs) {
                char& done = drawn[geo::arc_index(a)];
                if (done || !wanted(layer.arcs[geo::arc_index(a)])) {
                    out.end(false);
                    open = false;
                    continue;
                }
                done = 1;
                geo::for_each_kept(layer, a, frame.tolerance, open, [&](geo::XY p) {
                    out.point(frame.apply(p));
                    open = true;
                });
            }
            out.end(false);
        }
    }
    return path;
}

}  // namespace

draw::Path icb_border_path(const FramedLayer& icbs, const MapFrame& frame) {
    return arcs_path(icbs, frame, [](const geo::PreparedArc&) { return true; });
}

draw::Path region_border_path(const FramedLayer& icbs, const std::vector<std::string>& regions,
                              const MapFrame& frame) {
    return arcs_path(icbs, frame, [&regions](const geo::PreparedArc& arc) {
        return arc.uses == 1 ||
               (arc.feature[1] >= 0 && regions[static_cast<std::size_t>(arc.feature[0])] !=
                                           regions[static_cast<std::size_t>(arc.feature[1])]);
    });
}

void stroke_boundaries(draw::Canvas& canvas, const FramedLayer& icbs, const std::vector<std::string>& regions,
                       const MapFrame& frame, const style::Style& style, const draw::Color& icb_border) {
    // Each border once: stroked from both sides its antialiased edge came out darker, and it
    // cost twice the time and, in a PDF, twice the bytes. Round caps close the corners
    // where three ICBs meet.
    draw::StrokeStyle icb = solid_line(icb_border, style.theme().line.icb_boundary);
    icb.cap = draw::LineCap::Round;
    canvas.stroke(icb_border_path(icbs, frame), icb);
    draw::StrokeStyle region =
        solid_line(style.theme().colors.region_boundary, style.theme().line.region_boundary);
    region.cap = draw::LineCap::Round;
    canvas.stroke(region_border_path(icbs, regions, frame), region);
}

}  // namespace dspt::figures
