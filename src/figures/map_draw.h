#pragma once
// Small drawing pieces every map shares: the "no data" fill, the joins from boundary
// features to curated data, and the polygon layers drawn into one MapFrame.
#include <optional>
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "draw/canvas.h"
#include "figures/chart_common.h"  // status_color
#include "figures/figure.h"
#include "figures/map_frame.h"
#include "style/style.h"

namespace dspt::figures {

// The value of `field` for a feature ("" when the .dbf lacks it).
std::string feature_value(const geo::Feature& feature, const std::string& field);

// Each ICB feature's curated status (index-aligned with maps.icbs.features); nullopt for a
// polygon that is not an ICB of the data. Joined on ICB23CD -> ODS code -> organisation.
std::vector<std::optional<curate::Status>> icb_feature_statuses(const MapLayers& maps,
                                                                const curate::BriefingData& data,
                                                                const style::Style& style);

// "No data": the score.no_data colour with a diagonal hatch (score.no_data_hatch*), so it is
// never read as a low value or as a status.
void fill_no_data(draw::Canvas& canvas, const draw::Path& path, const style::Style& style);

// A length given in ems of a text size: style[key] * style[text_key]. Map geometry is kept in
// ems so it scales with the text sizes of each style (slides vs A4).
double em(const style::Style& style, const std::string& key, const std::string& text_key = "text.label");

// Bounds of a path's points (canvas units).
draw::Rect path_bounds(const draw::Path& path);

// The NHS England region of each ICB feature (index-aligned with maps.icbs.features): its
// ICB's region code in the data. A polygon without data is a region of its own, so it is
// outlined like one.
std::vector<std::string> icb_feature_regions(const MapLayers& maps, const curate::BriefingData& data,
                                             const style::Style& style);

// Region borders and the coast, traced along the simplified ICB rings themselves: every edge
// whose two sides lie in different regions, or that only one ICB has. Drawing them from the
// ICBs (not from the separately generalised region file) keeps them exactly on the ICB
// borders at every scale, the London inset included. Each edge is drawn once.
draw::Path region_border_path(const FramedLayer& icbs, const std::vector<std::string>& regions,
                              const MapFrame& frame);

// ICB borders (thin: line.icb_boundary, in `icb_border` colour, e.g. colors.boundary) over all
// ICB paths, then region borders (colors.region_boundary / line.region_boundary) over those.
void stroke_boundaries(draw::Canvas& canvas, const FramedLayer& icbs, const std::vector<std::string>& regions,
                       const MapFrame& frame, const style::Style& style, const draw::Color& icb_border);

}  // namespace dspt::figures
