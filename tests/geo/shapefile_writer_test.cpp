#include "geo/shapefile_writer.h"

#include <boost/test/unit_test.hpp>

#include "geo/dbf_text.h"
#include "geo/shapefile_fixtures.h"
#include "geo/shapefile_reader.h"

using namespace dspt;
using namespace dspt::geo;
using namespace dspt::geo::testing;

BOOST_AUTO_TEST_SUITE(shapefile_writer)

BOOST_AUTO_TEST_CASE(icb_layer_round_trips_through_the_writer) {
    io::Warnings warnings;
    const Layer icb = read_polygon_shapefile(kIcbShp, "EPSG:27700", warnings);
    TempDir dir("writer");
    write_polygon_shapefile(icb, dir.file("copy.shp"), {"ICB23CD", "ICB23NM"});
    const Layer back = read_polygon_shapefile(dir.file("copy.shp"), "", warnings);
    BOOST_TEST(warnings.empty());
    BOOST_TEST(back.crs == icb.crs);
    BOOST_REQUIRE(back.features.size() == icb.features.size());
    BOOST_TEST(back.vertex_count() == 23809u);
    for (std::size_t f = 0; f < icb.features.size(); ++f) {
        BOOST_TEST((back.features[f].attributes == icb.features[f].attributes));
        BOOST_REQUIRE(back.features[f].rings.size() == icb.features[f].rings.size());
        for (std::size_t r = 0; r < icb.features[f].rings.size(); ++r) {
            const Ring& a = icb.features[f].rings[r];
            const Ring& b = back.features[f].rings[r];
            BOOST_REQUIRE(a.size() == b.size());
            bool same = true;
            for (std::size_t i = 0; i < a.size(); ++i) same = same && a[i].x == b[i].x && a[i].y == b[i].y;
            BOOST_TEST(same);
        }
    }
}

BOOST_AUTO_TEST_CASE(utf8_validation_rejects_what_is_not_utf8) {
    BOOST_TEST(is_valid_utf8("plain"));
    BOOST_TEST(is_valid_utf8("Caf\xC3\xA9 \xE2\x80\x93"));
    BOOST_TEST(!is_valid_utf8("Caf\xE9"));       // a Windows-1252 byte
    BOOST_TEST(!is_valid_utf8("\xC0\xAF"));      // overlong '/'
    BOOST_TEST(!is_valid_utf8("\xED\xA0\x80"));  // a surrogate
    BOOST_TEST(!is_valid_utf8("\xE2\x80"));      // cut short
    BOOST_TEST(windows1252_to_utf8("\x80\x93\x94") == "\xE2\x82\xAC\xE2\x80\x9C\xE2\x80\x9D");
    bool recognised = false;
    BOOST_TEST((dbf_encoding_from_codepage("ANSI 1252", recognised) == DbfEncoding::Windows1252));
    BOOST_TEST((dbf_encoding_from_codepage("utf-8", recognised) == DbfEncoding::Utf8));
    BOOST_TEST((dbf_encoding_from_codepage("LDID/87", recognised) == DbfEncoding::Windows1252));
    BOOST_TEST((dbf_encoding_from_codepage("", recognised) == DbfEncoding::Unknown));
    BOOST_TEST(recognised);
    BOOST_TEST((dbf_encoding_from_codepage("GB2312", recognised) == DbfEncoding::Unknown));
    BOOST_TEST(!recognised);
}

BOOST_AUTO_TEST_SUITE_END()
