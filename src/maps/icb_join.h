#pragma once
// The join of the ICB boundary features to the curated data: what each polygon is in the
// briefing (its status, its NHS England region). Index-aligned with maps.icbs.features.
#include <optional>
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "maps/map_layers.h"
#include "style/style.h"

namespace dspt::maps {

// The value of `field` for a feature ("" when the .dbf lacks it).
std::string feature_value(const geo::Feature& feature, const std::string& field);

// Each ICB feature's curated status; nullopt for a polygon that is not an ICB of the data.
// Joined on ICB23CD (style key map.icb_code_field) -> ODS code -> organisation.
std::vector<std::optional<curate::Status>> icb_feature_statuses(const MapLayers& maps,
                                                                const curate::BriefingData& data,
                                                                const style::Style& style);

// The NHS England region of each ICB feature: its ICB's region code in the data. A polygon
// without data is a region of its own, so it is outlined like one.
std::vector<std::string> icb_feature_regions(const MapLayers& maps, const curate::BriefingData& data,
                                             const style::Style& style);

}  // namespace dspt::maps
