#pragma once
// The trusts map: one marker per NHS trust at its headquarters postcode (WGS84, projected
// with PROJ to the map CRS), coloured by status over pale ICB polygons. Markers overlap in
// cities, so each has a white outline, is slightly transparent, and the worst statuses are
// drawn last (on top). The legend counts the trusts on the map and notes how many could not
// be placed; those stay in every table.
#include <vector>

#include "curate/briefing_data.h"
#include "draw/canvas.h"
#include "figures/england_map.h"
#include "figures/figure.h"

namespace dspt::figures {

struct TrustMarker {
    geo::XY position;  // map CRS
    curate::Status status = curate::Status::NotPublished;
    std::string code;
};

// Mapped trusts in drawing order (best status first, worst on top; then by code), and how
// many trusts have no location.
struct TrustMarkers {
    std::vector<TrustMarker> markers;
    std::size_t not_mapped = 0;
    std::size_t total = 0;
};
// `derived`: the run's projected headquarters (DerivedData::trust_positions).
TrustMarkers trust_markers(const curate::BriefingData& data, const DerivedData& derived);

Figure trust_status_map();
EnglandMapSpec trust_status_map_spec(const draw::Canvas& canvas, const FigureInputs& inputs);

}  // namespace dspt::figures
