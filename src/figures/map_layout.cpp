#include "figures/map_layout.h"

#include <algorithm>

#include "figures/map_draw.h"

namespace dspt::figures {

std::optional<geo::BBox> inset_extent(const MapLayers& maps, const style::Style& style) {
    const geo::Feature* region = dspt::maps::inset_region(maps, style);
    if (!region) return std::nullopt;
    return padded(region->bbox, style.theme().map.inset.padding);
}

geo::BBox england_extent(const MapLayers& maps, const style::Style& style) {
    geo::BBox box = maps.icbs.bbox;
    box.extend(maps.regions.bbox);
    return padded(box, style.theme().map.padding);
}

namespace {

struct Candidate {
    EnglandMapLayout layout;
    double scale = 0;
};

double aspect(const geo::BBox& b) { return b.width() / std::max(b.height(), 1e-9); }

// The inset box holds a title band above the inset map.
double inset_title_band(const style::Style& style) {
    return style.theme().text.label * style.theme().text.line_spacing +
           2 * em(style.theme().map.inset.title_gap_em, style.theme().text.label);
}

// Panel to the right of the map: legend at the top, inset at the bottom.
Candidate beside(const draw::Rect& plot, const geo::BBox& england, const std::optional<geo::BBox>& london,
                 const style::Style& style, draw::Point legend) {
    const double gap = em(style.theme().map.gap_em, style.theme().text.body);
    const double a = aspect(england);
    double map_h = plot.height;
    double map_w = map_h * a;
    double inset_w = 0, inset_h = 0;
    const double band = inset_title_band(style);
    if (london) {
        // As tall as what the legend leaves, up to map.inset.max_height_fraction of the map.
        inset_h =
            std::min(plot.height - legend.y - gap, plot.height * style.theme().map.inset.max_height_fraction);
        inset_w = std::max(0.0, inset_h - band) * aspect(*london);
    }
    double panel_w = std::max(legend.x, inset_w);
    if (map_w + gap + panel_w > plot.width) {
        // Too wide: the inset gives way first (down to the legend's width), then the map.
        const double room = plot.width - map_w - gap;
        if (london && room >= legend.x) {
            inset_w = room;
            inset_h = inset_w / aspect(*london) + band;
            panel_w = room;
        } else {
            panel_w = legend.x;
            if (london) {
                inset_w = panel_w;
                inset_h = inset_w / aspect(*london) + band;
            }
            map_w = std::max(0.0, plot.width - gap - panel_w);
            map_h = map_w / a;
        }
    }
    const double total = map_w + gap + panel_w;
    const double x0 = plot.x + (plot.width - total) / 2;
    Candidate c;
    c.layout.plot = plot;
    const draw::Rect map_rect{x0, plot.y + (plot.height - map_h) / 2, map_w, map_h};
    c.layout.panel = {x0 + map_w + gap, plot.y, panel_w, plot.height};
    c.layout.legend = {c.layout.panel.x, plot.y, legend.x, legend.y};
    if (london && inset_w > 0) {
        c.layout.inset_box = {c.layout.panel.x, map_rect.bottom() - inset_h, inset_w, inset_h};
        if (c.layout.inset_box.y < c.layout.legend.bottom() + gap)
            c.layout.inset_box.y = c.layout.legend.bottom() + gap;
    }
    c.layout.main.frame = map_rect;
    c.scale = map_w / std::max(england.width(), 1e-9);
    return c;
}

// Panel under the map (tall frames): legend on the left, inset on the right.
Candidate below(const draw::Rect& plot, const geo::BBox& england, const std::optional<geo::BBox>& london,
                const style::Style& style, draw::Point legend) {
    const double gap = em(style.theme().map.gap_em, style.theme().text.body);
    const double a = aspect(england);
    const double band = inset_title_band(style);
    double inset_w = 0, inset_h = 0;
    if (london) {
        inset_w = std::max(0.0, plot.width - legend.x - gap);
        inset_h = std::min(inset_w / aspect(*london) + band,
                           plot.height * style.theme().map.inset.max_height_fraction);
        inset_w = (inset_h - band) * aspect(*london);
    }
    const double panel_h = std::max(legend.y, inset_h);
    double map_h = std::max(0.0, plot.height - gap - panel_h);
    double map_w = std::min(plot.width, map_h * a);
    map_h = map_w / a;
    const double total_h = map_h + gap + panel_h;
    const double y0 = plot.y + (plot.height - total_h) / 2;
    Candidate c;
    c.layout.plot = plot;
    c.layout.main.frame = {plot.x + (plot.width - map_w) / 2, y0, map_w, map_h};
    c.layout.panel = {plot.x, y0 + map_h + gap, plot.width, panel_h};
    c.layout.legend = {plot.x, c.layout.panel.y, legend.x, legend.y};
    if (london && inset_w > 0)
        c.layout.inset_box = {plot.right() - inset_w, c.layout.panel.y, inset_w, inset_h};
    c.scale = map_w / std::max(england.width(), 1e-9);
    return c;
}

}  // namespace

EnglandMapLayout layout_england_map(const draw::Rect& plot, const MapLayers& maps, const style::Style& style,
                                    draw::Point legend_size, double device_pixels_per_unit) {
    const geo::BBox england = england_extent(maps, style);
    const auto london = inset_extent(maps, style);
    Candidate a = beside(plot, england, london, style, legend_size);
    const Candidate b = below(plot, england, london, style, legend_size);
    if (b.scale > a.scale * 1.05) a = b;  // prefer the panel beside: the usual slide and page block

    const double simplify = style.theme().map.simplify_device_pixels;
    EnglandMapLayout out = a.layout;
    out.main = fit_map_frame(england, out.main.frame, device_pixels_per_unit, simplify);
    if (london && out.inset_box.width > 0) {
        const double band = inset_title_band(style);
        const double pad = style.theme().line.thin;
        const draw::Rect map_box{out.inset_box.x + pad, out.inset_box.y + band, out.inset_box.width - 2 * pad,
                                 out.inset_box.height - band - pad};
        out.inset = fit_map_frame(*london, map_box, device_pixels_per_unit, simplify);
    }
    return out;
}

}  // namespace dspt::figures
