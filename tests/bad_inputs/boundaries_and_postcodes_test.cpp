// Damaged boundary shapefiles (derived from the real ICB and region files: sidecars left
// out, bytes cut or patched, layers rewritten with the project's shapefile writer) and
// damaged postcode / ODS files. Shapefile errors name the file and the record ("record N
// of M", 1-based as in the file).
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstring>
#include <limits>

#include "bad_inputs/bad_input_support.h"
#include "geo/shapefile_reader.h"
#include "geo/shapefile_writer.h"
#include "io/warnings.h"

namespace fs = std::filesystem;
using namespace dspt::bad_inputs;

namespace {

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

std::size_t count_of(const std::string& text, const std::string& part) {
    std::size_t n = 0;
    for (auto pos = text.find(part); pos != std::string::npos; pos = text.find(part, pos + 1)) ++n;
    return n;
}

dspt::geo::Layer real_icb_layer() {
    dspt::io::Warnings w;
    auto layer = dspt::geo::read_polygon_shapefile(real_icb_shp().string(), "EPSG:27700", w);
    BOOST_REQUIRE_EQUAL(layer.features.size(), 42u);
    BOOST_REQUIRE(w.empty());
    return layer;
}

// Writes `layer` as the case's ICB boundaries and points the manifest at it.
fs::path use_icb_layer(Case& c, const dspt::geo::Layer& layer, const std::vector<std::string>& fields = {}) {
    const fs::path shp = c.input("icb.shp");
    dspt::geo::write_polygon_shapefile(layer, shp.string(), fields);
    c.set("icb_boundaries", shp);
    return shp;
}

std::size_t feature_index(const dspt::geo::Layer& layer, const std::string& code) {
    for (std::size_t i = 0; i < layer.features.size(); ++i)
        if (layer.features[i].attributes.at("ICB23CD") == code) return i;
    BOOST_FAIL("no feature " << code);
    return 0;
}

std::int32_t big_endian_at(const std::string& bytes, std::size_t offset) {
    const auto* b = reinterpret_cast<const unsigned char*>(bytes.data() + offset);
    return static_cast<std::int32_t>((std::uint32_t{b[0]} << 24) | (std::uint32_t{b[1]} << 16) |
                                     (std::uint32_t{b[2]} << 8) | std::uint32_t{b[3]});
}

void put_little_endian(std::string& bytes, std::size_t offset, std::int32_t value) {
    for (int k = 0; k < 4; ++k)
        bytes[offset + k] = static_cast<char>((static_cast<std::uint32_t>(value) >> (8 * k)) & 0xFF);
}

// Byte offset in the .shp of record `i` (0-based), from the real .shx index.
std::size_t record_offset(std::size_t i) {
    const std::string shx = slurp(fs::path(real_icb_shp()).replace_extension(".shx"));
    return static_cast<std::size_t>(big_endian_at(shx, 100 + 8 * i)) * 2;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(boundaries)

BOOST_AUTO_TEST_CASE(missing_shx) {
    Case c;
    const fs::path shp = c.copy_shapefile(real_icb_shp(), "icb", {".shx"});
    c.set("icb_boundaries", shp);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, c.input("icb.shx").string() + ": missing: a shapefile needs its .shx index");
}

BOOST_AUTO_TEST_CASE(missing_dbf_of_the_region_file) {
    Case c;
    const fs::path shp = c.copy_shapefile(real_region_shp(), "regions", {".dbf"});
    c.set("region_boundaries", shp);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(
        line, c.input("regions.dbf").string() + ": missing: a shapefile needs its .dbf attribute table");
}

BOOST_AUTO_TEST_CASE(shp_truncated_mid_record) {
    Case c;
    const fs::path shp = c.copy_shapefile(real_icb_shp(), "icb");
    c.set("icb_boundaries", shp);
    const std::string bytes = slurp(shp);
    spit(shp, bytes.substr(0, record_offset(9) + 20));  // into record 10's shape header
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_MESSAGE(
        line.starts_with(shp.string() + ": record 10 of 42 cannot be read (truncated or damaged file)"),
        line);
}

BOOST_AUTO_TEST_CASE(record_count_differs_between_shp_and_dbf) {
    Case c;
    auto layer = real_icb_layer();
    layer.features.pop_back();
    const fs::path shp = use_icb_layer(c, layer);
    fs::path real_dbf = real_icb_shp();
    real_dbf.replace_extension(".dbf");
    fs::copy_file(real_dbf, c.input("icb.dbf"), fs::copy_options::overwrite_existing);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, c.input("icb.dbf").string() + ": has 42 records but the .shp has 41 shapes");
}

BOOST_AUTO_TEST_CASE(ring_with_fewer_than_four_points_is_dropped_with_a_warning) {
    Case c;
    auto layer = real_icb_layer();
    // An extra part of three points (closed: a, b, a) on a feature that keeps its real rings.
    const std::size_t i = feature_index(layer, "E54000057");
    auto& rings = layer.features[i].rings;
    const dspt::geo::XY a = rings[0][0], b = rings[0][1];
    rings.push_back({a, b, a});
    const std::size_t part = rings.size();
    const fs::path shp = use_icb_layer(c, layer);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "degenerate-ring", 1));
    BOOST_CHECK(contains(r.err, shp.string() + ": record " + std::to_string(i + 1) + " of 42: part " +
                                    std::to_string(part) + " has only 3 points (a ring needs 4); dropped"));
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "degenerate-ring", 1));
    // The ICB keeps its real rings: it is still on the map, so no join warning.
    BOOST_CHECK(!contains(r.err, "icb-without-polygon"));
}

BOOST_AUTO_TEST_CASE(nan_and_huge_coordinates) {
    for (const double bad : {std::numeric_limits<double>::quiet_NaN(), 1e300}) {
        BOOST_TEST_CONTEXT("coordinate " << bad) {
            Case c;
            auto layer = real_icb_layer();
            layer.features[3].rings[0][5].x = bad;
            const fs::path shp = use_icb_layer(c, layer);
            const std::string line = c.expect_failure_keeping_outputs();
            const std::string shown = std::isnan(bad) ? "nan" : "1e+300";
            BOOST_CHECK_MESSAGE(
                line.starts_with(shp.string() + ": record 4 of 42: vertex 6 has an impossible coordinate (" +
                                 shown + ", "),
                line);
        }
    }
}

BOOST_AUTO_TEST_CASE(unknown_wkt_in_prj) {
    Case c;
    const fs::path shp = c.copy_shapefile(real_icb_shp(), "icb");
    c.set("icb_boundaries", shp);
    spit(c.input("icb.prj"),
         "PROJCS[\"Atlantis Grid\",GEOGCS[\"Atlantis\",DATUM[\"Sunken\"]],PROJECTION[\"Imaginary\"]]");
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_MESSAGE(line.starts_with(c.input("icb.prj").string() + ": not a CRS PROJ understands: "),
                        line);
}

BOOST_AUTO_TEST_CASE(non_polygon_shape_type_in_the_header) {
    Case c;
    const fs::path shp = c.copy_shapefile(real_icb_shp(), "icb");
    c.set("icb_boundaries", shp);
    for (const char* ext : {".shp", ".shx"}) {  // both headers say: points
        std::string bytes = slurp(c.input(std::string("icb") + ext));
        put_little_endian(bytes, 32, 1);
        spit(c.input(std::string("icb") + ext), bytes);
    }
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, shp.string() + ": expected polygons, found points");
}

BOOST_AUTO_TEST_CASE(non_polygon_shape_type_in_one_record) {
    Case c;
    const fs::path shp = c.copy_shapefile(real_icb_shp(), "icb");
    c.set("icb_boundaries", shp);
    std::string bytes = slurp(shp);
    put_little_endian(bytes, record_offset(6) + 8, 3);  // record 7 says: polyline
    spit(shp, bytes);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, shp.string() + ": record 7 of 42: expected polygons, found lines");
}

BOOST_AUTO_TEST_CASE(dbf_without_the_join_field) {
    Case c;
    const fs::path shp = use_icb_layer(c, real_icb_layer(), {"ICB23NM"});
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line,
                      c.input("icb.dbf").string() +
                          ": no field ICB23CD (style key map.icb_code_field) to join the boundaries to the "
                          "ICBs of the data; fields found: ICB23NM");
}

BOOST_AUTO_TEST_CASE(icb_without_polygon_and_polygon_without_data_are_warnings) {
    Case c;
    auto layer = real_icb_layer();
    // Greater Manchester loses its polygon; a polygon of no ICB appears.
    const std::size_t gm = feature_index(layer, "E54000057");
    dspt::geo::Feature stray = layer.features[gm];
    stray.attributes["ICB23CD"] = "E54999999";
    stray.attributes["ICB23NM"] = "NHS Atlantis Integrated Care Board";
    layer.features.erase(layer.features.begin() + static_cast<long>(gm));
    layer.features.push_back(stray);
    const fs::path shp = use_icb_layer(c, layer);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "icb-without-polygon", 1));
    BOOST_CHECK(summary_counts(r, "polygon-without-data", 1));
    BOOST_CHECK(contains(r.err, shp.string() +
                                    ": ICB E54000057 (QOP NHS Greater Manchester Integrated Care Board) "
                                    "has no polygon in the boundary file; it is left off the maps"));
    BOOST_CHECK(contains(
        r.err, shp.string() + ": record 42: boundary polygon E54999999 is not an ICB of the lookup"));
    const fs::path pdf = c.out() / "briefing.pdf";
    BOOST_CHECK(pdf_counts(pdf, "icb-without-polygon", 1));
    BOOST_CHECK(pdf_counts(pdf, "polygon-without-data", 1));
    BOOST_CHECK(fs::is_regular_file(c.out() / "png/icb_status_map.png"));
}

BOOST_AUTO_TEST_CASE(region_dbf_without_the_name_field_drops_the_inset_with_a_warning) {
    Case c;
    dspt::io::Warnings w;
    const auto regions = dspt::geo::read_polygon_shapefile(real_region_shp().string(), "EPSG:27700", w);
    BOOST_REQUIRE_EQUAL(regions.features.size(), 7u);
    const fs::path shp = c.input("regions.shp");
    dspt::geo::write_polygon_shapefile(regions, shp.string(), {"NHSER22CD"});
    c.set("region_boundaries", shp);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "no-inset-region", 1));
    BOOST_CHECK(contains(r.err, shp.string() + ": no region with NHSER22NM = 'London'"));
    const fs::path pdf = c.out() / "briefing.pdf";
    BOOST_CHECK(pdf_counts(pdf, "no-inset-region", 1));
    // The captions no longer promise an inset.
    const std::string text = pdf_text(pdf);
    BOOST_CHECK(!contains(text, "enlarged in the inset"));
    BOOST_CHECK(fs::is_regular_file(c.out() / "png/icb_status_map.png"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(postcodes_and_ods)

BOOST_AUTO_TEST_CASE(malformed_and_out_of_range_coordinates) {
    Case c;
    auto lines = csv_lines(real_postcodes());
    const std::size_t m13 = line_starting(lines, "M13 9WL,");
    const std::size_t gu16 = line_starting(lines, "GU16 7UJ,");
    lines[m13] = "M13 9WL,53.4x6244,-2.22771";               // R0A, Manchester University
    lines[gu16] = "GU16 7UJ,151.31974986666667,-0.7415174";  // RDU, Frimley Health
    const fs::path p = c.input("trust_postcodes.csv");
    spit(p, join_lines(lines, "\n"));
    c.set("postcodes", p);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "bad-coordinates", 2));
    BOOST_CHECK(contains(
        r.err, p.string() + ":" + std::to_string(m13 + 1) +
                   ":9: postcode M13 9WL has coordinates '53.4x6244', '-2.22771' that are not numbers"));
    BOOST_CHECK(contains(r.err, p.string() + ":" + std::to_string(gu16 + 1) +
                                    ":10: postcode GU16 7UJ has coordinates out of range"));
    // Neither trust can be placed on the map.
    BOOST_CHECK(summary_counts(r, "unmatched-postcode", 2));
    const fs::path pdf = c.out() / "briefing.pdf";
    BOOST_CHECK(pdf_counts(pdf, "bad-coordinates", 2));
    const std::string text = pdf_text(pdf);
    BOOST_CHECK(contains(text, "2 of 210 trusts could not be placed on the map"));
    BOOST_CHECK(contains(text, "Manchester University NHS Foundation Trust (R0A), postcode M13 9WL"));
}

BOOST_AUTO_TEST_CASE(trust_without_postcode) {
    Case c;
    auto lines = csv_lines(real_etr());
    const std::size_t row = line_starting(lines, "\"R0A\",");
    const auto pos = lines[row].find("\"M13 9WL\"");
    BOOST_REQUIRE(pos != std::string::npos);
    lines[row].replace(pos, 9, "\"\"");
    const fs::path p = c.input("etr.csv");
    spit(p, join_lines(lines, "\r\n"));
    c.set_trusts({p, real_ect()});
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "missing-postcode", 1));
    BOOST_CHECK(
        contains(r.err, p.string() + ":" + std::to_string(row + 1) + ": R0A: no HQ postcode; not mapped"));
    const fs::path pdf = c.out() / "briefing.pdf";
    BOOST_CHECK(pdf_counts(pdf, "missing-postcode", 1));
    const std::string text = pdf_text(pdf);
    BOOST_CHECK(contains(text, "1 of 210 trusts could not be placed on the map"));
    BOOST_CHECK(contains(text, "Manchester University NHS Foundation Trust (R0A), no postcode"));
    BOOST_CHECK_EQUAL(count_of(slurp(c.out() / "curated/trusts.csv"), "\nR0A,"), 1u);
}

BOOST_AUTO_TEST_SUITE_END()
