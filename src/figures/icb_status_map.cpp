#include "figures/icb_status_map.h"

#include <memory>

#include "figures/alt_text.h"
#include "figures/map_draw.h"
#include "figures/map_legend.h"

namespace dspt::figures {

namespace {

MapLegend status_legend_with_counts(const FigureInputs& inputs,
                                    const std::vector<std::optional<curate::Status>>& feature_statuses) {
    std::array<std::size_t, 5> counts{};
    for (const auto& org : inputs.data.organisations) {
        if (org.sector == curate::Sector::Icb) ++counts[static_cast<std::size_t>(org.status)];
    }
    MapLegend legend;
    legend.title = "ICBs by DSPT status";
    if (!inputs.data.in_export(curate::Sector::Icb)) {
        // No ICB rows at all: every boundary is "no data", and the legend says why.
        legend.rows.push_back({"ICB not in this export", {}, feature_statuses.size(), SwatchShape::NoData});
        legend.note = "The export holds no ICB rows, so no ICB has a status in this briefing.";
        return legend;
    }
    for (const auto s : curate::kAllStatuses) {
        legend.rows.push_back({std::string(curate::status_label(s)), status_color(inputs.style, s),
                               counts[static_cast<std::size_t>(s)]});
    }
    std::size_t no_data = 0;
    for (const auto& s : feature_statuses) no_data += s ? 0 : 1;
    if (no_data > 0) {
        legend.rows.push_back({"Boundary without ICB data", {}, no_data, SwatchShape::NoData});
    }
    return legend;
}

}  // namespace

MapLegend icb_status_legend(const FigureInputs& inputs) {
    return status_legend_with_counts(inputs, inputs.derived().icb_feature_status);
}

EnglandMapSpec icb_status_map_spec(const draw::Canvas& canvas, const FigureInputs& inputs) {
    const MapLayers& maps = *inputs.maps;
    const style::Style& style = inputs.style;
    const auto* statuses = &inputs.derived().icb_feature_status;
    auto legend = std::make_shared<const MapLegend>(status_legend_with_counts(inputs, *statuses));
    const double max_w = em(style.theme().map.legend.max_width_em, style.theme().text.label);

    // Shares the run's join (figures/derived.h); the paint lambda keeps it alive.
    const auto derived = inputs.shared_derived();
    const std::vector<std::string>* regions = &derived->icb_feature_region;

    EnglandMapSpec spec;
    spec.text = map_chrome_text("Integrated Care Boards: DSPT status", inputs);
    spec.legend.size = measure_map_legend(canvas, style, *legend, max_w);
    spec.legend.draw = [legend, &style](draw::Canvas& c, draw::Point at, double width) {
        draw_map_legend(c, style, *legend, at, width);
    };
    spec.paint = [derived, statuses, regions, &maps, &style](draw::Canvas& c, const MapFrame& frame) {
        const FramedLayer icbs = frame_layer(maps.icb_arcs, frame);
        const auto& paths = icbs.paths;
        for (std::size_t i = 0; i < paths.size(); ++i) {
            if (paths[i].empty()) continue;
            if (const auto s = (*statuses)[i]) {
                c.fill(paths[i], {status_color(style, *s)});
            } else {
                fill_no_data(c, paths[i], style);
            }
        }
        stroke_boundaries(c, icbs, *regions, frame, style, style.theme().colors.boundary);
    };
    return spec;
}

Figure icb_status_map() {
    Figure f;
    f.id = "icb_status_map";
    f.title = "Integrated Care Boards: DSPT status";
    f.caption = "Each ICB shaded by its own DSPT status; NHS England regions outlined.";
    f.alt_text = icb_status_map_alt;
    f.draw = [](draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
        if (!inputs.maps) return;
        draw_england_map(canvas, frame, inputs, icb_status_map_spec(canvas, inputs));
    };
    return f;
}

}  // namespace dspt::figures
