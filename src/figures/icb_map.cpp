#include "figures/icb_map.h"

#include <algorithm>

#include "figures/chart_common.h"
#include "figures/map_draw.h"
#include "figures/scale_bar.h"

namespace dspt::figures {
namespace {

// The box the scale bar sits on, in the area's bottom-right corner.
draw::Rect scale_bar_box(const draw::Canvas& canvas, const MapFrame& frame, const draw::Rect& area,
                         const style::Style& style) {
    const auto& t = style.theme();
    const double margin = em(t.map.scale_bar.margin_em, t.text.small);
    const draw::Point bar = scale_bar_size(canvas, frame, style);
    const double pad = margin / 2;
    return {area.right() - margin - bar.x - pad, area.bottom() - margin - bar.y - pad, bar.x + 2 * pad,
            bar.y + 2 * pad};
}

// Even-odd point in a path of rings (holes are rings of their own); a curve counts by its
// end point, which the prepared boundaries never need.
bool path_contains(const draw::Path& path, draw::Point q) {
    bool in = false;
    const auto& pts = path.points();
    std::size_t k = 0, start = 0;
    draw::Point prev{}, first{};
    auto edge = [&](draw::Point a, draw::Point b) {
        if ((a.y > q.y) != (b.y > q.y) && q.x < a.x + (q.y - a.y) * (b.x - a.x) / (b.y - a.y)) in = !in;
    };
    for (const auto op : path.ops()) {
        switch (op) {
            case draw::Path::Op::MoveTo:
                if (k > start) edge(prev, first);
                first = prev = pts[k];
                start = k++;
                break;
            case draw::Path::Op::LineTo:
                edge(prev, pts[k]);
                prev = pts[k++];
                break;
            case draw::Path::Op::CurveTo:
                edge(prev, pts[k + 2]);
                prev = pts[k + 2];
                k += 3;
                break;
            case draw::Path::Op::Close:
                edge(prev, first);
                prev = first;
                start = k;
                break;
        }
    }
    if (k > start) edge(prev, first);
    return in;
}

// The ICB's extent padded, then widened or heightened to the area's aspect, so the
// neighbours fill the whole area instead of leaving bands.
geo::BBox extent_for(const geo::BBox& icb, const draw::Rect& area, double padding) {
    geo::BBox e = padded(icb, padding);
    const double want = area.width / std::max(area.height, 1e-9);
    const double have = e.width() / std::max(e.height(), 1e-9);
    if (have < want) {
        const double grow = (e.height() * want - e.width()) / 2;
        e.min_x -= grow;
        e.max_x += grow;
    } else {
        const double grow = (e.width() / want - e.height()) / 2;
        e.min_y -= grow;
        e.max_y += grow;
    }
    return e;
}

}  // namespace

void draw_numbered_marker(draw::Canvas& canvas, draw::Point centre, double radius, int number,
                          curate::Status status, const style::Style& style) {
    const auto& p = style.theme().icb_page;
    // A white halo, then the disc with a dark ring: a marker stays visible on a fill of its
    // own status colour, which is where most trusts sit.
    canvas.fill(draw::Path().circle(centre, radius + p.marker_halo_width), {p.marker_halo});
    canvas.fill_and_stroke(draw::Path().circle(centre, radius), {status_color(style, status)},
                           solid_line(p.marker_outline, p.marker_outline_width));
    // Two digits shrink to stay inside the ring.
    const std::string text = std::to_string(number);
    double size = em(p.marker_text_em, style.theme().text.small);
    const double w = canvas.measure(text, draw::FontFace::Bold, size).width;
    if (w > 1.25 * radius) size *= 1.25 * radius / w;
    text_centred(canvas, centre, text, draw::FontFace::Bold, size, status_text_color(style, status));
}

IcbMapPlan plan_icb_map(const draw::Canvas& canvas, const draw::Rect& area, const FigureInputs& inputs,
                        const stats::IcbBrief& brief) {
    IcbMapPlan plan;
    const style::Style& style = inputs.style;
    const auto& p = style.theme().icb_page;
    const double small = style.theme().text.small;
    plan.radius = em(p.marker_radius_em, small);
    if (!inputs.maps || area.width <= 0 || area.height <= 0) return plan;
    const DerivedData& d = inputs.derived();
    const long feature = d.feature_of(brief.icb.ons_code);
    if (feature < 0) return plan;
    plan.feature = static_cast<std::size_t>(feature);
    const geo::BBox icb = inputs.maps->icbs.features[plan.feature].bbox;
    plan.frame = fit_map_frame(extent_for(icb, area, p.map_padding), area, canvas.device_pixels_per_unit(),
                               style.theme().map.simplify_device_pixels);

    std::vector<draw::Point> anchors;
    for (const auto& t : brief.trusts) {
        auto it = d.trust_positions.find(t.org->code);
        if (it == d.trust_positions.end()) continue;
        draw::Point a = plan.frame->apply(it->second);
        // A headquarters outside the view is pinned to its edge (and led to by a line).
        a.x = std::clamp(a.x, area.x + plan.radius, area.right() - plan.radius);
        a.y = std::clamp(a.y, area.y + plan.radius, area.bottom() - plan.radius);
        anchors.push_back(a);
        plan.numbers.push_back(t.number);
    }
    const draw::Rect bounds{area.x, area.y, area.width, area.height};
    plan.scale_box = scale_bar_box(canvas, *plan.frame, area, style);
    // A moved marker lands inside its own ICB where it can, so it is not read as a neighbour's.
    const draw::Path own =
        feature_path(inputs.maps->icb_arcs, inputs.maps->icb_arcs.features[plan.feature], *plan.frame);
    plan.markers = place_markers(anchors, plan.radius, em(p.marker_gap_em, small), bounds, {plan.scale_box},
                                 [&own](draw::Point q) { return path_contains(own, q); });
    return plan;
}

IcbMapPlan draw_icb_map(draw::Canvas& canvas, const draw::Rect& area, const FigureInputs& inputs,
                        const stats::IcbBrief& brief) {
    IcbMapPlan plan = plan_icb_map(canvas, area, inputs, brief);
    if (!plan.frame) return plan;
    const style::Style& style = inputs.style;
    const auto& t = style.theme();
    const auto& p = t.icb_page;
    const MapFrame& frame = *plan.frame;

    draw::CanvasStateGuard guard(canvas);
    canvas.clip(draw::Path().rect(area));
    canvas.fill(draw::Path().rect(area), {t.colors.background});
    const FramedLayer icbs = frame_layer(inputs.maps->icb_arcs, frame);
    for (std::size_t i : icbs.shown) {
        const draw::Path& path = icbs.paths[i];
        if (path.empty()) continue;
        if (i != plan.feature)
            canvas.fill(path, {p.context_fill});
        else if (brief.status)
            canvas.fill(path, {status_color(style, *brief.status)});
        else
            fill_no_data(canvas, path, style);
    }
    stroke_boundaries(canvas, icbs, inputs.derived().icb_feature_region, frame, style, p.context_border);
    if (!icbs.paths[plan.feature].empty())
        canvas.stroke(icbs.paths[plan.feature], solid_line(p.own_border, p.own_border_width));

    // The scale bar on a box of the background; the markers keep clear of it.
    const double margin = em(t.map.scale_bar.margin_em, t.text.small);
    canvas.fill(draw::Path().rect(plan.scale_box), {t.colors.background});
    draw_scale_bar(canvas, frame, style, {area.right() - margin, area.bottom() - margin});

    // Leaders under the markers: from the trust's true position to its marker.
    const draw::StrokeStyle leader = solid_line(p.leader, p.leader_width);
    for (const auto& m : plan.markers) {
        if (!m.displaced) continue;
        canvas.stroke(draw::Path().move_to(m.anchor).line_to(m.centre), leader);
        canvas.fill(draw::Path().circle(m.anchor, p.leader_width * 2), {p.leader});
    }
    std::vector<curate::Status> status_of_number(brief.trusts.size() + 1, curate::Status::NotPublished);
    for (const auto& tr : brief.trusts)
        status_of_number[static_cast<std::size_t>(tr.number)] = tr.org->status;
    for (std::size_t i = 0; i < plan.markers.size(); ++i)
        draw_numbered_marker(canvas, plan.markers[i].centre, plan.radius, plan.numbers[i],
                             status_of_number[static_cast<std::size_t>(plan.numbers[i])], style);
    return plan;
}

std::string icb_map_alt(const FigureInputs& inputs, const stats::IcbBrief& brief) {
    std::string out = "Map of " + brief.icb.name + " (" +
                      (brief.status ? std::string(curate::status_label(*brief.status)) + ")"
                                    : std::string("no ICB status in this export)")) +
                      " and its neighbours";
    std::size_t mapped = 0;
    for (const auto& tr : brief.trusts) mapped += inputs.derived().mapped(tr.org->code);
    if (brief.trusts.empty()) return out + ". It has no NHS trusts.";
    out += ", with " + std::to_string(mapped) + " of its " + std::to_string(brief.trusts.size()) +
           (brief.trusts.size() == 1 ? " trust" : " trusts") +
           " marked at their headquarters and numbered as in the table that follows.";
    return out;
}

}  // namespace dspt::figures
