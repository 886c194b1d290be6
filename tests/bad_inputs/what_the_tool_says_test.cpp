// What the tool says about a run (issue #13, items 6-10): every warning in
// tables/data_quality.csv, the map note without a postcode file, printed names, text the
// fonts cannot draw, outputs a previous run left, and --style as an override file.
#include <boost/test/unit_test.hpp>

#include "bad_inputs/bad_input_support.h"

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

// pdftotext's layout text with every run of white space made one space, so a sentence
// the PDF wraps across lines can be searched whole.
std::string flat_pdf_text(const fs::path& pdf) {
    std::string out;
    for (char ch : pdf_text(pdf)) {
        const bool space = ch == ' ' || ch == '\n' || ch == '\t' || ch == '\f';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : ch;
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(what_the_tool_says)

BOOST_AUTO_TEST_CASE(no_postcode_file_is_said_as_such) {
    Case c;
    c.set("postcodes", "");
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "no-postcode-file", 1));
    const std::string text = flat_pdf_text(c.out() / "briefing.pdf");
    BOOST_CHECK(contains(text, "No postcode file was given, so none of the 210 trusts is mapped."));
    BOOST_CHECK(contains(text, "no postcode file was given, so no trust is placed on the map"));
    BOOST_CHECK(!contains(text, "postcode not found"));
    // No list of 210 "not mapped" trusts when none could be.
    BOOST_CHECK(!contains(text, "Trusts not mapped"));
    const std::string csv = slurp(c.out() / "tables/data_quality.csv");
    BOOST_CHECK(contains(csv, "\nno-postcode-file,,,,,"));
}

BOOST_AUTO_TEST_CASE(every_warning_is_in_data_quality_csv) {
    Case c;
    // 20 trust headquarters postcodes taken out of the postcode file: unmatched-postcode
    // warnings, more than the PDF's list shows (data_quality_max_items = 12).
    auto lines = csv_lines(real_postcodes());
    BOOST_REQUIRE_GT(lines.size(), 40u);
    lines.erase(lines.begin() + 1, lines.begin() + 21);
    const fs::path p = c.input("trust_postcodes.csv");
    spit(p, join_lines(lines, "\n"));
    c.set("postcodes", p);
    const Result r = c.build();
    c.expect_success(r);
    // Some of those postcodes belong to trusts outside the briefing (Welsh, closed).
    const auto at = r.err.find("\n  unmatched-postcode: ");
    BOOST_REQUIRE(at != std::string::npos);
    const std::size_t n = std::stoul(r.err.substr(at + 22));
    BOOST_REQUIRE_GT(n, 12u);

    const std::string csv = slurp(c.out() / "tables/data_quality.csv");
    const auto rows = lines_of(csv);
    BOOST_CHECK_EQUAL(rows.front(), "kind,file,line,column,org_code,message");
    BOOST_CHECK_EQUAL(count_of(csv, "\nunmatched-postcode,"), n);
    // Structured: the ODS file and line, no column, the trust's code, the message.
    std::size_t structured = 0;
    for (const auto& row : rows) {
        if (!row.starts_with("unmatched-postcode,")) continue;
        std::vector<std::string> f;
        std::size_t start = 0;
        for (std::size_t k = 0; k < 5; ++k) {
            const auto comma = row.find(',', start);
            f.push_back(row.substr(start, comma - start));
            start = comma + 1;
        }
        f.push_back(row.substr(start));
        const bool ods_file = f[1].ends_with("/ods/etr.csv") || f[1].ends_with("/ods/ect.csv");
        const bool ok = ods_file && std::stoul(f[2]) >= 1 && f[3].empty() && !f[4].empty() &&
                        f[5].starts_with(f[4] + ": postcode '");
        BOOST_CHECK_MESSAGE(ok, row);
        structured += ok;
    }
    BOOST_CHECK_EQUAL(structured, n);

    const std::string text = flat_pdf_text(c.out() / "briefing.pdf");
    BOOST_CHECK(!contains(text, "see the run's log"));
    BOOST_CHECK(contains(text, "and " + std::to_string(n - 12) + " more: every one is in curated/trusts.csv"));
    BOOST_CHECK(contains(text, "Every warning is listed in tables/data_quality.csv"));
}

BOOST_AUTO_TEST_CASE(curate_writes_data_quality_csv_too) {
    Case c;
    const Result r = c.curate();
    c.expect_success(r);
    const std::string csv = slurp(c.out() / "tables/data_quality.csv");
    BOOST_CHECK(csv.starts_with("kind,file,line,column,org_code,message\n"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(printed_names)

BOOST_AUTO_TEST_CASE(curated_csvs_carry_the_exported_and_the_printed_name) {
    Case c;
    const Result r = c.build();
    c.expect_success(r);
    const std::string trusts = slurp(c.out() / "curated/trusts.csv");
    BOOST_CHECK(trusts.starts_with("code,name,display_name,sector,"));
    BOOST_CHECK(contains(trusts, "\nRLQ,WYE VALLEY NHS TRUST (RLQ),Wye Valley NHS Trust,NHS Trust,"));
    BOOST_CHECK(contains(trusts, "\nR0B,SOUTH TYNESIDE AND SUNDERLAND NHS FOUNDATION TRUST (R0B),"
                                 "South Tyneside and Sunderland NHS Foundation Trust,NHS Trust,"));
    const std::string text = flat_pdf_text(c.out() / "briefing.pdf");
    BOOST_CHECK(contains(text, "Wye Valley NHS Trust"));
    BOOST_CHECK(!contains(text, "(RLQ)"));
    BOOST_CHECK(!contains(text, "(R0B)"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(stale_outputs)

BOOST_AUTO_TEST_CASE(a_run_removes_what_the_previous_one_wrote_and_it_does_not) {
    Case c;
    const std::string manifest = c.write_manifest().string();
    const std::string out = c.out().string();
    c.expect_success(c.run({"build", manifest, "--out", out, "--png-2x", "--svg"}));
    BOOST_REQUIRE(fs::is_regular_file(c.out() / "png/icb_status_map@2x.png"));
    BOOST_REQUIRE(fs::is_regular_file(c.out() / "svg/icb_status_map.svg"));
    BOOST_REQUIRE(fs::is_regular_file(c.out() / "tables/status_changes.csv"));
    // Files a user put there, beside and among the outputs, and one outside the folder
    // that a damaged list names.
    spit(c.out() / "notes.txt", "mine");
    spit(c.out() / "png/my_slide@2x.png", "mine");
    spit(c.out() / "svg/mine.svg", "mine");
    spit(c.dir() / "outside.txt", "mine");
    {
        std::string list = slurp(c.out() / ".dspt-report-outputs");
        BOOST_CHECK(contains(list, "\npng/icb_status_map@2x.png\n"));
        BOOST_CHECK(!contains(list, "notes.txt"));
        spit(c.out() / ".dspt-report-outputs", list + "../outside.txt\n" + c.dir().string() + "/outside.txt\n");
    }

    // Without --png-2x and --svg, and without the previous export (no changes table).
    c.set("previous_export", "");
    const Result r = c.build();
    c.expect_success(r);
    BOOST_CHECK(!fs::exists(c.out() / "png/icb_status_map@2x.png"));
    BOOST_CHECK(!fs::exists(c.out() / "svg/icb_status_map.svg"));
    BOOST_CHECK(!fs::exists(c.out() / "tables/status_changes.csv"));
    BOOST_CHECK(fs::is_regular_file(c.out() / "png/icb_status_map.png"));
    BOOST_CHECK(fs::is_regular_file(c.out() / "briefing.pdf"));
    BOOST_CHECK(contains(r.err, "removed " + (c.out() / "png/icb_status_map@2x.png").string()));
    BOOST_CHECK_EQUAL(slurp(c.out() / "notes.txt"), "mine");
    BOOST_CHECK_EQUAL(slurp(c.out() / "png/my_slide@2x.png"), "mine");
    BOOST_CHECK_EQUAL(slurp(c.out() / "svg/mine.svg"), "mine");
    BOOST_CHECK_EQUAL(slurp(c.dir() / "outside.txt"), "mine");
    const std::string list = slurp(c.out() / ".dspt-report-outputs");
    BOOST_CHECK(!contains(list, "@2x"));
    BOOST_CHECK(!contains(list, "outside"));

    // A folder only the previous run's files were in goes with them.
    fs::remove(c.out() / "svg/mine.svg");
    c.expect_success(c.run({"build", manifest, "--out", out, "--svg"}));
    BOOST_REQUIRE(fs::is_regular_file(c.out() / "svg/icb_status_map.svg"));
    c.expect_success(c.build());
    BOOST_CHECK(!fs::exists(c.out() / "svg"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(undrawable_text)

BOOST_AUTO_TEST_CASE(a_title_the_fonts_cannot_draw_is_a_counted_warning) {
    Case c;
    std::string manifest = c.manifest_text();
    const std::string title = "DSPT \xE7\xAE\x80\xE6\x8A\xA5 \xF0\x9F\x9A\x80 briefing";  // 简报 🚀
    manifest.replace(manifest.find("[briefing]\n"), 11, "[briefing]\ntitle = " + toml_string(title) + "\n");
    const fs::path path = c.dir() / "titled.toml";
    spit(path, manifest);
    const Result r = c.run({"build", path.string(), "--out", c.out().string()});
    c.expect_success(r);
    BOOST_CHECK(summary_counts(r, "undrawable-text", 1));
    BOOST_CHECK_MESSAGE(contains(r.err, path.string() + ": the title '" + title +
                                            "' has characters the fonts cannot draw (U+7B80 U+62A5 U+1F680)"),
                        r.err);
    BOOST_CHECK(pdf_counts(c.out() / "briefing.pdf", "undrawable-text", 1));
    BOOST_CHECK(contains(slurp(c.out() / "tables/data_quality.csv"), "\nundrawable-text,"));
}

BOOST_AUTO_TEST_SUITE_END()
