#include "figures/derived.h"

#include <map>

#include "geo/projection.h"
#include "maps/icb_join.h"

namespace dspt::figures {

std::shared_ptr<const DerivedData> derive(stats::BriefingStats stats, const curate::BriefingData& data,
                                          const style::Style& style, const maps::MapLayers* maps) {
    auto d = std::make_shared<DerivedData>();
    static_cast<stats::BriefingStats&>(*d) = std::move(stats);
    // After the tables are in place: the briefs point into them.
    d->icb_briefs = stats::icb_briefs(data, *d);
    if (maps) {
        std::vector<geo::XY> points;
        std::vector<const std::string*> codes;
        for (const auto& o : data.organisations) {
            if (o.sector != curate::Sector::NhsTrust || !o.location) continue;
            points.push_back({o.location->lon, o.location->lat});  // x longitude, y latitude
            codes.push_back(&o.code);
        }
        if (!points.empty()) {
            const geo::Projector to_map(style.theme().map.trusts.source_crs, style.theme().map.crs);
            to_map.project_in_place(points);
            for (std::size_t i = 0; i < points.size(); ++i) d->trust_positions.emplace(*codes[i], points[i]);
        }
        const std::string code_field = style.theme().map.icb_code_field;
        for (std::size_t i = 0; i < maps->icbs.features.size(); ++i)
            d->icb_feature_of_code.emplace(maps::feature_value(maps->icbs.features[i], code_field), i);
        d->icb_feature_status = maps::icb_feature_statuses(*maps, data, style);
        d->icb_feature_region = maps::icb_feature_regions(*maps, data, style);
        std::map<std::string, double> by_ons;
        for (const auto& s : d->scores)
            if (s.has_composite) by_ons[s.icb.ons_code] = s.composite_score;
        const std::string field = style.theme().map.icb_code_field;
        d->icb_feature_score.reserve(maps->icbs.features.size());
        for (const auto& f : maps->icbs.features) {
            auto it = by_ons.find(maps::feature_value(f, field));
            d->icb_feature_score.push_back(it == by_ons.end() ? std::nullopt
                                                              : std::optional<double>(it->second));
        }
    }
    return d;
}

}  // namespace dspt::figures
