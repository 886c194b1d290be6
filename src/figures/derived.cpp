#include "figures/derived.h"

#include <map>

#include "maps/icb_join.h"

namespace dspt::figures {

std::shared_ptr<const DerivedData> derive(stats::BriefingStats stats, const curate::BriefingData& data,
                                          const style::Style& style, const maps::MapLayers* maps) {
    auto d = std::make_shared<DerivedData>();
    static_cast<stats::BriefingStats&>(*d) = std::move(stats);
    if (maps) {
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
