#pragma once
// Fitting a map extent into a frame of the canvas, and turning prepared boundaries into
// canvas paths at that frame's output resolution.
//
// The transform keeps the map's aspect (one scale for x and y, y flipped because map
// northings grow upwards and canvas y grows downwards) and centres the extent in the frame.
// Detail smaller than about half a device pixel cannot be seen: the frame asks the prepared
// layer (geo/prepared_layer.h) for the vertices kept at that tolerance, one linear filter,
// which is what makes a densified ~2 M-vertex boundary draw as fast as the generalised one
// and keeps the PDF small.
#include <vector>

#include "draw/canvas.h"
#include "draw/geometry.h"
#include "geo/layer.h"
#include "geo/prepared_layer.h"

namespace dspt::figures {

struct MapFrame {
    draw::Rect frame;        // the rectangle the map was fitted into (canvas units)
    draw::Rect drawn;        // the part of it the extent fills (same aspect as the extent)
    geo::BBox extent;        // what is shown, in map units
    double scale = 1;        // canvas units per map unit
    double tolerance = 0;    // simplification tolerance, map units
    draw::Affine to_canvas;  // map units -> canvas units

    draw::Point apply(geo::XY p) const {
        return {to_canvas.xx * p.x + to_canvas.xy * p.y + to_canvas.x0,
                to_canvas.yx * p.x + to_canvas.yy * p.y + to_canvas.y0};
    }
    double to_map_length(double canvas_length) const { return canvas_length / scale; }
    // Drawing is clipped to `frame`; points this far beyond it can be culled (CulledPath)
    // without a stroke's width or join reaching back into view.
    draw::Rect cull_box() const;
};

// Appends subpaths to a path, leaving out each point that lies, together with the point
// kept before it and the point after it, beyond the same edge of `keep`. The piece of
// outline it shaped lies beyond that edge too (three points in a half-plane bound a
// triangle inside it), so a fill or stroke inside `keep` is unchanged. A map zoomed to one
// ICB then draws its neighbours' far sides as a few points rather than in full, on the
// slide and in the PDF. With nothing beyond `keep` the path is exactly the points given.
class CulledPath {
public:
    CulledPath(draw::Path& path, const draw::Rect& keep) : path_(path), keep_(keep) {}
    void point(draw::Point p);  // the next point; the first after end() starts a subpath
    void end(bool close);       // ends the subpath (closed or open); no-op when none is open
private:
    unsigned outcode(draw::Point p) const;
    draw::Path& path_;
    draw::Rect keep_;
    bool started_ = false, holding_ = false;
    draw::Point held_{};
    unsigned held_code_ = 0, last_code_ = 0;
};

// `device_pixels_per_unit`: device pixels per canvas unit (1 for a PNG drawn at 1x, ~4.2 for
// a PDF printed at 300 dpi whose unit is the point). `simplify_pixels`: the tolerance in device
// pixels (style key map.simplify_device_pixels, about 0.5).
MapFrame fit_map_frame(const geo::BBox& extent, const draw::Rect& frame, double device_pixels_per_unit,
                       double simplify_pixels);

// An extent grown on every side by `fraction` of its larger dimension.
geo::BBox padded(const geo::BBox& box, double fraction);
bool intersects(const geo::BBox& a, const geo::BBox& b);

// A feature's rings at the frame's tolerance as one canvas path. Rings outside the frame's
// extent are left out; an empty path means nothing visible. Every ring inside is drawn,
// however small: the prepared layer keeps at least a triangle of each.
draw::Path feature_path(const geo::PreparedLayer& layer, const geo::PreparedFeature& feature,
                        const MapFrame& frame);

// A prepared layer seen through one frame: the features that reach into its extent and
// their canvas paths at its tolerance. Shared borders are the same arcs on both sides, so
// neighbours meet exactly at every tolerance.
struct FramedLayer {
    const geo::PreparedLayer* layer = nullptr;
    std::vector<std::size_t> shown;  // indices into the layer's features, ascending
    std::vector<draw::Path> paths;   // index-aligned with the layer's features; empty when not shown
};
FramedLayer frame_layer(const geo::PreparedLayer& layer, const MapFrame& frame);

}  // namespace dspt::figures
