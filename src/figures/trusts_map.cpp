#include "figures/trusts_map.h"

#include <algorithm>
#include <array>
#include <memory>

#include "figures/alt_text.h"
#include "figures/map_draw.h"
#include "figures/map_legend.h"

namespace dspt::figures {

TrustMarkers trust_markers(const curate::BriefingData& data, const DerivedData& derived) {
    TrustMarkers out;
    for (const auto& org : data.organisations) {
        if (org.sector != curate::Sector::NhsTrust) continue;
        ++out.total;
        const auto it = derived.trust_positions.find(org.code);
        if (it == derived.trust_positions.end()) {
            ++out.not_mapped;
            continue;
        }
        out.markers.push_back({it->second, org.status, org.code});
    }
    std::stable_sort(out.markers.begin(), out.markers.end(), [](const TrustMarker& a, const TrustMarker& b) {
        if (a.status != b.status) return a.status > b.status;  // enum is worst..best: best drawn first
        return a.code < b.code;
    });
    return out;
}

namespace {

// Why trusts are missing from the map: no postcode file at all is not "postcode not found".
std::string unmapped_note(const curate::BriefingData& data, std::size_t not_mapped, std::size_t total) {
    const std::string n = std::to_string(total);
    if (!data.postcode_file)
        return "No postcode file was given, so none of the " + n +
               " trusts is mapped. They are in every table.";
    if (not_mapped == 0) return "All " + n + " trusts mapped at their headquarters postcode.";
    std::size_t no_postcode = 0;
    for (const auto& o : data.organisations)
        no_postcode += o.sector == curate::Sector::NhsTrust && !o.location && o.postcode.empty();
    const std::string why = no_postcode == not_mapped ? "no headquarters postcode"
                            : no_postcode == 0        ? "headquarters postcode not in the postcode file"
                                               : "headquarters postcode missing or not in the postcode file";
    return std::to_string(not_mapped) + " of " + n + " trusts not mapped: " + why +
           ". They are in every table.";
}

}  // namespace

EnglandMapSpec trust_status_map_spec(const draw::Canvas& canvas, const FigureInputs& inputs) {
    const MapLayers& maps = *inputs.maps;
    const style::Style& style = inputs.style;
    auto markers = std::make_shared<const TrustMarkers>(trust_markers(inputs.data, inputs.derived()));

    std::array<std::size_t, 5> counts{};
    for (const auto& m : markers->markers) ++counts[static_cast<std::size_t>(m.status)];
    auto legend = std::make_shared<MapLegend>();
    legend->title = "NHS trusts by DSPT status";
    for (const auto s : curate::kAllStatuses) {
        legend->rows.push_back({std::string(curate::status_label(s)), status_color(style, s),
                                counts[static_cast<std::size_t>(s)], SwatchShape::Circle});
    }
    legend->note = unmapped_note(inputs.data, markers->not_mapped, markers->total);

    // Shares the run's join (figures/derived.h); the paint lambda keeps it alive.
    const auto derived = inputs.shared_derived();
    const std::vector<std::string>* regions = &derived->icb_feature_region;

    EnglandMapSpec spec;
    spec.text = map_chrome_text("NHS trusts: DSPT status by headquarters location", inputs);
    spec.legend.size = measure_map_legend(
        canvas, style, *legend, em(style.theme().map.legend.max_width_em, style.theme().text.label));
    spec.legend.draw = [legend, &style](draw::Canvas& c, draw::Point at, double width) {
        draw_map_legend(c, style, *legend, at, width);
    };
    spec.paint = [derived, markers, regions, &maps, &style](draw::Canvas& c, const MapFrame& frame) {
        const FramedLayer icbs = frame_layer(maps.icb_arcs, frame);
        const auto& paths = icbs.paths;
        const draw::FillStyle base{style.theme().map.trusts.base_fill};
        for (const auto& p : paths) {
            if (!p.empty()) c.fill(p, base);
        }
        stroke_boundaries(c, icbs, *regions, frame, style, style.theme().colors.boundary);

        const double radius = em(style.theme().map.trusts.marker_radius_em, style.theme().text.label);
        const double alpha = style.theme().map.trusts.marker_alpha;
        const draw::StrokeStyle outline =
            solid_line(style.theme().map.trusts.marker_outline,
                       em(style.theme().map.trusts.marker_outline_em, style.theme().text.label));
        const draw::Rect visible = frame.frame;
        for (const auto& m : markers->markers) {
            const draw::Point p = frame.apply(m.position);
            if (p.x < visible.x - radius || p.x > visible.right() + radius || p.y < visible.y - radius ||
                p.y > visible.bottom() + radius) {
                continue;
            }
            c.fill_and_stroke(draw::Path().circle(p, radius),
                              {status_color(style, m.status).with_alpha(alpha)}, outline);
        }
    };
    return spec;
}

Figure trust_status_map() {
    Figure f;
    f.id = "trust_status_map";
    f.title = "NHS trusts: DSPT status by headquarters location";
    f.caption =
        "Each NHS trust at its headquarters postcode, coloured by DSPT status; the worst statuses are drawn "
        "on top.";
    f.alt_text = trust_status_map_alt;
    f.draw = [](draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
        if (!inputs.maps) return;
        draw_england_map(canvas, frame, inputs, trust_status_map_spec(canvas, inputs));
    };
    return f;
}

}  // namespace dspt::figures
