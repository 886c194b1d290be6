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
    for (const auto& ring : feature.rings) {
        if (!intersects(ring.bbox, frame.extent)) continue;
        // Each point is drawn when the next one comes, so the last, which repeats the
        // first, is not: close() draws that edge.
        bool started = false, pending = false;
        geo::XY held;
        for (std::size_t k = 0; k < ring.arcs.size(); ++k) {
            geo::for_each_kept(layer, ring.arcs[k], frame.tolerance, k > 0, [&](geo::XY p) {
                if (!started) {
                    path.move_to(frame.apply(p));
                    started = true;
                    return;
                }
                if (pending) path.line_to(frame.apply(held));
                held = p;
                pending = true;
            });
        }
        path.close();
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

draw::Path merged(const std::vector<draw::Path>& paths) {
    draw::Path out;
    std::size_t n = 0;
    for (const auto& p : paths) n += p.points().size();
    out.reserve(n);
    for (const auto& p : paths) {
        std::size_t k = 0;
        for (const auto op : p.ops()) {
            switch (op) {
                case draw::Path::Op::MoveTo:
                    out.move_to(p.points()[k++]);
                    break;
                case draw::Path::Op::LineTo:
                    out.line_to(p.points()[k++]);
                    break;
                case draw::Path::Op::CurveTo:
                    out.curve_to(p.points()[k], p.points()[k + 1], p.points()[k + 2]);
                    k += 3;
                    break;
                case draw::Path::Op::Close:
                    out.close();
                    break;
            }
        }
    }
    return out;
}

}  // namespace dspt::figures
