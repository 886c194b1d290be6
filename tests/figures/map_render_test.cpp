// Renders the maps of the real sample into a Cairo canvas and checks pixels found through
// the same layout and frame code the figures use.
#include <boost/test/unit_test.hpp>
#include <fstream>

#include "figures/composite_map.h"
#include "figures/icb_status_map.h"
#include "figures/map_draw.h"
#include "figures/score_scale.h"
#include "figures/trusts_map.h"
#include "geo/polylabel.h"
#include "geo/projection.h"
#include "geo/shapefile_reader.h"
#include "geo/shapefile_writer.h"
#include "map_fixtures.h"
#include "stats/tables.h"

using namespace dspt;
using namespace dspt::figures;
using namespace dspt::maps;
using testing::sample;

namespace {

const draw::Rect kFrame{0, 0, testing::kSlideW, testing::kSlideH};

std::unique_ptr<draw::CairoCanvas> render(const Figure& figure, const FigureInputs& inputs) {
    const auto& s = sample();
    auto canvas = std::make_unique<draw::CairoCanvas>(*s.fonts, testing::kSlideW, testing::kSlideH,
                                                      testing::kSlideScale);
    figure.draw(*canvas, kFrame, inputs);
    return canvas;
}

const io::IcbInfo& icb(const std::string& ods) {
    for (const auto& i : sample().data.icbs)
        if (i.ods_code == ods) return i;
    throw std::runtime_error("no ICB " + ods);
}

// The pole of inaccessibility of an ICB polygon, in map units.
geo::XY inside_point(const MapLayers& maps, const std::string& ods) {
    const auto* f = maps.icbs.find("ICB23CD", icb(ods).ons_code);
    BOOST_REQUIRE(f != nullptr);
    return geo::polylabel(f->rings, 50);
}

void check_color(const draw::Color& got, const draw::Color& want, double tol, const std::string& what) {
    BOOST_TEST(testing::channel_distance(got, want) <= tol,
               what << ": pixel " << testing::describe(got) << ", want " << testing::describe(want));
}

const double kExact = 1.5 / 255;  // interior pixels are the fill colour, give or take rounding

}  // namespace

BOOST_AUTO_TEST_SUITE(map_render)

BOOST_AUTO_TEST_CASE(icb_status_map_colours_each_icb_by_its_status) {
    const auto& s = sample();
    const FigureInputs in{s.data, s.style, &s.maps};
    const auto canvas = render(icb_status_map(), in);
    BOOST_TEST(canvas->pixel_width() == 1920);
    BOOST_TEST(canvas->pixel_height() == 1080);

    const auto spec = icb_status_map_spec(*canvas, in);
    const auto layout = plan_england_map(*canvas, kFrame, in, spec.text, spec.legend.size);
    const auto approaching = s.style.theme().status.approaching_standards;
    const auto exceeded = s.style.theme().status.standards_exceeded;

    // Greater Manchester is Approaching Standards; North West London is Standards Exceeded.
    check_color(testing::pixel_at(*canvas, layout.main.apply(inside_point(s.maps, "QOP"))), approaching,
                kExact, "QOP on the main map");
    check_color(testing::pixel_at(*canvas, layout.main.apply(inside_point(s.maps, "QRV"))), exceeded, kExact,
                "QRV on the main map");
    BOOST_REQUIRE(layout.inset.has_value());
    const auto qrv_inset = layout.inset->apply(inside_point(s.maps, "QRV"));
    BOOST_TEST(qrv_inset.x > layout.inset_box.x);
    BOOST_TEST(qrv_inset.x < layout.inset_box.right());
    check_color(testing::pixel_at(*canvas, qrv_inset), exceeded, kExact, "QRV in the London inset");

    // The North Sea off Lincolnshire is background.
    check_color(testing::pixel_at(*canvas, layout.main.apply({620000, 420000})),
                s.style.theme().colors.background, kExact, "North Sea");
}

BOOST_AUTO_TEST_CASE(icb_status_legend_lists_all_five_statuses_with_counts) {
    const auto& s = sample();
    const FigureInputs in{s.data, s.style, &s.maps};
    const auto legend = icb_status_legend(in);
    BOOST_REQUIRE(legend.rows.size() == 5u);  // every ICB has a polygon: no "no data" row
    const auto table = stats::summarise_by_sector(s.data);
    std::size_t total = 0;
    for (std::size_t i = 0; i < 5; ++i) {
        BOOST_TEST(legend.rows[i].label == std::string(curate::status_label(curate::kAllStatuses[i])));
        BOOST_REQUIRE(legend.rows[i].count.has_value());
        BOOST_TEST(*legend.rows[i].count == table.rows[1].counts[i]);  // the ICB row
        total += *legend.rows[i].count;
    }
    BOOST_TEST(total == 42u);
}

BOOST_AUTO_TEST_CASE(rendering_twice_gives_identical_bytes) {
    const auto& s = sample();
    const FigureInputs in{s.data, s.style, &s.maps};
    for (const auto& figure : {icb_status_map(), icb_composite_map(), trust_status_map()}) {
        const auto a = render(figure, in)->png_bytes();
        const auto b = render(figure, in)->png_bytes();
        BOOST_TEST(a.size() > 10000u, figure.id);
        BOOST_TEST((a == b), figure.id << " is not deterministic");
    }
}

BOOST_AUTO_TEST_CASE(composite_map_uses_the_shared_score_scale) {
    const auto& s = sample();
    const FigureInputs in{s.data, s.style, &s.maps};
    double qop_score = 99;
    for (const auto& sc : stats::icb_composite_scores(s.data))
        if (sc.icb.ods_code == "QOP") qop_score = sc.composite_score;
    BOOST_TEST(qop_score == -0.1, boost::test_tools::tolerance(1e-9));

    const auto canvas = render(icb_composite_map(), in);
    const auto spec = icb_composite_map_spec(*canvas, in);
    const auto layout = plan_england_map(*canvas, kFrame, in, spec.text, spec.legend.size);
    check_color(testing::pixel_at(*canvas, layout.main.apply(inside_point(s.maps, "QOP"))),
                score_color(s.style, -0.1), kExact, "QOP composite");
    check_color(testing::pixel_at(*canvas, layout.inset->apply(inside_point(s.maps, "QRV"))),
                score_color(s.style,
                            [&] {
                                for (const auto& sc : stats::icb_composite_scores(s.data))
                                    if (sc.icb.ods_code == "QRV") return sc.composite_score;
                                return 99.0;
                            }()),
                kExact, "QRV composite in the inset");
}

BOOST_AUTO_TEST_CASE(no_data_is_hatched_not_a_scale_colour) {
    const auto& s = sample();
    // Greater Manchester's ICB leaves the data: its polygon has no score and no status.
    curate::BriefingData data = s.data;
    std::erase_if(data.icbs, [](const io::IcbInfo& i) { return i.ods_code == "QOP"; });
    std::erase_if(data.organisations, [](const curate::Organisation& o) { return o.code == "QOP"; });
    const FigureInputs in{data, s.style, &s.maps};
    const auto canvas = render(icb_composite_map(), in);
    const auto spec = icb_composite_map_spec(*canvas, in);
    const auto layout = plan_england_map(*canvas, kFrame, in, spec.text, spec.legend.size);
    const geo::XY centre = inside_point(s.maps, "QOP");
    // Across a few hatch periods both the no-data fill and its white hatch appear.
    bool fill = false, hatch = false;
    const auto p = layout.main.apply(centre);
    for (int dx = -12; dx <= 12; ++dx) {
        const auto c = testing::pixel_at(*canvas, {p.x + dx * 0.5, p.y});
        fill |= testing::channel_distance(c, s.style.theme().score.no_data) <= kExact;
        hatch |= testing::channel_distance(c, s.style.theme().score.no_data_hatch) <= 0.1;
        for (double v = -3; v <= 3; v += 0.05)
            BOOST_TEST(testing::channel_distance(c, score_color(s.style, v)) > 0.02,
                       "no-data pixel looks like score " << v);
    }
    BOOST_TEST(fill);
    BOOST_TEST(hatch);
}

BOOST_AUTO_TEST_CASE(trust_markers_sit_in_their_icb_and_show_their_status) {
    const auto& s = sample();
    const FigureInputs in{s.data, s.style, &s.maps};
    const auto markers = trust_markers(s.data, in.derived());
    std::size_t with_location = 0, trusts = 0;
    for (const auto& o : s.data.organisations) {
        if (o.sector != curate::Sector::NhsTrust) continue;
        ++trusts;
        with_location += o.location ? 1 : 0;
    }
    BOOST_TEST(markers.total == trusts);
    BOOST_TEST(markers.markers.size() == with_location);
    BOOST_TEST(markers.not_mapped == trusts - with_location);
    // Worst statuses are drawn last, on top.
    for (std::size_t i = 1; i < markers.markers.size(); ++i)
        BOOST_TEST((markers.markers[i - 1].status >= markers.markers[i].status));

    const auto canvas = render(trust_status_map(), in);
    const auto spec = trust_status_map_spec(*canvas, in);
    const auto layout = plan_england_map(*canvas, kFrame, in, spec.text, spec.legend.size);
    // Every marker with no other marker nearby shows its status colour (alpha-blended).
    const double radius = em(s.style.theme().map.trusts.marker_radius_em, s.style.theme().text.label);
    std::size_t checked = 0;
    for (const auto& m : markers.markers) {
        const auto p = layout.main.apply(m.position);
        bool alone = true;
        for (const auto& o : markers.markers) {
            if (&o == &m) continue;
            const auto q = layout.main.apply(o.position);
            if (std::hypot(p.x - q.x, p.y - q.y) < 2.5 * radius) alone = false;
        }
        const bool in_inset_box = p.x >= layout.inset_box.x && p.y >= layout.inset_box.y;
        if (!alone || in_inset_box) continue;
        ++checked;
        check_color(testing::pixel_at(*canvas, p), status_color(s.style, m.status),
                    1 - s.style.theme().map.trusts.marker_alpha + kExact, "marker " + m.code);
    }
    BOOST_TEST(checked > 20u);
}

BOOST_AUTO_TEST_CASE(boundaries_in_wgs84_render_the_same_icbs_in_the_same_place) {
    const auto& s = sample();
    testing::TempDir dir("wgs84");
    // The sample reprojected to WGS84 longitude/latitude, with an ESRI .prj as ArcGIS writes it.
    const std::string wgs84_esri =
        R"(GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]])";
    io::Warnings read_warnings;
    for (const auto& [src, name] : {std::pair{testing::kIcbShp, std::string("icb_wgs84")},
                                    std::pair{testing::kRegionShp, std::string("region_wgs84")}}) {
        const auto bng = geo::read_polygon_shapefile(src, "EPSG:27700", read_warnings);
        auto wgs = geo::project_layer(bng, "EPSG:4326");
        BOOST_TEST(wgs.bbox.max_x < 2.0);  // degrees of longitude now
        BOOST_TEST(wgs.bbox.min_y > 49.0);
        geo::write_polygon_shapefile(wgs, dir.file(name + ".shp"));
        std::ofstream(dir.file(name + ".prj"), std::ios::trunc) << wgs84_esri;
    }
    io::Warnings w;
    const MapLayers wgs_maps = load_and_join_map_layers(
        dir.file("icb_wgs84.shp"), dir.file("region_wgs84.shp"), s.data.icbs, s.style, w);
    BOOST_TEST(w.count("icb-without-polygon") == 0u);
    BOOST_TEST(w.count("polygon-without-data") == 0u);

    const FigureInputs bng_in{s.data, s.style, &s.maps};
    const FigureInputs wgs_in{s.data, s.style, &wgs_maps};
    const auto canvas = render(icb_status_map(), wgs_in);
    const auto bng_spec = icb_status_map_spec(*canvas, bng_in);
    const auto bng_layout = plan_england_map(*canvas, kFrame, bng_in, bng_spec.text, bng_spec.legend.size);
    const auto wgs_spec = icb_status_map_spec(*canvas, wgs_in);
    const auto wgs_layout = plan_england_map(*canvas, kFrame, wgs_in, wgs_spec.text, wgs_spec.legend.size);
    // The same frame to within a hundredth of a canvas unit.
    BOOST_TEST(std::abs(wgs_layout.main.drawn.x - bng_layout.main.drawn.x) < 0.01);
    BOOST_TEST(std::abs(wgs_layout.main.drawn.width - bng_layout.main.drawn.width) < 0.01);
    BOOST_TEST(std::abs(wgs_layout.main.scale / bng_layout.main.scale - 1) < 1e-5);
    // And the pixel where Greater Manchester is on the BNG map is Greater Manchester's colour.
    check_color(testing::pixel_at(*canvas, bng_layout.main.apply(inside_point(s.maps, "QOP"))),
                s.style.theme().status.approaching_standards, kExact, "QOP from WGS84 boundaries");
    check_color(testing::pixel_at(*canvas, bng_layout.inset->apply(inside_point(s.maps, "QRV"))),
                s.style.theme().status.standards_exceeded, kExact, "QRV inset from WGS84 boundaries");
}

BOOST_AUTO_TEST_CASE(a_hole_written_with_shapelib_renders_empty_and_every_part_is_filled) {
    const auto& s = sample();
    testing::TempDir dir("holes");
    io::Warnings read_warnings;
    geo::Layer icbs = geo::read_polygon_shapefile(testing::kIcbShp, "EPSG:27700", read_warnings);
    // Greater Manchester gets a 6 km square hole around its pole of inaccessibility
    // (counter-clockwise: an inner ring in shapefile order).
    const geo::XY centre = inside_point(s.maps, "QOP");
    const double h = 3000;
    geo::Feature* gm = nullptr;
    for (auto& f : icbs.features)
        if (f.attributes.at("ICB23CD") == icb("QOP").ons_code) gm = &f;
    BOOST_REQUIRE(gm != nullptr);
    BOOST_REQUIRE_EQUAL(gm->rings.size(), 1u);
    gm->rings.push_back({{centre.x - h, centre.y - h},
                         {centre.x + h, centre.y - h},
                         {centre.x + h, centre.y + h},
                         {centre.x - h, centre.y + h},
                         {centre.x - h, centre.y - h}});
    geo::write_polygon_shapefile(icbs, dir.file("icb_holes.shp"));

    io::Warnings w;
    const MapLayers maps =
        load_and_join_map_layers(dir.file("icb_holes.shp"), testing::kRegionShp, s.data.icbs, s.style, w);
    const auto* read_back = maps.icbs.find("ICB23CD", icb("QOP").ons_code);
    BOOST_REQUIRE(read_back != nullptr);
    BOOST_TEST(read_back->rings.size() == 2u);

    const FigureInputs in{s.data, s.style, &maps};
    const auto canvas = render(icb_status_map(), in);
    const auto spec = icb_status_map_spec(*canvas, in);
    const auto layout = plan_england_map(*canvas, kFrame, in, spec.text, spec.legend.size);
    const draw::Color approaching = s.style.theme().status.approaching_standards;
    // The middle of the hole shows the background; the ring around it is still the ICB.
    check_color(testing::pixel_at(*canvas, layout.main.apply(centre)), s.style.theme().colors.background,
                kExact, "middle of the hole");
    check_color(testing::pixel_at(*canvas, layout.main.apply(inside_point(maps, "QOP"))), approaching, kExact,
                "Greater Manchester around its hole");

    // Multi-part features: Hampshire and Isle of Wight is the mainland and the island, and
    // each part is filled with the ICB's status.
    const auto* hiow = maps.icbs.find("ICB23CD", icb("QRL").ons_code);
    BOOST_REQUIRE(hiow != nullptr);
    BOOST_REQUIRE(hiow->rings.size() >= 2u);
    const draw::Color exceeded = s.style.theme().status.standards_exceeded;
    std::size_t parts_checked = 0;
    for (const auto& ring : hiow->rings) {
        const geo::BBox b = geo::bbox_of({ring});
        if (b.width() < 8000 || b.height() < 8000) continue;  // islets smaller than a few pixels
        const geo::XY p = geo::polylabel({ring}, 50);
        check_color(
            testing::pixel_at(*canvas, layout.main.apply(p)), exceeded, kExact,
            "part of Hampshire and Isle of Wight at " + std::to_string(p.x) + "," + std::to_string(p.y));
        ++parts_checked;
    }
    BOOST_TEST(parts_checked >= 2u);
}

BOOST_AUTO_TEST_CASE(boundaries_without_polygons_leave_the_map_empty_without_failing) {
    const auto& s = sample();
    const MapLayers empty;
    const FigureInputs in{s.data, s.style, &empty};
    for (const auto& figure : {icb_status_map(), icb_composite_map(), trust_status_map()}) {
        const auto canvas = render(figure, in);
        // The middle of the slide, where England would be, is plain background.
        check_color(testing::pixel_at(*canvas, {kFrame.width * 0.4, kFrame.height * 0.5}),
                    s.style.theme().colors.background, kExact, figure.id);
    }
}

BOOST_AUTO_TEST_SUITE_END()
