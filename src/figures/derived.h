#pragma once
// What the figures and the report read besides the curated data, computed once per run
// and handed down (issue #12 item 2): the statistics tables, the ranked ICB scores and
// the join of the ICB boundary features to the data. Nothing downstream recomputes them.
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "curate/briefing_data.h"
#include "maps/map_layers.h"
#include "stats/briefing_stats.h"
#include "stats/icb_briefs.h"
#include "style/style.h"

namespace dspt::figures {

struct DerivedData : stats::BriefingStats {
    // Index-aligned with maps->icbs.features; empty without boundaries.
    std::vector<std::optional<curate::Status>> icb_feature_status;  // nullopt: no ICB of the data
    std::vector<std::string> icb_feature_region;                    // region code, or a region of its own
    std::vector<std::optional<double>> icb_feature_score;           // nullopt: no composite
    // Each ICB's page and slide (stats/icb_briefs.h), by region then name. They point into
    // this object's tables and the curated data.
    std::vector<stats::IcbBrief> icb_briefs;
    // Trust headquarters projected to the map CRS once, by trust code; empty without
    // boundaries. Trusts that could not be mapped are absent.
    std::unordered_map<std::string, geo::XY> trust_positions;
    bool mapped(const std::string& trust_code) const { return trust_positions.count(trust_code) > 0; }
    // The ICB feature of an ICB23CD, or -1 when the boundaries have none.
    std::unordered_map<std::string, std::size_t> icb_feature_of_code;
    long feature_of(const std::string& icb_ons_code) const {
        auto it = icb_feature_of_code.find(icb_ons_code);
        return it == icb_feature_of_code.end() ? -1 : static_cast<long>(it->second);
    }
};

// `stats` as computed after curation; `style` names the boundary field that holds the ICB
// code (map.icb_code_field).
std::shared_ptr<const DerivedData> derive(stats::BriefingStats stats, const curate::BriefingData& data,
                                          const style::Style& style, const maps::MapLayers* maps);

}  // namespace dspt::figures
