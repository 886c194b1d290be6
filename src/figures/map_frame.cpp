#include "figures/map_frame.h"

#include <algorithm>
#include <cmath>

#include "geo/simplify.h"

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
    m.to_canvas = {m.scale, 0, 0, -m.scale, m.drawn.x - m.scale * extent.min_x,
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

namespace {

geo::BBox ring_bbox(const geo::Ring& ring) {
    geo::BBox b;
    for (const auto& p : ring) b.extend(p);
    return b;
}

}  // namespace

draw::Path feature_path(const std::vector<geo::Ring>& rings, const MapFrame& frame) {
    draw::Path path;
    for (const auto& ring : rings) {
        if (ring.size() < 4) continue;
        const geo::BBox b = ring_bbox(ring);
        // An island smaller than the tolerance is below a device pixel: invisible at this scale.
        if (std::max(b.width(), b.height()) < frame.tolerance) continue;
        if (!intersects(b, frame.extent)) continue;
        path.reserve(path.points().size() + ring.size());
        path.move_to(frame.apply(ring.front()));
        // The last point repeats the first; close() draws that edge.
        for (std::size_t i = 1; i + 1 < ring.size(); ++i) path.line_to(frame.apply(ring[i]));
        path.close();
    }
    return path;
}

FramedLayer frame_layer(const geo::Layer& layer, const MapFrame& frame) {
    FramedLayer out;
    // Only what reaches into the frame is simplified and drawn (the inset shows a few ICBs).
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const auto& f = layer.features[i];
        if (!f.bbox.valid || intersects(f.bbox, frame.extent)) out.shown.push_back(i);
    }
    // The shown features are simplified together, so a border shared by two ICBs is
    // simplified identically for both and no sliver opens between neighbours.
    if (out.shown.size() == layer.features.size()) {
        out.simplified = geo::simplify_layer(layer, frame.tolerance);
    } else {
        geo::Layer subset;
        subset.crs = layer.crs;
        subset.features.reserve(out.shown.size());
        for (const std::size_t i : out.shown) subset.features.push_back(layer.features[i]);
        out.simplified = geo::simplify_layer(subset, frame.tolerance);
    }
    out.paths.resize(layer.features.size());
    for (std::size_t k = 0; k < out.shown.size(); ++k)
        out.paths[out.shown[k]] = feature_path(out.simplified.features[k].rings, frame);
    return out;
}

std::vector<draw::Path> layer_paths(const geo::Layer& layer, const MapFrame& frame) {
    return frame_layer(layer, frame).paths;
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
                case draw::Path::Op::MoveTo: out.move_to(p.points()[k++]); break;
                case draw::Path::Op::LineTo: out.line_to(p.points()[k++]); break;
                case draw::Path::Op::CurveTo:
                    out.curve_to(p.points()[k], p.points()[k + 1], p.points()[k + 2]);
                    k += 3;
                    break;
                case draw::Path::Op::Close: out.close(); break;
            }
        }
    }
    return out;
}

}  // namespace dspt::figures
