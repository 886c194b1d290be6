// Each ICB's slide and its map (issue #14), on the real November 2023 sample and its
// boundaries: the ICB filled by its status and its neighbours in the context colour,
// trusts that share a headquarters kept apart and numbered, an ICB without trusts, a
// trust that could not be mapped.
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <set>

#include "draw/cairo_canvas.h"
#include "figure_fixtures.h"
#include "figures/chart_common.h"
#include "figures/derived.h"
#include "figures/icb_map.h"
#include "figures/icb_slide.h"
#include "figures/map_frame.h"
#include "figures/marker_placement.h"
#include "figures/scale_bar.h"
#include "geo/polylabel.h"
#include "geo/prepared_layer.h"
#include "map_fixtures.h"
#include "stats/briefing_stats.h"

namespace dspt::figures {
namespace {

using testing::kSlideH;
using testing::kSlideScale;
using testing::kSlideW;
using testing::sample;

struct Drawn {
    std::unique_ptr<draw::CairoCanvas> canvas;
    IcbMapPlan plan;
    IcbSlideLayout layout;
};

Drawn draw_slide(const FigureInputs& in, const stats::IcbBrief& b) {
    Drawn d;
    d.canvas = std::make_unique<draw::CairoCanvas>(*sample().fonts, kSlideW, kSlideH, kSlideScale,
                                                   in.style.theme().colors.background);
    d.layout = layout_icb_slide(*d.canvas, {0, 0, kSlideW, kSlideH}, in, b);
    d.plan = draw_icb_slide(*d.canvas, {0, 0, kSlideW, kSlideH}, in, b);
    return d;
}

const stats::IcbBrief& brief_of(const FigureInputs& in, const std::string& ods) {
    for (const auto& b : in.derived().icb_briefs)
        if (b.icb.ods_code == ods) return b;
    throw std::runtime_error("no ICB " + ods);
}

// Canvas point of a feature's pole of inaccessibility in a frame.
draw::Point pole_of(const MapFrame& frame, std::size_t feature) {
    const auto& f = sample().maps.icbs.features[feature];
    return frame.apply(geo::polylabel(f.rings, 1.0));
}

bool near_marker(const IcbMapPlan& plan, draw::Point p) {
    for (const auto& m : plan.markers) {
        if (std::hypot(m.centre.x - p.x, m.centre.y - p.y) < plan.radius * 1.5) return true;
        if (m.displaced && std::hypot(m.anchor.x - p.x, m.anchor.y - p.y) < plan.radius) return true;
    }
    return false;
}

bool inside(const draw::Rect& r, draw::Point p, double margin) {
    return p.x > r.x + margin && p.x < r.right() - margin && p.y > r.y + margin && p.y < r.bottom() - margin;
}

BOOST_AUTO_TEST_CASE(the_icb_is_filled_by_its_status_and_a_neighbour_by_the_context_colour) {
    const auto& s = sample();
    const FigureInputs in(s.data, s.style, &s.maps);
    const auto& briefs = in.derived().icb_briefs;
    BOOST_REQUIRE_EQUAL(briefs.size(), 42u);
    const draw::Color context = s.style.theme().icb_page.context_fill;
    std::size_t poles = 0, neighbours = 0;
    // Every ICB; a pole that a trust's marker covers is not the ICB's fill to see.
    for (const auto& b : briefs) {
        const std::string code = b.icb.ods_code;
        const Drawn d = draw_slide(in, b);
        BOOST_REQUIRE(d.plan.frame);
        const draw::Point pole = pole_of(*d.plan.frame, d.plan.feature);
        if (!near_marker(d.plan, pole)) {
            ++poles;
            BOOST_REQUIRE(b.status);
            BOOST_TEST(testing::channel_distance(testing::pixel_at(*d.canvas, pole),
                                                 status_color(s.style, *b.status)) < 0.02,
                       code << ": pole " << testing::describe(testing::pixel_at(*d.canvas, pole)));
        }
        // A neighbour: a feature sharing a border arc, whose pole is in view and clear of markers.
        const auto& layer = s.maps.icb_arcs;
        std::set<std::size_t> around;
        for (const auto& ring : layer.features[d.plan.feature].rings)
            for (auto a : ring.arcs) {
                const auto& arc = layer.arcs[geo::arc_index(a)];
                for (auto f : arc.feature)
                    if (f >= 0 && static_cast<std::size_t>(f) != d.plan.feature)
                        around.insert(static_cast<std::size_t>(f));
            }
        BOOST_TEST(!around.empty(), code);
        // (Clear of the scale bar at the bottom-right; a border line may cross the pole of the part
        // in view, so the pole and four points around it are looked at and most must be context.)
        const draw::Rect scale_corner{d.layout.map.right() - 160, d.layout.map.bottom() - 60, 160, 60};
        for (std::size_t n : around) {
            const draw::Point p = pole_of(*d.plan.frame, n);
            if (!inside(d.layout.map, p, 20) || near_marker(d.plan, p) || inside(scale_corner, p, 0))
                continue;
            ++neighbours;
            int plain = 0;
            for (const draw::Point q : {p, draw::Point{p.x + 4, p.y}, draw::Point{p.x - 4, p.y},
                                        draw::Point{p.x, p.y + 4}, draw::Point{p.x, p.y - 4}})
                plain += testing::channel_distance(testing::pixel_at(*d.canvas, q), context) < 0.02;
            BOOST_TEST(plain >= 3, code << ": neighbour " << n << " "
                                        << testing::describe(testing::pixel_at(*d.canvas, p)));
            break;
        }
    }
    BOOST_TEST(poles >= 20u);
    BOOST_TEST(neighbours >= 25u);
}

BOOST_AUTO_TEST_CASE(without_markers_every_icb_pole_shows_its_status_colour) {
    const auto& s = sample();
    curate::BriefingData data = s.data;
    for (auto& o : data.organisations) o.location.reset();  // no markers to cover a pole
    const FigureInputs in(data, s.style, &s.maps);
    std::size_t checked = 0;
    for (const auto& b : in.derived().icb_briefs) {
        const Drawn d = draw_slide(in, b);
        BOOST_REQUIRE(d.plan.frame);
        BOOST_TEST(d.plan.markers.empty());
        BOOST_REQUIRE(b.status);
        const draw::Point pole = pole_of(*d.plan.frame, d.plan.feature);
        BOOST_TEST(testing::channel_distance(testing::pixel_at(*d.canvas, pole),
                                             status_color(s.style, *b.status)) < 0.02,
                   b.icb.ods_code << ": pole " << testing::describe(testing::pixel_at(*d.canvas, pole)));
        ++checked;
    }
    BOOST_TEST(checked == 42u);
}

BOOST_AUTO_TEST_CASE(the_icb_is_outlined_and_the_map_has_a_scale_bar) {
    const auto& s = sample();
    const FigureInputs in(s.data, s.style, &s.maps);
    const auto& t = s.style.theme();
    for (const char* code : {"QHM", "QMJ", "QJM"}) {
        const auto& b = brief_of(in, code);
        const Drawn d = draw_slide(in, b);
        BOOST_REQUIRE(d.plan.frame);
        // The ICB's own outline: its boundary vertices, where no marker or the scale bar sits.
        const FramedLayer layer = frame_layer(s.maps.icb_arcs, *d.plan.frame);
        std::size_t looked = 0, dark = 0;
        const auto& pts = layer.paths[d.plan.feature].points();
        for (std::size_t i = 0; i < pts.size(); i += 3) {
            if (!inside(d.layout.map, pts[i], 20) || near_marker(d.plan, pts[i])) continue;
            ++looked;
            dark +=
                testing::channel_distance(testing::pixel_at(*d.canvas, pts[i]), t.icb_page.own_border) < 0.15;
        }
        BOOST_TEST(looked >= 10u, code);
        BOOST_TEST(dark >= looked * 8 / 10,
                   code << ": " << dark << " of " << looked << " boundary points dark");
        // The scale bar's dark half, at the map's bottom-right.
        const double margin = t.map.scale_bar.margin_em * t.text.small;
        const draw::Point size = scale_bar_size(*d.canvas, *d.plan.frame, s.style);
        const draw::Point dark_half{
            d.layout.map.right() - margin - size.x + 2,
            d.layout.map.bottom() - margin - size.y + t.map.scale_bar.height_em * t.text.small / 2};
        BOOST_TEST(
            testing::channel_distance(testing::pixel_at(*d.canvas, dark_half), t.map.scale_bar.color) < 0.05,
            code << ": scale bar " << testing::describe(testing::pixel_at(*d.canvas, dark_half)));
    }
}

BOOST_AUTO_TEST_CASE(markers_of_trusts_at_one_address_are_kept_apart) {
    const draw::Rect bounds{0, 0, 400, 300};
    const auto placed = place_markers({{100, 100}, {100, 100}, {100, 100}, {300, 200}}, 8, 2, bounds);
    BOOST_REQUIRE_EQUAL(placed.size(), 4u);
    BOOST_TEST(!placed[0].displaced);
    BOOST_TEST(placed[1].displaced);
    BOOST_TEST(placed[2].displaced);
    BOOST_TEST(!placed[3].displaced);
    for (std::size_t i = 0; i < placed.size(); ++i)
        for (std::size_t j = i + 1; j < placed.size(); ++j)
            BOOST_TEST(std::hypot(placed[i].centre.x - placed[j].centre.x,
                                  placed[i].centre.y - placed[j].centre.y) >= 18 - 1e-9);
    // A marker whose place is taken by an obstacle (the scale bar) moves off it.
    const draw::Rect bar{90, 90, 40, 20};
    const auto clear = place_markers({{100, 100}}, 8, 2, bounds, {bar});
    BOOST_TEST(clear[0].displaced);
    BOOST_TEST((clear[0].centre.x + 8 <= bar.x || clear[0].centre.x - 8 >= bar.right() ||
                clear[0].centre.y + 8 <= bar.y || clear[0].centre.y - 8 >= bar.bottom()));
    // A moved marker lands where it is preferred (inside its ICB), here only left of x = 95.
    const auto left =
        place_markers({{100, 100}, {100, 100}}, 8, 2, bounds, {}, [](draw::Point q) { return q.x < 95; });
    BOOST_TEST(left[1].displaced);
    BOOST_TEST(left[1].centre.x < 95);
    // Near an edge the free spot is found inside the bounds.
    const auto edge = place_markers({{5, 5}, {5, 5}}, 8, 2, bounds);
    BOOST_TEST(edge[1].centre.x - 8 >= 0);
    BOOST_TEST(edge[1].centre.y - 8 >= 0);
}

BOOST_AUTO_TEST_CASE(two_trusts_with_the_same_headquarters_both_stay_visible_and_numbered) {
    const auto& s = sample();
    curate::BriefingData data = s.data;
    // Two trusts of Greater Manchester (QOP) given one headquarters.
    std::vector<curate::Organisation*> qop;
    for (auto& o : data.organisations)
        if (o.sector == curate::Sector::NhsTrust && o.icb_ods_code == "QOP" && o.location) qop.push_back(&o);
    BOOST_REQUIRE(qop.size() >= 2);
    qop[1]->location = qop[0]->location;
    const FigureInputs in(data, s.style, &s.maps);
    const auto& b = brief_of(in, "QOP");
    const Drawn d = draw_slide(in, b);
    BOOST_REQUIRE_EQUAL(d.plan.markers.size(), b.trusts.size());
    int first = 0, second = 0;
    for (const auto& t : b.trusts) {
        if (t.org->code == qop[0]->code) first = t.number;
        if (t.org->code == qop[1]->code) second = t.number;
    }
    const PlacedMarker* m1 = nullptr;
    const PlacedMarker* m2 = nullptr;
    for (std::size_t i = 0; i < d.plan.markers.size(); ++i) {
        if (d.plan.numbers[i] == first) m1 = &d.plan.markers[i];
        if (d.plan.numbers[i] == second) m2 = &d.plan.markers[i];
    }
    BOOST_REQUIRE(m1 && m2);
    BOOST_TEST(std::abs(m1->anchor.x - m2->anchor.x) < 1e-9);
    BOOST_TEST(std::abs(m1->anchor.y - m2->anchor.y) < 1e-9);
    BOOST_TEST(std::hypot(m1->centre.x - m2->centre.x, m1->centre.y - m2->centre.y) >= 2 * d.plan.radius);
    BOOST_TEST((m1->displaced || m2->displaced));
    // The leader shows between the two discs, from the shared address to the moved marker.
    const PlacedMarker* moved = m1->displaced ? m1 : m2;
    const double len = std::hypot(moved->centre.x - moved->anchor.x, moved->centre.y - moved->anchor.y);
    const double along = d.plan.radius + (len - 2 * d.plan.radius) / 2;
    const draw::Point gap{moved->anchor.x + (moved->centre.x - moved->anchor.x) * along / len,
                          moved->anchor.y + (moved->centre.y - moved->anchor.y) * along / len};
    BOOST_TEST(
        testing::channel_distance(testing::pixel_at(*d.canvas, gap), s.style.theme().icb_page.leader) < 0.35,
        "leader " << testing::describe(testing::pixel_at(*d.canvas, gap)));
    // Both discs are drawn in their trust's status colour (checked just inside the rim, clear of the number).
    for (const auto* o : {qop[0], qop[1]}) {
        const PlacedMarker* m = o == qop[0] ? m1 : m2;
        const draw::Point rim{m->centre.x, m->centre.y - d.plan.radius * 0.8};
        BOOST_TEST(testing::channel_distance(testing::pixel_at(*d.canvas, rim),
                                             status_color(s.style, o->status)) < 0.05,
                   o->code << " " << testing::describe(testing::pixel_at(*d.canvas, rim)));
    }
}

BOOST_AUTO_TEST_CASE(an_icb_without_trusts_still_has_its_map_and_score) {
    const auto& s = sample();
    curate::BriefingData data = s.data;
    // Bedfordshire, Luton and Milton Keynes (QHG) loses its trusts.
    std::erase_if(data.organisations, [](const curate::Organisation& o) {
        return o.sector == curate::Sector::NhsTrust && o.icb_ods_code == "QHG";
    });
    const FigureInputs in(data, s.style, &s.maps);
    const auto& b = brief_of(in, "QHG");
    BOOST_TEST(b.trusts.empty());
    BOOST_REQUIRE(b.ranked);
    BOOST_TEST(b.ranked->printed == stats::printed_composite(curate::status_score(*b.status)));
    dspt::test::RecordingCanvas rec(*s.fonts, kSlideW, kSlideH);
    draw_icb_slide(rec, {0, 0, kSlideW, kSlideH}, in, b);
    bool said = false, score = false;
    for (const auto& r : rec.runs) {
        said |= r.text.find("no NHS trusts") != std::string::npos;
        score |= r.text == b.ranked->printed;
    }
    BOOST_TEST(said);
    BOOST_TEST(score);
    const Drawn d = draw_slide(in, b);
    BOOST_REQUIRE(d.plan.frame);
    BOOST_TEST(d.plan.markers.empty());
    BOOST_TEST(icb_slide_alt(in, b).find("no NHS trusts") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_trust_that_could_not_be_mapped_is_in_the_table_marked_not_mapped) {
    const auto& s = sample();
    curate::BriefingData data = s.data;
    std::string lost;
    for (auto& o : data.organisations)
        if (o.sector == curate::Sector::NhsTrust && o.icb_ods_code == "QMJ" && lost.empty()) {
            o.location.reset();
            lost = o.code;
        }
    const FigureInputs in(data, s.style, &s.maps);
    const auto& b = brief_of(in, "QMJ");
    const Drawn d = draw_slide(in, b);
    BOOST_TEST(d.plan.markers.size() == b.trusts.size() - 1);
    dspt::test::RecordingCanvas rec(*s.fonts, kSlideW, kSlideH);
    draw_icb_slide(rec, {0, 0, kSlideW, kSlideH}, in, b);
    bool code_row = false, marked = false;
    for (const auto& r : rec.runs) {
        code_row |= r.text == lost;
        marked |= r.text == " (not mapped)";
    }
    BOOST_TEST(code_row);
    BOOST_TEST(marked);
    BOOST_TEST(icb_map_alt(in, b).find(std::to_string(b.trusts.size() - 1) + " of its " +
                                       std::to_string(b.trusts.size())) != std::string::npos);
}

BOOST_AUTO_TEST_CASE(every_trust_of_the_largest_icb_is_listed_on_its_slide) {
    // Cheshire and Merseyside has 16 trusts: the slide's table fits them all.
    const auto& s = sample();
    const FigureInputs in(s.data, s.style, &s.maps);
    const auto& b = brief_of(in, "QYG");
    BOOST_TEST(b.trusts.size() == 16u);
    dspt::test::RecordingCanvas rec(*s.fonts, kSlideW, kSlideH);
    const auto l = layout_icb_slide(rec, {0, 0, kSlideW, kSlideH}, in, b);
    BOOST_TEST(l.rows_shown == b.trusts.size());
    draw_icb_slide(rec, {0, 0, kSlideW, kSlideH}, in, b);
    std::set<std::string> codes;
    for (const auto& r : rec.runs) codes.insert(r.text);
    for (const auto& t : b.trusts) BOOST_TEST(codes.count(t.org->code) == 1u, t.org->code);
}

}  // namespace
}  // namespace dspt::figures
