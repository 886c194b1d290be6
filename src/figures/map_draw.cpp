#include "figures/map_draw.h"

#include <algorithm>
#include <bit>
#include <cstdint>
#include <unordered_map>
#include <cmath>
#include <limits>
#include <map>
#include <string>

namespace dspt::figures {

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
    const std::string field = style.text("map.icb_code_field");
    std::vector<std::optional<curate::Status>> out;
    out.reserve(maps.icbs.features.size());
    for (const auto& f : maps.icbs.features) {
        auto it = by_ons.find(feature_value(f, field));
        out.push_back(it == by_ons.end() ? std::nullopt : std::optional<curate::Status>(it->second));
    }
    return out;
}

double em(const style::Style& style, const std::string& key, const std::string& text_key) {
    return style.number(key) * style.number(text_key);
}

draw::Rect path_bounds(const draw::Path& path) {
    if (path.points().empty()) return {};
    double x0 = std::numeric_limits<double>::max(), y0 = x0;
    double x1 = std::numeric_limits<double>::lowest(), y1 = x1;
    for (const auto& p : path.points()) {
        x0 = std::min(x0, p.x);
        y0 = std::min(y0, p.y);
        x1 = std::max(x1, p.x);
        y1 = std::max(y1, p.y);
    }
    return {x0, y0, x1 - x0, y1 - y0};
}

void fill_no_data(draw::Canvas& canvas, const draw::Path& path, const style::Style& style) {
    if (path.empty()) return;
    canvas.fill(path, {style.color("score.no_data")});
    const double spacing = style.number("score.no_data_hatch_spacing");
    const draw::Rect b = path_bounds(path);
    // Lines at 45 degrees, anchored to the canvas origin (not the shape) so neighbouring
    // no-data areas hatch continuously.
    draw::Path hatch;
    const double start = std::floor((b.x + b.y) / spacing) * spacing;
    for (double c = start; c <= b.right() + b.bottom() + spacing; c += spacing) {
        // x + y = c across the bounding box
        hatch.move_to({c - b.bottom(), b.bottom()});
        hatch.line_to({c - b.y, b.y});
    }
    draw::CanvasStateGuard guard(canvas);
    canvas.clip(path, draw::FillRule::EvenOdd);
    canvas.stroke(hatch, solid_line(style.color("score.no_data_hatch"), style.number("score.no_data_hatch_width")));
}

std::vector<std::string> icb_feature_regions(const MapLayers& maps, const curate::BriefingData& data,
                                             const style::Style& style) {
    std::map<std::string, std::string> region_of;
    for (const auto& icb : data.icbs) region_of[icb.ons_code] = icb.region_ons_code;
    const std::string field = style.text("map.icb_code_field");
    std::vector<std::string> out;
    out.reserve(maps.icbs.features.size());
    for (std::size_t i = 0; i < maps.icbs.features.size(); ++i) {
        auto it = region_of.find(feature_value(maps.icbs.features[i], field));
        out.push_back(it != region_of.end() ? it->second : "\x01polygon " + std::to_string(i));
    }
    return out;
}

namespace {

// An undirected edge by the exact bits of its end points: shared borders of a topologically
// clean layer, simplified together, have bit-identical vertices in both rings.
struct EdgeKey {
    std::uint64_t a[4];
    bool operator==(const EdgeKey& o) const { return std::equal(a, a + 4, o.a); }
};

struct EdgeKeyHash {
    std::size_t operator()(const EdgeKey& k) const {
        std::uint64_t h = 0x9E3779B97F4A7C15ULL;
        for (const std::uint64_t v : k.a) {
            h ^= v + 0x9E3779B97F4A7C15ULL + (h << 6) + (h >> 2);
            h *= 0xBF58476D1CE4E5B9ULL;
        }
        return static_cast<std::size_t>(h ^ (h >> 31));
    }
};

EdgeKey edge_key(geo::XY p, geo::XY q) {
    const bool swap = q.x < p.x || (q.x == p.x && q.y < p.y);
    if (swap) std::swap(p, q);
    // + 0.0 makes -0.0 and 0.0 the same point.
    return {{std::bit_cast<std::uint64_t>(p.x + 0.0), std::bit_cast<std::uint64_t>(p.y + 0.0),
             std::bit_cast<std::uint64_t>(q.x + 0.0), std::bit_cast<std::uint64_t>(q.y + 0.0)}};
}

struct EdgeUse {
    const std::string* region = nullptr;
    bool border = false;  // seen from two regions
    int uses = 0;
    bool drawn = false;
};

}  // namespace

draw::Path region_border_path(const FramedLayer& icbs, const std::vector<std::string>& regions,
                              const MapFrame& frame) {
    std::unordered_map<EdgeKey, EdgeUse, EdgeKeyHash> edges;
    std::size_t n = 0;
    for (const auto& f : icbs.simplified.features)
        for (const auto& r : f.rings) n += r.size();
    edges.reserve(n);
    for (std::size_t k = 0; k < icbs.shown.size(); ++k) {
        const std::string* region = &regions[icbs.shown[k]];
        for (const auto& ring : icbs.simplified.features[k].rings) {
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                EdgeUse& e = edges[edge_key(ring[i], ring[i + 1])];
                if (e.region && *e.region != *region) e.border = true;
                if (!e.region) e.region = region;
                ++e.uses;
            }
        }
    }
    // Consecutive border edges of a ring become one polyline, so joins are drawn as joins.
    draw::Path path;
    for (std::size_t k = 0; k < icbs.shown.size(); ++k) {
        for (const auto& ring : icbs.simplified.features[k].rings) {
            bool open = false;
            for (std::size_t i = 0; i + 1 < ring.size(); ++i) {
                EdgeUse& e = edges[edge_key(ring[i], ring[i + 1])];
                const bool draw_it = (e.border || e.uses == 1) && !e.drawn;
                if (!draw_it) {
                    open = false;
                    continue;
                }
                e.drawn = true;
                if (!open) path.move_to(frame.apply(ring[i]));
                path.line_to(frame.apply(ring[i + 1]));
                open = true;
            }
        }
    }
    return path;
}

void stroke_boundaries(draw::Canvas& canvas, const FramedLayer& icbs, const std::vector<std::string>& regions,
                       const MapFrame& frame, const style::Style& style, const draw::Color& icb_border) {
    canvas.stroke(merged(icbs.paths), solid_line(icb_border, style.number("line.icb_boundary")));
    draw::StrokeStyle region = solid_line(style.color("colors.region_boundary"), style.number("line.region_boundary"));
    region.cap = draw::LineCap::Round;
    canvas.stroke(region_border_path(icbs, regions, frame), region);
}

}  // namespace dspt::figures
