#include <boost/test/unit_test.hpp>
#include <fstream>

#include "io/input_error.h"
#include "io/readers.h"
#include "temp_dir.h"

using namespace dspt::io;
using dspt::io::test::shared_data;
using dspt::io::test::TempDir;

BOOST_AUTO_TEST_SUITE(postcodes)

BOOST_AUTO_TEST_CASE(normalise) {
    BOOST_TEST(normalise_postcode("ab1 2cd") == "AB12CD");
    BOOST_TEST(normalise_postcode(" AB1  2CD ") == "AB12CD");
    BOOST_TEST(normalise_postcode("M13 9WL") == "M139WL");
}

BOOST_AUTO_TEST_CASE(small_file_keeps_only_wanted) {
    TempDir dir;
    const auto path = dir.write("p.csv",
                                "pcds,lat,long\r\n"
                                "AL10 8YE,51.7669801,-0.2166447\r\n"
                                "al7 1bw,51.8021534,-0.19420635\r\n"
                                "M13 9WL,53.46,-2.23\r\n");
    Warnings w;
    const auto index = read_postcodes(path, {"AL108YE", "AL71BW", "ZZ99ZZ"}, w);
    BOOST_TEST(index.size() == 2u);
    BOOST_TEST(index.at("AL108YE").lat == 51.7669801);
    BOOST_TEST(index.at("AL108YE").lon == -0.2166447);
    BOOST_TEST(index.at("AL71BW").lon == -0.19420635);
    BOOST_TEST(!index.contains("M139WL"));
    BOOST_TEST(w.empty());
}

BOOST_AUTO_TEST_CASE(onspd_layout_and_bad_rows) {
    TempDir dir;
    const auto path = dir.write(
        "onspd.csv",
        "pcd,pcd2,pcds,dointr,doterm,oscty,lat,long,imd\n"
        "\"AB1 0AA\",\"AB1  0AA\",\"AB1 0AA\",198001,199606,\"S99999999\",57.101474,-2.242851,6808\n"
        "\"AB1 0AB\",\"AB1  0AB\",\"AB1 0AB\",198001,199606,\"S99999999\",99.999999,0.000000,0\n"
        "\"AB1 0AD\",\"AB1  0AD\",\"AB1 0AD\",198001,199606,\"S99999999\",fifty,-2.2,0\n"
        "\"AB1 0AE\",\"AB1  0AE\"\n");
    Warnings w;
    const auto index = read_postcodes(path, {"AB10AA", "AB10AB", "AB10AD", "AB10AE"}, w);
    BOOST_TEST(index.size() == 1u);
    BOOST_TEST(index.at("AB10AA").lat == 57.101474);
    BOOST_TEST(w.count("no-coordinates") == 1u);
    BOOST_TEST(w.count("bad-coordinates") == 1u);
    BOOST_TEST(w.count("ragged-row") == 1u);
    for (const auto& x : w.all()) {
        if (x.kind == "bad-coordinates") BOOST_TEST(x.location() == path + ":4:58");
    }
}

BOOST_AUTO_TEST_CASE(missing_columns) {
    TempDir dir;
    const auto path = dir.write("p.csv", "postcode,x,y\nAB1 0AA,1,2\n");
    Warnings w;
    try {
        read_postcodes(path, {"AB10AA"}, w);
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        BOOST_TEST(std::string(e.what()).find(path + ":1: missing column(s) lat, long") == 0, e.what());
    }
}

BOOST_AUTO_TEST_CASE(real_trust_postcodes) {
    const auto path = shared_data("dspt-2023-11/postcodes/trust_postcodes.csv");
    // Every postcode of the file is wanted: all 211 come back.
    std::unordered_set<std::string> wanted;
    std::ifstream in(path);
    std::string line;
    std::getline(in, line);
    std::size_t rows = 0;
    while (std::getline(in, line)) {
        ++rows;
        wanted.insert(normalise_postcode(line.substr(0, line.find(','))));
    }
    BOOST_TEST(rows == 211u);
    Warnings w;
    const auto index = read_postcodes(path, wanted, w);
    BOOST_TEST(index.size() == 211u);
    BOOST_TEST(index.at("AL108YE").lat == 51.7669801);
    BOOST_TEST(w.empty());

    // The trusts of etr/ect: 215 distinct postcodes, 211 of them in the file.
    Warnings w2;
    std::unordered_set<std::string> trust_postcodes;
    for (const char* f : {"dspt-2023-11/ods/etr.csv", "dspt-2023-11/ods/ect.csv"}) {
        for (const auto& o : read_ods_organisations(shared_data(f), w2))
            trust_postcodes.insert(normalise_postcode(o.postcode));
    }
    BOOST_TEST(trust_postcodes.size() == 215u);
    BOOST_TEST(read_postcodes(path, trust_postcodes, w2).size() == 211u);
}

BOOST_AUTO_TEST_SUITE_END()
