#include "io/date.h"

#include <boost/test/unit_test.hpp>

using namespace dspt::io;

BOOST_AUTO_TEST_SUITE(date)

BOOST_AUTO_TEST_CASE(formats) {
    const Date d{2023, 11, 16};
    BOOST_TEST(d.iso() == "2023-11-16");
    BOOST_TEST(d.long_form() == "16 November 2023");
    BOOST_TEST(d.short_form() == "16 Nov 2023");
    BOOST_TEST(Date({2019, 6, 7}).iso() == "2019-06-07");
    BOOST_TEST(Date({1970, 1, 1}).days_since_epoch() == 0);
    BOOST_TEST(d.days_since_epoch() == 19677);  // date -d 2023-11-16 +%s / 86400
    BOOST_TEST(Date({2000, 3, 1}).days_since_epoch() - Date({2000, 2, 28}).days_since_epoch() == 2);
}

BOOST_AUTO_TEST_CASE(parse_each_format) {
    BOOST_TEST(parse_yyyymmdd("20231116").value() == (Date{2023, 11, 16}));
    BOOST_TEST(!parse_yyyymmdd("2023111"));
    BOOST_TEST(!parse_yyyymmdd("20231131"));  // 31 November
    BOOST_TEST(!parse_yyyymmdd("2023-11-16"));
    BOOST_TEST(parse_dd_mm_yyyy("16/11/2023").value() == (Date{2023, 11, 16}));
    BOOST_TEST(parse_dd_mm_yyyy("1/7/2019").value() == (Date{2019, 7, 1}));
    BOOST_TEST(parse_dd_mm_yyyy("29/02/2024").has_value());
    BOOST_TEST(!parse_dd_mm_yyyy("29/02/2023"));
    BOOST_TEST(!parse_dd_mm_yyyy("CompletedThroughQIO"));
    BOOST_TEST(!parse_dd_mm_yyyy("16/11/23"));
    BOOST_TEST(!parse_dd_mm_yyyy("16/11/2023/1"));
    BOOST_TEST(!parse_dd_mm_yyyy(""));
    BOOST_TEST(parse_iso_date("2023-11-16").value() == (Date{2023, 11, 16}));
    BOOST_TEST(!parse_iso_date("2023-13-01"));
    BOOST_TEST(!parse_iso_date("2023-1-01"));
}

BOOST_AUTO_TEST_CASE(date_in_export_file_name) {
    BOOST_TEST(date_from_export_file_name("DSPT search results 16_11_2023.csv").value() ==
               (Date{2023, 11, 16}));
    BOOST_TEST(date_from_export_file_name("DSPT Progress as of 17_06_2019.csv").value() ==
               (Date{2019, 6, 17}));
    BOOST_TEST(date_from_export_file_name("/data/01_01_2020/DSPT search results 17_10_2023.csv").value() ==
               (Date{2023, 10, 17}));
    BOOST_TEST(date_from_export_file_name("export 2023_16_11_2023.csv").value() == (Date{2023, 11, 16}));
    BOOST_TEST(!date_from_export_file_name("DSPT search results.csv"));
    BOOST_TEST(!date_from_export_file_name("results 32_11_2023.csv"));
}

BOOST_AUTO_TEST_CASE(date_in_snapshot_file_name_two_digit_year) {
    // The published 2022 cut: "21_22" is the edition (two parts only), the date follows.
    BOOST_TEST(date_from_snapshot_file_name("DSPT_trusts_21_22_snapshot09_09_22.csv").value() ==
               (Date{2022, 9, 9}));
    BOOST_TEST(date_from_snapshot_file_name("DSPT search results 17_10_2023.csv").value() ==
               (Date{2023, 10, 17}));
    // Export names keep needing four digits; so "09_09_22" is no export date.
    BOOST_TEST(!date_from_export_file_name("DSPT_trusts_21_22_snapshot09_09_22.csv"));
    BOOST_TEST(!date_from_snapshot_file_name("DSPT_trusts_21_22.csv"));
    BOOST_TEST(!date_from_snapshot_file_name("cut 31_02_22.csv"));
}

BOOST_AUTO_TEST_SUITE_END()
