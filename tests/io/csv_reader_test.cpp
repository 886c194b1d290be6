#include "io/csv_reader.h"

#include <boost/test/unit_test.hpp>
#include <string>
#include <vector>

#include "io/input_error.h"
#include "temp_dir.h"

using namespace dspt::io;
using dspt::io::test::TempDir;

namespace {

using Rows = std::vector<std::vector<std::string>>;

Rows read_all(const std::string& path, CsvOptions options = {}) {
    CsvReader csv(path, options);
    Rows rows;
    while (csv.next()) {
        rows.emplace_back();
        for (std::size_t i = 0; i < csv.size(); ++i) rows.back().emplace_back(csv[i]);
    }
    return rows;
}

// The message of the InputError that `f` throws ("" if none).
template <typename F>
std::string error_of(F f) {
    try {
        f();
    } catch (const InputError& e) {
        return e.what();
    }
    return "";
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_reader)

BOOST_AUTO_TEST_CASE(rfc4180_quoting) {
    TempDir dir;
    const auto path = dir.write("q.csv",
                                "a,\"b,c\",\"say \"\"hi\"\"\"\r\n"
                                "\"two\nlines\",,\"\"\r\n"
                                "last,row");
    const Rows rows = read_all(path);
    BOOST_TEST_REQUIRE(rows.size() == 3u);
    BOOST_TEST((rows[0] == std::vector<std::string>{"a", "b,c", "say \"hi\""}));
    BOOST_TEST((rows[1] == std::vector<std::string>{"two\nlines", "", ""}));
    BOOST_TEST((rows[2] == std::vector<std::string>{"last", "row"}));
}

BOOST_AUTO_TEST_CASE(lines_and_columns) {
    TempDir dir;
    const auto path = dir.write("l.csv", "h1,h2\n\n\"x\ny\",\xC3\xA9t\xC3\xA9,z\nr3\r\n");
    CsvReader csv(path);
    BOOST_TEST_REQUIRE(csv.next());
    BOOST_TEST(csv.line() == 1u);
    BOOST_TEST(csv.column(1) == 4u);
    BOOST_TEST_REQUIRE(csv.next());  // the blank line 2 is skipped
    BOOST_TEST(csv.line() == 3u);
    BOOST_TEST(csv.size() == 3u);
    BOOST_TEST(csv.field_line(1) == 4u);
    BOOST_TEST(csv.column(1) == 4u);  // after `y",`
    BOOST_TEST(csv.column(2) == 8u);  // "été" counts three characters
    BOOST_TEST(csv.location(2) == path + ":4:8");
    BOOST_TEST_REQUIRE(csv.next());
    BOOST_TEST(csv.line() == 5u);
    BOOST_TEST(csv[0] == "r3");
    BOOST_TEST(!csv.next());
}

BOOST_AUTO_TEST_CASE(old_mac_line_ends) {
    TempDir dir;
    CsvReader csv(dir.write("cr.csv", "a,b\r\"x\ry\",d\re,f"));
    std::vector<std::size_t> lines;
    std::vector<std::string> firsts;
    while (csv.next()) {
        lines.push_back(csv.line());
        firsts.emplace_back(csv[0]);
    }
    BOOST_TEST((lines == std::vector<std::size_t>{1, 2, 4}));
    BOOST_TEST((firsts == std::vector<std::string>{"a", "x\ry", "e"}));
}

BOOST_AUTO_TEST_CASE(ragged_rows_report_their_size) {
    TempDir dir;
    const Rows rows = read_all(dir.write("r.csv", "a,b,c\n1\n1,2,3,4\n"));
    BOOST_TEST(rows[0].size() == 3u);
    BOOST_TEST(rows[1].size() == 1u);
    BOOST_TEST(rows[2].size() == 4u);
}

BOOST_AUTO_TEST_CASE(tiny_blocks_give_same_records) {
    TempDir dir;
    std::string text = "\xEF\xBB\xBFid,name\r\n";
    for (int i = 0; i < 200; ++i) {
        text += std::to_string(i) + ",\"n\"\"" + std::to_string(i) + "\r\nx\xE2\x82\xAC\"\r\n";
    }
    const auto path = dir.write("b.csv", text);
    const Rows big = read_all(path);
    CsvOptions small;
    small.block_bytes = 1;  // clamped to the minimum; still splits CRLFs, quotes and characters
    BOOST_TEST(read_all(path, small) == big);
    BOOST_TEST_REQUIRE(big.size() == 201u);
    BOOST_TEST(big[200][1] == "n\"199\r\nx\u20AC");
    CsvReader csv(path, small);
    for (int i = 0; i < 200; ++i) csv.next();
    csv.next();
    BOOST_TEST(csv.line() == 1u + 2u * 199u + 1u);
}

BOOST_AUTO_TEST_CASE(lenient_quoting) {
    TempDir dir;
    const Rows rows = read_all(dir.write("t.csv", "\"abc\"def,x\na, \"b, c\" ,d\"e\n"));
    BOOST_TEST((rows[0] == std::vector<std::string>{"abcdef", "x"}));
    // Spaces before an opening quote: still quoted; a quote inside a bare field: literal.
    BOOST_TEST((rows[1] == std::vector<std::string>{"a", "b, c ", "d\"e"}));
}

BOOST_AUTO_TEST_CASE(cp1252_and_utf16_files) {
    TempDir dir;
    const Rows cp = read_all(dir.write("cp.csv", "name\r\nSt John\x92s\r\n"));
    BOOST_TEST(cp[1][0] == "St John\u2019s");
    const Rows u16 = read_all(dir.write("u16.csv", std::string("\xFF\xFE"
                                                               "a\0,\0\xE9\0\n\0",
                                                               10)));
    BOOST_TEST((u16[0] == std::vector<std::string>{"a", "\u00E9"}));
}

BOOST_AUTO_TEST_CASE(unterminated_quote_points_at_the_quote) {
    TempDir dir;
    const auto path = dir.write("u.csv", "a,b\nc,\"open\nstill open\n");
    BOOST_TEST(error_of([&] { read_all(path); }) ==
               path + ":2:3: unterminated quote: the file ends inside this quoted field");
}

BOOST_AUTO_TEST_CASE(empty_and_blank_files) {
    TempDir dir;
    const auto empty = dir.write("e.csv", "");
    BOOST_TEST(error_of([&] { read_all(empty); }) == empty + ": empty file");
    const auto blank = dir.write("b.csv", "\xEF\xBB\xBF\r\n\r\n");
    BOOST_TEST(error_of([&] { read_all(blank); }) == blank + ": empty file");
    BOOST_TEST(error_of([&] { read_all(dir.file("missing.csv")); }).find("cannot open") != std::string::npos);
    BOOST_TEST(error_of([&] { read_all(dir.path().string()); }).find("is a folder") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(huge_line_fails_fast) {
    TempDir dir;
    const auto path = dir.write("huge.csv", "h\n" + std::string(50u << 20, 'x'));
    const std::string message = error_of([&] { read_all(path); });
    BOOST_TEST(message == path + ":2:1: field longer than 1 MiB");
    const auto quoted = dir.write("hugeq.csv", "h\n\"" + std::string(3u << 20, 'x'));
    BOOST_TEST(error_of([&] { read_all(quoted); }).find(quoted + ":2:1: quoted field longer than 1 MiB") ==
               0);
    std::string commas = "h\n";
    for (int i = 0; i < 700000; ++i) commas += "a,";
    const auto wide = dir.write("wide.csv", commas);
    BOOST_TEST(error_of([&] { read_all(wide); }).find(wide + ":2:1: record longer than 1 MiB") == 0);
}

BOOST_AUTO_TEST_CASE(binary_file) {
    TempDir dir;
    std::string bytes = "PK\x03\x04";
    bytes += std::string("\0\0\xFF\xFE", 4);
    const auto path = dir.write("x.zip", bytes);
    const std::string message = error_of([&] { read_all(path); });
    BOOST_TEST(message.find(path + ":1:3: control byte 0x03") == 0);
    BOOST_TEST(message.find("binary file?") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
