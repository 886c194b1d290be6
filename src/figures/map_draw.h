#pragma once
// Small drawing pieces every map shares: the "no data" fill and the polygon layers drawn
// into one MapFrame. The joins from boundary features to curated data are maps/icb_join.h.
#include <optional>
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "draw/canvas.h"
#include "figures/chart_common.h"  // status_color
#include "figures/figure.h"
#include "figures/map_frame.h"
#include "maps/icb_join.h"
#include "style/style.h"

namespace dspt::figures {

// "No data": the score.no_data colour with a diagonal hatch (score.no_data_hatch*), so it is
// never read as a low value or as a status.
void fill_no_data(draw::Canvas& canvas, const draw::Path& path, const style::Style& style);

// A length given in ems of a text size, e.g. em(t.map.legend.swatch_em, t.text.label). Map
// geometry is kept in ems so it scales with the text sizes of each style (slides vs A4).
inline double em(double ems, double text_size) { return ems * text_size; }

// Bounds of a path's points (canvas units).
draw::Rect path_bounds(const draw::Path& path);

// Region borders and the coast, traced along the ICB arcs themselves at the frame's
// tolerance: every arc whose two sides lie in different regions (`regions`: index-aligned
// with the layer's features, maps::icb_feature_regions), or that only one ICB has. Drawing
// them from the ICBs (not from the separately generalised region file) keeps them exactly
// on the ICB borders at every scale, the London inset included. Each arc is drawn once;
// consecutive ones of a ring as one polyline, so their joins are drawn as joins.
draw::Path region_border_path(const FramedLayer& icbs, const std::vector<std::string>& regions,
                              const MapFrame& frame);

// Every border of the shown ICBs (shared ones and the coast), each arc once, as polylines.
draw::Path icb_border_path(const FramedLayer& icbs, const MapFrame& frame);

// ICB borders (thin: line.icb_boundary, in `icb_border` colour, e.g. colors.boundary) along
// every arc once, then region borders (colors.region_boundary / line.region_boundary) over those.
void stroke_boundaries(draw::Canvas& canvas, const FramedLayer& icbs, const std::vector<std::string>& regions,
                       const MapFrame& frame, const style::Style& style, const draw::Color& icb_border);

}  // namespace dspt::figures
