#include "maps/icb_join.h"

#include <map>

namespace dspt::maps {

std::string feature_value(const geo::Feature& feature, const std::string& field) {
    auto it = feature.attributes.find(field);
    return it == feature.attributes.end() ? std::string() : it->second;
}

std::vector<std::optional<curate::Status>> icb_feature_statuses(const MapLayers& maps,
                                                                const curate::BriefingData& data,
                                                                const style::Style& style) {
    std::map<std::string, curate::Status> by_ods;
    for (const auto& org : data.organisations) {
        if (org.sector == curate::Sector::Icb) by_ods[org.code] = org.status;
    }
    std::map<std::string, curate::Status> by_ons;
    for (const auto& icb : data.icbs) {
        auto it = by_ods.find(icb.ods_code);
        // An ICB of the lookup is in the universe even without an export row (Not Published).
        by_ons[icb.ons_code] = it == by_ods.end() ? curate::Status::NotPublished : it->second;
    }
    const std::string field = style.theme().map.icb_code_field;
    std::vector<std::optional<curate::Status>> out;
    out.reserve(maps.icbs.features.size());
    for (const auto& f : maps.icbs.features) {
        auto it = by_ons.find(feature_value(f, field));
        out.push_back(it == by_ons.end() ? std::nullopt : std::optional<curate::Status>(it->second));
    }
    return out;
}

std::vector<std::string> icb_feature_regions(const MapLayers& maps, const curate::BriefingData& data,
                                             const style::Style& style) {
    std::map<std::string, std::string> region_of;
    for (const auto& icb : data.icbs) region_of[icb.ons_code] = icb.region_ons_code;
    const std::string field = style.theme().map.icb_code_field;
    std::vector<std::string> out;
    out.reserve(maps.icbs.features.size());
    for (std::size_t i = 0; i < maps.icbs.features.size(); ++i) {
        auto it = region_of.find(feature_value(maps.icbs.features[i], field));
        out.push_back(it != region_of.end() ? it->second : "\x01polygon " + std::to_string(i));
    }
    return out;
}

}  // namespace dspt::maps
