// Damaged CSV inputs (DSPT export, ODS, ONS lookup, postcodes), each derived at run time
// from the real sample file. Fatal damage: exit 1, one error line "FILE:LINE:COLUMN: ...",
// previous outputs untouched. Usable data: exit 0 and the warning counted in the run
// summary and in the PDF's data-quality table.
#include <boost/test/unit_test.hpp>

#include "bad_inputs/bad_input_support.h"

namespace fs = std::filesystem;
using namespace dspt::bad_inputs;

namespace {

// The export keeps its real file name: the snapshot date is read from it.
const std::string kExportName = "DSPT search results 16_11_2023.csv";

// The raw fields of one CSV line (quotes kept), for editing columns of the real files.
std::vector<std::string> split_fields(const std::string& line) {
    std::vector<std::string> fields(1);
    bool quoted = false;
    for (char c : line) {
        if (c == '"') quoted = !quoted;
        if (c == ',' && !quoted) {
            fields.emplace_back();
        } else {
            fields.back() += c;
        }
    }
    return fields;
}

std::string join_fields(const std::vector<std::string>& fields) {
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) out += (i ? "," : "") + fields[i];
    return out;
}

// Writes `lines` as the case's DSPT export (CRLF like the portal) and points the manifest at it.
fs::path use_export(Case& c, const std::vector<std::string>& lines) {
    const fs::path p = c.input(kExportName);
    spit(p, join_lines(lines));
    c.set("dspt_export", p);
    return p;
}

fs::path use_export_bytes(Case& c, const std::string& bytes) {
    const fs::path p = c.input(kExportName);
    spit(p, bytes);
    c.set("dspt_export", p);
    return p;
}

// "FILE:LINE:COLUMN: " as the error and warning lines print it.
std::string at(const fs::path& p, std::size_t line, std::size_t column = 0) {
    std::string s = p.string() + ":" + std::to_string(line);
    if (column) s += ":" + std::to_string(column);
    return s + ": ";
}

bool contains(const std::string& text, const std::string& part) {
    return text.find(part) != std::string::npos;
}

// The good run's curated CSVs and tables: a run on an input that differs only in form
// (encoding, extra columns) must give exactly these.
void check_same_tables_as_good_run(const Case& c) {
    for (const auto& [rel, bytes] : good_build_outputs()) {
        // data_quality.csv names the input files, which are this case's copies.
        if (!rel.ends_with(".csv") || rel == "tables/data_quality.csv") continue;
        BOOST_CHECK_MESSAGE(slurp(c.out() / rel) == bytes, rel << " differs from the good run");
    }
}

// Binary garbage that is deterministic: the first 4 KiB of the real ICB .shp.
std::string binary_garbage() {
    std::string bytes = slurp(real_icb_shp());
    BOOST_REQUIRE_GT(bytes.size(), 4096u);
    return bytes.substr(0, 4096);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(csv_inputs)

BOOST_AUTO_TEST_CASE(empty_export) {
    Case c;
    const fs::path p = use_export_bytes(c, "");
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, p.string() + ": empty file");
}

BOOST_AUTO_TEST_CASE(header_only_export) {
    Case c;
    const auto lines = csv_lines(real_export());
    const fs::path p = use_export(c, {lines[0]});
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, at(p, 1) + "no data rows (the file has only a header)");
}

BOOST_AUTO_TEST_CASE(binary_garbage_export) {
    Case c;
    const fs::path p = use_export_bytes(c, binary_garbage());
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(
        line,
        at(p, 1, 1) + "control byte 0x00 (NUL) is not text (binary file? UTF-16 needs a byte order mark)");
}

BOOST_AUTO_TEST_CASE(fifty_megabyte_single_line_is_rejected_in_bounded_memory) {
    Case c;
    // One 50 MB line, no line break at all: neither a header nor a record.
    const fs::path p = use_export_bytes(c, std::string(50u << 20, 'x'));
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, at(p, 1, 1) + "field longer than 1 MiB");
    // Also as a data row after the real header.
    Case d;
    const auto real = csv_lines(real_export());
    const fs::path q = use_export(d, {real[0], "RXX," + std::string(50u << 20, 'y'), real[1]});
    const std::string line2 = d.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line2, at(q, 2, 5) + "field longer than 1 MiB");
}

BOOST_AUTO_TEST_CASE(fifty_megabyte_line_uses_bounded_memory) {
    // A child's peak RSS as wait4() reports it starts from what this test process holds when
    // it forks (Linux records the forked copy's size at exec), which depends on the cases run
    // before. So the 50 MB line is compared with a run, forked the same way just before, on a
    // one-line export: holding the line would add 50 MB; the reader's 1 MiB limit adds ~1.
    Case small;
    use_export_bytes(small, "x\n");
    const Result baseline = small.curate();
    BOOST_CHECK_EQUAL(baseline.exit_code, 1);
    Case c;
    use_export_bytes(c, std::string(50u << 20, 'x'));
    const Result r = c.curate();
    BOOST_CHECK_EQUAL(r.exit_code, 1);
#if !defined(__SANITIZE_ADDRESS__)
    // (ASan's shadow memory makes the figure meaningless there.)
    BOOST_CHECK_LT(r.max_rss_kb, baseline.max_rss_kb + 10 * 1024);
#endif
}

BOOST_AUTO_TEST_CASE(unterminated_quote) {
    Case c;
    auto lines = csv_lines(real_export());
    // The quote opens in the name of the last row and nothing closes it.
    const std::size_t last = lines.size() - 1;
    const std::size_t comma = lines[last].find(',');
    lines[last].insert(comma + 1, "\"");
    const fs::path p = use_export(c, lines);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(
        line, at(p, last + 1, comma + 2) + "unterminated quote: the file ends inside this quoted field");
}

BOOST_AUTO_TEST_CASE(missing_required_column) {
    Case c;
    auto lines = csv_lines(real_export());
    for (auto& l : lines) {
        auto f = split_fields(l);
        BOOST_REQUIRE_EQUAL(f.size(), 6u);
        f.erase(f.begin() + 2);  // Status
        l = join_fields(f);
    }
    const fs::path p = use_export(c, lines);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_MESSAGE(line.starts_with(at(p, 1) + "missing column 'Status'"), line);
    BOOST_CHECK_MESSAGE(contains(line, "columns found: Code, Organisation Name, Date Of Publication"), line);
}

BOOST_AUTO_TEST_CASE(ragged_rows_are_counted_warnings) {
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t short_row = line_starting(lines, "RDU,");
    const std::size_t long_row = line_starting(lines, "RYK,");
    auto f = split_fields(lines[short_row]);
    f.pop_back();  // no ICB column: trusts take their ICB from ODS
    lines[short_row] = join_fields(f);
    lines[long_row] += ",surplus";
    const fs::path p = use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "ragged-row", 2));
    BOOST_CHECK(contains(r.err, at(p, short_row + 1, 1) + "row has 5 fields, the header has 6"));
    BOOST_CHECK(contains(r.err, at(p, long_row + 1, 1) + "row has 7 fields, the header has 6"));
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "ragged-row", 2));
    // Both rows still count: the sector totals are those of the good run.
    BOOST_CHECK(contains(r.err, "NHS Trust 210, ICB 42, CSU 5, total 257"));
}

BOOST_AUTO_TEST_CASE(duplicate_code_with_another_status) {
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t first = line_starting(lines, "RDU,");
    std::string copy = lines[first];
    const auto pos = copy.find("22/23 Standards Met");
    BOOST_REQUIRE(pos != std::string::npos);
    copy.replace(pos, 19, "22/23 Standards Not Met");
    lines.push_back(copy);
    const fs::path p = use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "duplicate-code", 1));
    BOOST_CHECK(contains(r.err, at(p, lines.size(), 1) + "code RDU appears on line " +
                                    std::to_string(first + 1) + " ('22/23 Standards Met') and line " +
                                    std::to_string(lines.size()) +
                                    " ('22/23 Standards Not Met'); the first is kept"));
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "duplicate-code", 1));
    // The first row wins: RDU is still Standards Met.
    BOOST_CHECK(
        contains(slurp(c.out() / "curated/trusts.csv"),
                 "\nRDU,FRIMLEY HEALTH NHS FOUNDATION TRUST,Frimley Health NHS Foundation Trust,NHS Trust,"
                 "E54000034,QNQ,"));
    BOOST_CHECK_EQUAL(slurp(c.out() / "tables/summary_by_sector.csv"),
                      good_build_outputs().at("tables/summary_by_sector.csv"));
}

// Issue #13 item 2: the export appended to itself many times over. The copies are one
// warning (how many, the first lines) and change no number of the briefing.
BOOST_AUTO_TEST_CASE(ten_thousand_exact_duplicate_rows) {
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t real_lines = lines.size();
    BOOST_REQUIRE_GT(real_lines, 2u);
    for (std::size_t i = 0; i < 10000; ++i) lines.push_back(lines[1 + i % (real_lines - 1)]);
    const fs::path p = use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    // One warning, not 10,000, and no other warning multiplied by the copies.
    BOOST_CHECK(summary_counts(r, "exact-duplicate-row", 1));
    BOOST_CHECK(contains(r.err, "dspt-report: 2 warning(s):\n"));
    std::string first_lines;
    for (std::size_t i = 1; i <= 5; ++i) first_lines += (i > 1 ? ", " : "") + std::to_string(real_lines + i);
    BOOST_CHECK_MESSAGE(contains(r.err, at(p, real_lines + 1) +
                                            "10000 row(s) repeat an earlier row in every column and are "
                                            "ignored; lines " +
                                            first_lines + ", ..."),
                        r.err);
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "exact-duplicate-row", 1));
    BOOST_CHECK(contains(slurp(c.out() / "tables/data_quality.csv"),
                         "\nexact-duplicate-row," + p.string() + "," + std::to_string(real_lines + 1) +
                             ",,,\"10000 row(s) repeat"));
    // The headline numbers are those of the good run.
    BOOST_CHECK(contains(r.err, "NHS Trust 210, ICB 42, CSU 5, total 257"));
    check_same_tables_as_good_run(c);
}

BOOST_AUTO_TEST_CASE(unknown_extra_columns_are_fine) {
    Case c;
    auto lines = csv_lines(real_export());
    lines[0] += ",Cyber Essentials Plus,Notes";
    for (std::size_t i = 1; i < lines.size(); ++i) lines[i] += ",yes,\"a, b\"";
    use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    // Only the sample's own warning (one repaired name), nothing about the extra columns.
    BOOST_CHECK(contains(r.err, "dspt-report: 1 warning(s):\n  repaired-name: 1\n"));
    check_same_tables_as_good_run(c);
}

BOOST_AUTO_TEST_CASE(completed_through_qio_date) {
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t row = line_starting(lines, "R0A,");
    const auto pos = lines[row].find("30/06/2023");
    lines[row].replace(pos, 10, "CompletedThroughQIO");
    const fs::path p = use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "unparsed-date", 1));
    BOOST_CHECK(
        contains(r.err, at(p, row + 1, pos + 1) + "'CompletedThroughQIO' is not a date (dd/mm/yyyy)"));
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "unparsed-date", 1));
}

BOOST_AUTO_TEST_CASE(status_of_unknown_vocabulary) {
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t row = line_starting(lines, "RYK,");
    const auto pos = lines[row].find("22/23 Standards Met");
    lines[row].replace(pos, 19, "22/23 Gold Star");
    const fs::path p = use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "unknown-status", 1));
    BOOST_CHECK(contains(r.err, "RYK"));
    BOOST_CHECK(contains(r.err, "Gold Star"));
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "unknown-status", 1));
    // Counted as Not Published: one trust moves there from Standards Met.
    BOOST_CHECK(contains(slurp(c.out() / "tables/summary_by_sector.csv"), "\nNHS Trust,1,0,57,137,15,210\n"));
}

BOOST_AUTO_TEST_CASE(invalid_utf8_in_a_utf8_file_is_a_counted_warning) {
    Case c;
    auto lines = csv_lines(real_export());
    // Real UTF-8 first (the curly apostrophe the portal lost), then a lone Latin-1 byte.
    const std::size_t rq3 = line_starting(lines, "RQ3,");
    lines[rq3].replace(lines[rq3].find("Women?s"), 7, "Women\u2019s");
    const std::size_t row = line_starting(lines, "RYK,");
    lines[row].replace(4, 6, "Dudl\xE9y");
    const fs::path p = use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "mixed-encoding", 1));
    BOOST_CHECK(contains(
        r.err, at(p, row + 1, 9) +
                   "1 byte(s) of this UTF-8 file are not valid UTF-8 and were read as Windows-1252"));
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "mixed-encoding", 1));
    BOOST_CHECK(contains(slurp(c.out() / "curated/trusts.csv"), "\nRYK,Dudl\u00e9y Integrated Health"));
}

BOOST_AUTO_TEST_CASE(windows_1252_file_is_decoded) {
    // What Excel saves on Windows: no UTF-8 at all, so the whole file is read as Windows-1252.
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t row = line_starting(lines, "RYK,");
    lines[row].replace(4, 6, "Dudl\xE9y");
    use_export(c, lines);
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(contains(slurp(c.out() / "curated/trusts.csv"), "\nRYK,Dudl\u00e9y Integrated Health"));
}

BOOST_AUTO_TEST_CASE(byte_that_is_no_text_in_any_encoding) {
    // 0x81 is undefined in Windows-1252 and cannot start a UTF-8 character.
    Case c;
    auto lines = csv_lines(real_export());
    const std::size_t row = line_starting(lines, "RYK,");
    lines[row].replace(4, 6, "Dudl\x81y");
    const fs::path p = use_export(c, lines);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line,
                      at(p, row + 1, 9) + "byte 0x81 is neither UTF-8 nor Windows-1252 text (binary file?)");
}

BOOST_AUTO_TEST_CASE(utf16_with_bom_is_decoded) {
    for (const bool little_endian : {true, false}) {
        Case c;
        const std::string utf8 = slurp(real_export());
        std::string utf16 = little_endian ? "\xFF\xFE" : "\xFE\xFF";
        for (unsigned char ch : utf8) {
            BOOST_REQUIRE_LT(ch, 0x80u);  // the sample export is ASCII
            utf16 += little_endian ? std::string{static_cast<char>(ch), '\0'}
                                   : std::string{'\0', static_cast<char>(ch)};
        }
        use_export_bytes(c, utf16);
        const Result r = c.build();
        c.expect_success(r);
        BOOST_CHECK(contains(r.err, "dspt-report: 1 warning(s):\n  repaired-name: 1\n"));
        check_same_tables_as_good_run(c);
    }
}

BOOST_AUTO_TEST_CASE(utf16_without_bom_is_named_as_such) {
    Case c;
    std::string utf16;
    for (char ch : slurp(real_export())) utf16 += std::string{ch, '\0'};
    const fs::path p = use_export_bytes(c, utf16);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(
        line,
        at(p, 1, 2) + "control byte 0x00 (NUL) is not text (binary file? UTF-16 needs a byte order mark)");
}

// ODS files are reference data: a row that breaks their layout stops the run.
BOOST_AUTO_TEST_CASE(ods_row_with_too_few_columns) {
    Case c;
    auto lines = csv_lines(real_etr());
    const std::size_t row = line_starting(lines, "\"R0D\",");
    auto f = split_fields(lines[row]);
    f.resize(5);
    lines[row] = join_fields(f);
    const fs::path p = c.input("etr.csv");
    spit(p, join_lines(lines));
    c.set_trusts({p, real_ect()});
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(
        line,
        at(p, row + 1) + "row has 5 column(s); an ODS organisation file has 27 (at least 12 are needed)");
}

BOOST_AUTO_TEST_CASE(ods_open_date_not_yyyymmdd) {
    Case c;
    auto lines = csv_lines(real_etr());
    const std::size_t row = line_starting(lines, "\"R0A\",");
    const auto pos = lines[row].find("\"20171001\"");
    BOOST_REQUIRE(pos != std::string::npos);
    lines[row].replace(pos, 10, "\"2017-10-01\"");
    const fs::path p = c.input("etr.csv");
    spit(p, join_lines(lines));
    c.set_trusts({p, real_ect()});
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line,
                      at(p, row + 1, pos + 1) + "open date '2017-10-01' is not a date in the form yyyymmdd");
}

BOOST_AUTO_TEST_CASE(ons_lookup_without_its_icb_code_column) {
    Case c;
    auto lines = csv_lines(real_ons());
    for (auto& l : lines) {
        auto f = split_fields(l);
        BOOST_REQUIRE_EQUAL(f.size(), 10u);
        f.erase(f.begin() + 3);  // ICB23CD
        l = join_fields(f);
    }
    const fs::path p = c.input("LOC23_ICB23_NHSER23_EN_LU.csv");
    spit(p, join_lines(lines));
    c.set("ons_lookup", p);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_MESSAGE(line.starts_with(at(p, 1) + "missing column(s) ICByyCD"), line);
}

// The ICB codes name the ICB pages' files (icb/<code>.pdf): a path in their place must stop
// the run before anything is written (it would write outside out/), and so must one ODS
// code given to two ICBs (one ICB's page would replace the other's).
BOOST_AUTO_TEST_CASE(ons_lookup_icb_code_that_is_a_path_or_given_twice) {
    for (const std::string& bad : {std::string("../../escape"), std::string("QRV")}) {
        Case c;
        auto lines = csv_lines(real_ons());
        std::size_t row = 0, col = 0;
        for (std::size_t i = 1; i < lines.size(); ++i) {
            auto f = split_fields(lines[i]);
            if (f[4] != "QMJ") continue;
            if (row == 0) {
                row = i + 1;
                col = lines[i].find(",QMJ,") + 2;
            }
            f[4] = bad;
            lines[i] = join_fields(f);
        }
        BOOST_REQUIRE(row > 0);
        const fs::path p = c.input("LOC23_ICB23_NHSER23_EN_LU.csv");
        spit(p, join_lines(lines));
        c.set("ons_lookup", p);
        const std::string line = c.expect_failure_keeping_outputs();
        if (bad == "QRV")
            BOOST_CHECK_MESSAGE(line.starts_with(at(p, row, col) + "ICB code QRV is given to ICB "), line);
        else
            BOOST_CHECK_EQUAL(line,
                              at(p, row, col) + "'../../escape' is not an ICB code (letters and digits)");
        BOOST_TEST(!fs::exists(c.out().parent_path() / "escape.pdf"));
    }
}

BOOST_AUTO_TEST_CASE(previous_export_header_only) {
    Case c;
    const auto lines = csv_lines(real_previous_export());
    const fs::path p = c.input(real_previous_export().filename().string());
    spit(p, join_lines({lines[0]}));
    c.set("previous_export", p);
    const std::string line = c.expect_failure_keeping_outputs();
    BOOST_CHECK_EQUAL(line, at(p, 1) + "no data rows (the file has only a header)");
}

// Every CSV input, not only the export: an empty or binary file names that file.
BOOST_AUTO_TEST_CASE(empty_or_binary_file_for_every_csv_input) {
    const std::vector<std::pair<std::string, fs::path>> inputs = {{"previous_export", real_previous_export()},
                                                                  {"ods_trusts", real_etr()},
                                                                  {"ons_lookup", real_ons()},
                                                                  {"postcodes", real_postcodes()}};
    for (const auto& [key, real] : inputs) {
        for (const bool binary : {false, true}) {
            BOOST_TEST_CONTEXT(key << (binary ? " binary" : " empty")) {
                Case c;
                const fs::path p = c.input(real.filename().string());
                spit(p, binary ? binary_garbage() : std::string());
                c.set(key, p);
                const std::string line = c.expect_failure_keeping_outputs();
                BOOST_CHECK_MESSAGE(line.starts_with(binary ? at(p, 1, 1) : p.string() + ": "), line);
                BOOST_CHECK_MESSAGE(contains(line, binary ? "binary" : "empty"), line);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
