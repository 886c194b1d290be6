#include "figures/map_frame.h"

#include <algorithm>
#include <cmath>

namespace dspt::figures {

MapFrame fit_map_frame(const geo::BBox& extent, const draw::Rect& frame, double device_pixels_per_unit,
                       double simplify_pixels) {
    MapFrame m;
    m.frame = frame;
    m.extent = extent;
    const double ew = std::max(extent.width(), 1e-9);
    const double eh = std::max(extent.height(), 1e-9);
    m.scale = std::min(frame.width / ew, frame.height / eh);
    const double w = ew * m.scale;
    const double h = eh * m.scale;
    m.drawn = {frame.x + (frame.width - w) / 2, frame.y + (frame.height - h) / 2, w, h};
    // x' = s (x - min_x) + drawn.x ; y' = drawn.bottom - s (y - min_y)
    m.to_canvas = {m.scale,
                   0,
                   0,
                   -m.scale,
                   m.drawn.x - m.scale * extent.min_x,
                   m.drawn.bottom() + m.scale * extent.min_y};
    m.tolerance = simplify_pixels / (m.scale * std::max(device_pixels_per_unit, 1e-9));
    return m;
}

draw::Rect MapFrame::cull_box() const {
    // A tenth of the frame is far more than any stroke's half width or mitre.
    const double m = 0.1 * std::max(frame.width, frame.height);
    return {frame.x - m, frame.y - m, frame.width + 2 * m, frame.height + 2 * m};
}

unsigned CulledPath::outcode(draw::Point p) const {
    return (p.x < keep_.x ? 1u : 0u) | (p.x > keep_.right() ? 2u : 0u) | (p.y < keep_.y ? 4u : 0u) |
           (p.y > keep_.bottom() ? 8u : 0u);
}

void CulledPath::point(draw::Point p) {
    const unsigned code = outcode(p);
    if (!started_) {
        path_.move_to(p);
        started_ = true;
        last_code_ = code;
        return;
    }
    // The held point goes unless it shares an outside edge with both its neighbours.
    if (holding_ && (last_code_ & held_code_ & code) == 0) {
        path_.line_to(held_);
        last_code_ = held_code_;
    }
    held_ = p;
    held_code_ = code;
    holding_ = true;
}

void CulledPath::end(bool close) {
    if (!started_) return;
    if (holding_) path_.line_to(held_);
    if (close) path_.close();
    started_ = holding_ = false;
}

geo::BBox padded(const geo::BBox& box, double fraction) {
    const double pad = std::max(box.width(), box.height()) * fraction;
    geo::BBox out = box;
    out.min_x -= pad;
    out.min_y -= pad;
    out.max_x += pad;
    out.max_y += pad;
    return out;
}

bool intersects(const geo::BBox& a, const geo::BBox& b) {
    return a.valid && b.valid && a.min_x <= b.max_x && b.min_x <= a.max_x && a.min_y <= b.max_y &&
           b.min_y <= a.max_y;
}

draw::Path feature_path(const geo::PreparedLayer& layer, const geo::PreparedFeature& feature,
                        const MapFrame& frame) {
    draw::Path path;
    CulledPath out(path, frame.cull_box());
    for (const auto& ring : feature.rings) {
        if (!intersects(ring.bbox, frame.extent)) continue;
        // Each point is drawn when the next one comes, so the last, which repeats the
        // first, is not: close() draws that edge.
        bool started = false, pending = false;
        geo::XY held;
        for (std::size_t k = 0; k < ring.arcs.size(); ++k) {
            geo::for_each_kept(layer, ring.arcs[k], frame.tolerance, k > 0, [&](geo::XY p) {
                if (!started) {
                    out.point(frame.apply(p));
                    started = true;
                    return;
                }
                if (pending) out.point(frame.apply(held));
                held = p;
                pending = true;
            });
        }
        out.end(true);
    }
    return path;
}

FramedLayer frame_layer(const geo::PreparedLayer& layer, const MapFrame& frame) {
    FramedLayer out;
    out.layer = &layer;
    out.paths.resize(layer.features.size());
    // Only what reaches into the frame is drawn (the inset shows a few ICBs).
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const auto& f = layer.features[i];
        if (f.bbox.valid && !intersects(f.bbox, frame.extent)) continue;
        out.shown.push_back(i);
        out.paths[i] = feature_path(layer, f, frame);
    }
    return out;
}

}  // namespace dspt::figures
