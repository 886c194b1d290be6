#include "geo/shapefile_reader.h"

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <filesystem>

#include "geo/shapefile_fixtures.h"
#include "io/input_error.h"

using namespace dspt;
using namespace dspt::geo;
using namespace dspt::geo::testing;

namespace {

std::size_t ring_count(const Layer& layer) {
    std::size_t n = 0;
    for (const auto& f : layer.features) n += f.rings.size();
    return n;
}

bool closed(const Ring& r) { return r.size() >= 4 && r.front().x == r.back().x && r.front().y == r.back().y; }

// Runs `fn`, expecting an InputError; returns it for inspection.
template <class Fn>
io::InputError expect_input_error(Fn fn) {
    try {
        fn();
    } catch (const io::InputError& e) {
        return e;
    }
    BOOST_FAIL("expected an InputError");
    throw std::logic_error("unreachable");
}

bool contains(const std::string& s, const std::string& part) { return s.find(part) != std::string::npos; }

// Copies the ICB shapefile (all sidecars) to `dir`; returns the new .shp path.
std::string copy_icb(const TempDir& dir) {
    const std::filesystem::path src(kIcbShp);
    for (const char* ext : {".shp", ".shx", ".dbf", ".prj", ".cpg"}) {
        std::filesystem::path from = src;
        from.replace_extension(ext);
        std::filesystem::copy_file(from, dir.path / ("icb" + std::string(ext)));
    }
    return dir.file("icb.shp");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(shapefile_reader)

BOOST_AUTO_TEST_CASE(reads_the_icb_boundaries) {
    io::Warnings warnings;
    const Layer layer = read_polygon_shapefile(kIcbShp, "EPSG:27700", warnings);
    BOOST_TEST(warnings.empty());
    BOOST_TEST(layer.features.size() == 42u);
    BOOST_TEST(ring_count(layer) == 114u);
    BOOST_TEST(layer.vertex_count() == 23809u);
    BOOST_TEST(layer.crs.starts_with("PROJCS[\"British_National_Grid\""));
    BOOST_TEST(layer.crs == kBngEsriWkt);
    for (std::size_t i = 0; i < layer.features.size(); ++i) {
        const Feature& f = layer.features[i];
        BOOST_TEST(f.record == i);
        BOOST_TEST(f.attributes.size() == 2u);
        BOOST_TEST(f.attributes.at("ICB23CD").starts_with("E54"));
        BOOST_TEST(f.attributes.at("ICB23CD").size() == 9u);  // trimmed: the field is 80 wide
        for (const Ring& r : f.rings) BOOST_TEST(closed(r));
        BOOST_TEST(f.bbox.valid);
    }
    const Feature* cm = layer.find("ICB23CD", "E54000008");
    BOOST_REQUIRE(cm);
    BOOST_TEST(cm->record == 0u);
    BOOST_TEST(cm->attributes.at("ICB23NM") == "NHS Cheshire and Merseyside Integrated Care Board");
    BOOST_TEST(layer.find("ICB23CD", "E99999999") == nullptr);
    BOOST_TEST(layer.find("NOFIELD", "E54000008") == nullptr);
    // The .shp header's bounds, in BNG metres.
    BOOST_TEST(layer.bbox.min_x == 85708.96665607241);
    BOOST_TEST(layer.bbox.min_y == 7053.722726806576);
    BOOST_TEST(layer.bbox.max_x == 655646.365224683);
    BOOST_TEST(layer.bbox.max_y == 657535.8923464394);
}

BOOST_AUTO_TEST_CASE(reads_the_region_boundaries) {
    io::Warnings warnings;
    const Layer layer = read_polygon_shapefile(kRegionShp, "EPSG:27700", warnings);
    BOOST_TEST(warnings.empty());
    BOOST_TEST(layer.features.size() == 7u);
    BOOST_TEST(ring_count(layer) == 39u);
    BOOST_TEST(layer.vertex_count() == 4568u);
    BOOST_REQUIRE(layer.find("NHSER22NM", "London"));
    BOOST_TEST(layer.find("NHSER22NM", "London")->attributes.at("NHSER22CD") == "E40000003");
}

BOOST_AUTO_TEST_CASE(reads_an_ons_county_file_with_its_full_attribute_set) {
    io::Warnings warnings;
    const Layer layer = read_polygon_shapefile(kCountyShp, "EPSG:27700", warnings);
    BOOST_TEST(warnings.empty());
    BOOST_TEST(layer.features.size() == 21u);
    BOOST_TEST(ring_count(layer) == 690u);
    BOOST_TEST(layer.vertex_count() == 103312u);
    const auto& a = layer.features[0].attributes;
    BOOST_TEST(a.size() == 10u);
    // Numeric fields come back as the text stored in the .dbf, trimmed.
    BOOST_TEST(a.at("FID") == "1");
    BOOST_TEST(a.at("CTY23CD") == "E10000003");
    BOOST_TEST(a.at("CTY23NM") == "Cambridgeshire");
    BOOST_TEST(a.at("BNG_E") == "520312");
    BOOST_TEST(a.at("BNG_N") == "273864");
    BOOST_TEST(a.at("LONG") == "-0.235060006380081");
    BOOST_TEST(a.at("LAT") == "52.349700927734375");
    BOOST_TEST(a.at("GlobalID") == "{34F10351-970B-46C1-B793-F8283C3F5832}");
    BOOST_TEST(a.at("SHAPE_Leng") == "507267.110492900188547");
    BOOST_TEST(a.at("SHAPE_Area") == "3052712187.6040639877319");
    BOOST_TEST(layer.find("CTY23NM", "Devon"));
}

BOOST_AUTO_TEST_CASE(reads_back_multipart_polygons_and_holes_exactly) {
    TempDir dir("roundtrip");
    const auto fixture = bng_fixture();
    write_fixture(dir.file("bng"), fixture, {"CODE", "NAME"}, kBngEsriWkt);
    io::Warnings warnings;
    const Layer layer = read_polygon_shapefile(dir.file("bng.shp"), "EPSG:4326", warnings);
    BOOST_TEST(warnings.empty());
    BOOST_TEST(layer.crs == kBngEsriWkt);
    BOOST_REQUIRE(layer.features.size() == 2u);
    for (std::size_t f = 0; f < 2; ++f) {
        BOOST_REQUIRE(layer.features[f].rings.size() == 2u);
        for (std::size_t r = 0; r < 2; ++r) {
            const Ring& got = layer.features[f].rings[r];
            const Ring& want = fixture[f].parts[r];
            BOOST_REQUIRE(got.size() == want.size());
            for (std::size_t i = 0; i < got.size(); ++i) {
                BOOST_TEST(got[i].x == want[i].x);
                BOOST_TEST(got[i].y == want[i].y);
            }
        }
    }
    BOOST_TEST(layer.features[0].attributes.at("CODE") == "MULTI");
    BOOST_TEST(layer.features[1].attributes.at("NAME") == "With a hole");
    BOOST_TEST(layer.features[1].bbox.min_x == 537441.496);
    BOOST_TEST(layer.features[1].bbox.max_y == 183165.979);
    BOOST_TEST(layer.bbox.min_x == 531950.425);
}

BOOST_AUTO_TEST_CASE(reads_polygon_z_and_m_types) {
    for (int type : {SHPT_POLYGONZ, SHPT_POLYGONM}) {
        TempDir dir("zm" + std::to_string(type));
        write_fixture(dir.file("zm"), bng_fixture(), {"CODE", "NAME"}, kBngEsriWkt, "UTF-8", type);
        io::Warnings warnings;
        const Layer layer = read_polygon_shapefile(dir.file("zm.shp"), "", warnings);
        BOOST_TEST(layer.features.size() == 2u);
        BOOST_TEST(layer.vertex_count() == 20u);
    }
}

BOOST_AUTO_TEST_CASE(closes_open_rings_and_drops_degenerate_ones) {
    TempDir dir("rings");
    FixtureFeature f;
    f.parts = {{{0, 0}, {0, 10}, {10, 10}, {10, 0}},       // not closed: closed by the reader
               {{20, 20}, {21, 21}, {20, 20}},             // 3 points: degenerate
               {{30, 30}, {30, 31}, {31, 31}, {30, 30}}};  // a closed triangle: kept
    f.values = {"A"};
    write_fixture(dir.file("r"), {f}, {"CODE"}, kBngEsriWkt);
    io::Warnings warnings;
    const Layer layer = read_polygon_shapefile(dir.file("r.shp"), "", warnings);
    BOOST_REQUIRE(layer.features.size() == 1u);
    const auto& rings = layer.features[0].rings;
    BOOST_REQUIRE(rings.size() == 2u);
    BOOST_TEST(rings[0].size() == 5u);
    BOOST_TEST(closed(rings[0]));
    BOOST_TEST(rings[1].size() == 4u);
    BOOST_TEST(warnings.count("unclosed-ring") == 1u);
    BOOST_TEST(warnings.count("degenerate-ring") == 1u);
}

BOOST_AUTO_TEST_CASE(missing_prj_warns_and_uses_the_fallback) {
    TempDir dir("noprj");
    write_fixture(dir.file("n"), bng_fixture(), {"CODE", "NAME"}, "");
    io::Warnings warnings;
    const Layer layer = read_polygon_shapefile(dir.file("n.shp"), "EPSG:27700", warnings);
    BOOST_TEST(layer.crs == "EPSG:27700");
    BOOST_TEST(warnings.count("missing-prj") == 1u);
    BOOST_TEST(warnings.size() == 1u);
    // No .prj and no fallback: nothing to project from.
    io::Warnings w2;
    const auto e = expect_input_error([&] { read_polygon_shapefile(dir.file("n.shp"), "", w2); });
    BOOST_TEST(contains(e.what(), "no .prj"));
}

BOOST_AUTO_TEST_CASE(garbage_prj_is_an_input_error_naming_the_prj) {
    TempDir dir("badprj");
    write_fixture(dir.file("g"), bng_fixture(), {"CODE", "NAME"}, "PROJCS[\"Nowhere\",GARBAGE[");
    io::Warnings warnings;
    const auto e =
        expect_input_error([&] { read_polygon_shapefile(dir.file("g.shp"), "EPSG:27700", warnings); });
    BOOST_TEST(e.file() == dir.file("g.prj"));
    BOOST_TEST(contains(e.what(), "PROJ"));
}

BOOST_AUTO_TEST_CASE(missing_sidecars_are_input_errors_naming_the_file) {
    TempDir dir("sidecars");
    write_fixture(dir.file("s"), bng_fixture(), {"CODE", "NAME"}, kBngEsriWkt);
    io::Warnings warnings;
    std::filesystem::remove(dir.file("s.dbf"));
    auto e = expect_input_error([&] { read_polygon_shapefile(dir.file("s.shp"), "", warnings); });
    BOOST_TEST(e.file() == dir.file("s.dbf"));
    std::filesystem::remove(dir.file("s.shx"));
    e = expect_input_error([&] { read_polygon_shapefile(dir.file("s.shp"), "", warnings); });
    BOOST_TEST(e.file() == dir.file("s.shx"));
    e = expect_input_error([&] { read_polygon_shapefile(dir.file("none.shp"), "", warnings); });
    BOOST_TEST(e.file() == dir.file("none.shp"));
}

BOOST_AUTO_TEST_CASE(record_count_mismatch_is_an_input_error) {
    TempDir dir("mismatch");
    write_fixture(dir.file("a"), bng_fixture(), {"CODE", "NAME"}, kBngEsriWkt);
    auto one = bng_fixture();
    one.pop_back();
    write_fixture(dir.file("b"), one, {"CODE", "NAME"}, kBngEsriWkt);
    std::filesystem::copy_file(dir.file("b.dbf"), dir.file("a.dbf"),
                               std::filesystem::copy_options::overwrite_existing);
    io::Warnings warnings;
    const auto e = expect_input_error([&] { read_polygon_shapefile(dir.file("a.shp"), "", warnings); });
    BOOST_TEST(e.file() == dir.file("a.dbf"));
    BOOST_TEST(contains(e.what(), "1 records but the .shp has 2 shapes"));
}

BOOST_AUTO_TEST_CASE(truncated_shp_is_an_input_error_naming_the_record) {
    TempDir dir("truncated");
    const std::string shp = copy_icb(dir);
    // Cut the 383,684-byte file in half: the first records are intact, a later one is cut.
    std::filesystem::resize_file(shp, 383684 / 2);
    io::Warnings warnings;
    const auto e = expect_input_error([&] { read_polygon_shapefile(shp, "", warnings); });
    BOOST_TEST(e.file() == shp);
    BOOST_TEST(contains(e.what(), " of 42 cannot be read"));
    // A file cut inside its 100-byte header is not a shapefile at all.
    std::filesystem::resize_file(shp, 60);
    const auto e2 = expect_input_error([&] { read_polygon_shapefile(shp, "", warnings); });
    BOOST_TEST(e2.file() == shp);
}

BOOST_AUTO_TEST_CASE(point_shapefile_is_rejected) {
    TempDir dir("points");
    FixtureFeature p{{{{1, 2}}}, {"P"}};
    write_fixture(dir.file("p"), {p}, {"CODE"}, kBngEsriWkt, "UTF-8", SHPT_POINT);
    io::Warnings warnings;
    const auto e = expect_input_error([&] { read_polygon_shapefile(dir.file("p.shp"), "", warnings); });
    BOOST_TEST(contains(e.what(), "expected polygons, found points"));
}

BOOST_AUTO_TEST_CASE(non_finite_coordinates_are_input_errors) {
    TempDir dir("nan");
    FixtureFeature f{{{{0, 0}, {0, 10}, {std::nan(""), 10}, {10, 0}, {0, 0}}}, {"N"}};
    write_fixture(dir.file("n"), {f}, {"CODE"}, kBngEsriWkt);
    io::Warnings warnings;
    const auto e = expect_input_error([&] { read_polygon_shapefile(dir.file("n.shp"), "", warnings); });
    BOOST_TEST(contains(e.what(), "record 1 of 1: vertex 3 has an impossible coordinate"));
    FixtureFeature huge{{{{0, 0}, {0, 1e300}, {10, 10}, {10, 0}, {0, 0}}}, {"H"}};
    write_fixture(dir.file("h"), {huge}, {"CODE"}, kBngEsriWkt);
    BOOST_CHECK_THROW(read_polygon_shapefile(dir.file("h.shp"), "", warnings), io::InputError);
}

BOOST_AUTO_TEST_CASE(decodes_windows_1252_attributes_by_the_cpg) {
    TempDir dir("cp1252");
    // "Café – Ysbyty" in Windows-1252: é = E9, en dash = 96.
    const std::string raw = "Caf\xE9 \x96 Ysbyty";
    const std::string utf8 = "Caf\xC3\xA9 \xE2\x80\x93 Ysbyty";
    for (const std::string cpg : {"1252", "ANSI 1252"}) {
        write_fixture(dir.file("w"), {{{square(0, 0, 1, 1)}, {raw}}}, {"NAME"}, kBngEsriWkt, cpg);
        io::Warnings warnings;
        const Layer layer = read_polygon_shapefile(dir.file("w.shp"), "", warnings);
        BOOST_TEST(layer.features[0].attributes.at("NAME") == utf8);
        BOOST_TEST(warnings.empty());
    }
    // ISO-8859-1 has no en dash: 0x96 is a C1 control, U+0096.
    write_fixture(dir.file("w"), {{{square(0, 0, 1, 1)}, {raw}}}, {"NAME"}, kBngEsriWkt, "ISO-8859-1");
    io::Warnings warnings;
    Layer layer = read_polygon_shapefile(dir.file("w.shp"), "", warnings);
    BOOST_TEST(layer.features[0].attributes.at("NAME") == "Caf\xC3\xA9 \xC2\x96 Ysbyty");
    // Declared UTF-8 but not: read as 1252, with a warning.
    write_fixture(dir.file("w"), {{{square(0, 0, 1, 1)}, {raw}}}, {"NAME"}, kBngEsriWkt, "UTF-8");
    io::Warnings w2;
    layer = read_polygon_shapefile(dir.file("w.shp"), "", w2);
    BOOST_TEST(layer.features[0].attributes.at("NAME") == utf8);
    BOOST_TEST(w2.count("invalid-utf8") == 1u);
    // UTF-8 text stays as it is, trimmed.
    write_fixture(dir.file("w"), {{{square(0, 0, 1, 1)}, {"  " + utf8 + "  "}}}, {"NAME"}, kBngEsriWkt,
                  "UTF-8");
    io::Warnings w3;
    layer = read_polygon_shapefile(dir.file("w.shp"), "", w3);
    BOOST_TEST(layer.features[0].attributes.at("NAME") == utf8);
    BOOST_TEST(w3.empty());
}

BOOST_AUTO_TEST_SUITE_END()
