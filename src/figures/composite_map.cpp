#include "figures/composite_map.h"

#include <algorithm>
#include <map>
#include <memory>

#include "figures/alt_text.h"
#include "figures/map_draw.h"
#include "figures/map_legend.h"
#include "figures/score_scale.h"
#include "stats/tables.h"

namespace dspt::figures {

namespace {

struct CompositeLegend {
    ColourBar bar;
    MapLegend rest;  // title above the bar; "no data" row and the rule below it
    double width = 0;
    double title_height = 0;
    double bar_height = 0;
    double rest_height = 0;
};

}  // namespace

EnglandMapSpec icb_composite_map_spec(const draw::Canvas& canvas, const FigureInputs& inputs) {
    const MapLayers& maps = *inputs.maps;
    const style::Style& style = inputs.style;
    const auto scale = std::make_shared<const ScoreScale>(style);

    const bool trusts_alone = !inputs.data.in_export(curate::Sector::Icb);
    const std::vector<std::optional<double>>* scores = &inputs.derived().icb_feature_score;
    const auto no_data = static_cast<std::size_t>(
        std::count_if(scores->begin(), scores->end(), [](const auto& s) { return !s.has_value(); }));

    auto legend = std::make_shared<CompositeLegend>();
    legend->bar.min = scale->min();
    legend->bar.max = scale->max();
    legend->bar.ticks = scale->ticks(1);
    legend->bar.color = [scale](double v) { return (*scale)(v); };
    legend->bar.low_label = "Worse";
    legend->bar.high_label = "Better";
    legend->rest.title = "Composite score";
    if (no_data > 0) legend->rest.rows.push_back({"No data", {}, no_data, SwatchShape::NoData});
    legend->rest.note = trusts_alone ? "The export holds no ICB rows: the score is the mean of the ICB's "
                                       "trusts' scores alone (Exceeded "
                                       "+3, Met +1, Approaching \u22121, Not Met and Not Published \u22123)."
                                     : "Half the ICB's own score, half the mean of its trusts' scores "
                                       "(Exceeded +3, Met +1, Approaching "
                                       "\u22121, Not Met and Not Published \u22123).";
    legend->width = em(style.theme().map.legend.colour_bar_em, style.theme().text.label);
    const ColourBarLayout probe = layout_colour_bar(canvas, {0, 0, legend->width, 1e6}, style, legend->bar);
    legend->bar_height = probe.height;
    // The title and the no-data row are a MapLegend split around the bar.
    MapLegend title_only{legend->rest.title, {}, {}};
    legend->title_height = measure_map_legend(canvas, style, title_only, legend->width).y;
    MapLegend below{"", legend->rest.rows, legend->rest.note};
    legend->rest_height = measure_map_legend(canvas, style, below, legend->width).y;
    const double gap = em(style.theme().map.legend.block_gap_em, style.theme().text.label);

    // Shares the run's join (figures/derived.h); the paint lambda keeps it alive.
    const auto derived = inputs.shared_derived();
    const std::vector<std::string>* regions = &derived->icb_feature_region;

    EnglandMapSpec spec;
    spec.text =
        map_chrome_text(trusts_alone ? "ICB composite score: the ICB's trusts (no ICB rows in this export)"
                                     : "ICB composite score: the ICB and its trusts together",
                        inputs);
    spec.legend.size = {legend->width, legend->title_height + legend->bar_height + gap + legend->rest_height};
    spec.legend.draw = [legend, gap, &style](draw::Canvas& c, draw::Point at, double width) {
        draw_map_legend(c, style, {legend->rest.title, {}, {}}, at, width);
        const double bar_y = at.y + legend->title_height;
        const ColourBarLayout l =
            layout_colour_bar(c, {at.x, bar_y, width, legend->bar_height}, style, legend->bar);
        draw_colour_bar(c, l, style, legend->bar);
        draw_map_legend(c, style, {"", legend->rest.rows, legend->rest.note},
                        {at.x, bar_y + legend->bar_height + gap}, width);
    };
    spec.paint = [derived, scores, scale, regions, &maps, &style](draw::Canvas& c, const MapFrame& frame) {
        const FramedLayer icbs = frame_layer(maps.icb_arcs, frame);
        const auto& paths = icbs.paths;
        for (std::size_t i = 0; i < paths.size(); ++i) {
            if (paths[i].empty()) continue;
            if (const auto s = (*scores)[i]) {
                c.fill(paths[i], {(*scale)(*s)});
            } else {
                fill_no_data(c, paths[i], style);
            }
        }
        // White borders would vanish into the pale middle of the scale.
        stroke_boundaries(c, icbs, *regions, frame, style, style.theme().map.composite_boundary);
    };
    return spec;
}

Figure icb_composite_map() {
    Figure f;
    f.id = "icb_composite_map";
    f.title = "ICB composite score: the ICB and its trusts together";
    f.caption =
        "Composite score per ICB: half its own DSPT score, half the mean score of its trusts, on a scale "
        "from \u22123 to +3 centred on 0.";
    f.alt_text = icb_composite_map_alt;
    f.draw = [](draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
        if (!inputs.maps) return;
        draw_england_map(canvas, frame, inputs, icb_composite_map_spec(canvas, inputs));
    };
    return f;
}

}  // namespace dspt::figures
