#pragma once
// Numbered markers that stay legible where trusts' headquarters are close together or
// share a postcode: a marker that would overlap one already placed is moved to the
// nearest free spot on rings around its true position, and a leader line joins it to
// that position. The first marker (by number) keeps its place; the result depends only
// on the inputs, so the slides and pages are byte-identical run after run.
#include <functional>
#include <vector>

#include "draw/geometry.h"

namespace dspt::figures {

struct PlacedMarker {
    draw::Point anchor;      // where the trust is
    draw::Point centre;      // where its marker is drawn
    bool displaced = false;  // centre != anchor: draw a leader line
};

// `anchors` in drawing order; `radius` of a marker; `gap` kept between two markers;
// `bounds`: markers are kept inside it where a free spot exists there; `obstacles`: areas a
// marker must not cover (the scale bar), when a free spot exists elsewhere; `preferred`: where
// a moved marker should land when it can within three rings (inside its ICB), else null.
std::vector<PlacedMarker> place_markers(const std::vector<draw::Point>& anchors, double radius, double gap,
                                        const draw::Rect& bounds,
                                        const std::vector<draw::Rect>& obstacles = {},
                                        const std::function<bool(draw::Point)>& preferred = nullptr);

}  // namespace dspt::figures
