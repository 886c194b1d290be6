// What the tool says about a run (issue #13, items 6-10): every warning in
// tables/data_quality.csv, the map note without a postcode file, printed names, text the
// fonts cannot draw, outputs a previous run left, and --style as an override file.
#include <png.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <functional>

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

// Magenta, which no default style uses: the override's colour, found in an image.
bool is_magenta(int r, int g, int b) { return r > 240 && g < 16 && b > 240; }

// Pixels of a PNG (libpng's simplified reader, as RGB) for which `pick` holds.
std::size_t png_pixels(const fs::path& file, const std::function<bool(int, int, int)>& pick) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    BOOST_REQUIRE_MESSAGE(png_image_begin_read_from_file(&image, file.c_str()), "cannot read " << file);
    image.format = PNG_FORMAT_RGB;
    std::vector<unsigned char> rgb(PNG_IMAGE_SIZE(image));
    BOOST_REQUIRE(png_image_finish_read(&image, nullptr, rgb.data(), 0, nullptr));
    std::size_t n = 0;
    for (std::size_t i = 0; i + 2 < rgb.size(); i += 3) n += pick(rgb[i], rgb[i + 1], rgb[i + 2]) ? 1 : 0;
    return n;
}

// Pixels of every page of a PDF rendered by pdftoppm at a low resolution (binary PPMs).
std::size_t pdf_pixels(const fs::path& pdf, const std::function<bool(int, int, int)>& pick) {
    const fs::path prefix = pdf.parent_path() / ".pages";
    const std::string cmd =
        "pdftoppm -r 24 " + shell_quote(pdf.string()) + " " + shell_quote(prefix.string());
    BOOST_REQUIRE_EQUAL(std::system(cmd.c_str()), 0);
    std::size_t n = 0, pages = 0;
    for (const auto& entry : fs::directory_iterator(pdf.parent_path())) {
        if (!entry.path().filename().string().starts_with(".pages")) continue;
        ++pages;
        const std::string ppm = slurp(entry.path());
        fs::remove(entry.path());
        // "P6\n<w> <h>\n255\n" then RGB bytes.
        std::size_t pos = 0;
        for (int fields = 0; fields < 4; ++fields) {
            pos = ppm.find_first_of(" \n", pos);
            BOOST_REQUIRE(pos != std::string::npos);
            ++pos;
        }
        for (std::size_t i = pos; i + 2 < ppm.size(); i += 3)
            n += pick(static_cast<unsigned char>(ppm[i]), static_cast<unsigned char>(ppm[i + 1]),
                      static_cast<unsigned char>(ppm[i + 2]))
                     ? 1
                     : 0;
    }
    BOOST_REQUIRE_GT(pages, 10u);
    return n;
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
    BOOST_CHECK(
        contains(text, "and " + std::to_string(n - 12) + " more: every one is in curated/trusts.csv"));
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
    BOOST_CHECK(contains(trusts,
                         "\nR0B,SOUTH TYNESIDE AND SUNDERLAND NHS FOUNDATION TRUST (R0B),"
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
        spit(c.out() / ".dspt-report-outputs",
             list + "../outside.txt\n" + c.dir().string() + "/outside.txt\n");
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

// Issue #13 item 10: --style names an override, a file holding only the keys it changes,
// anywhere on disc, applied to the PDF and the slide PNGs alike.
BOOST_AUTO_TEST_SUITE(style_override)

BOOST_AUTO_TEST_CASE(one_colour_outside_styles_recolours_slides_and_pdf) {
    Case c;
    // No [fonts] key and no slide style beside it: both come from the default style.
    const fs::path over = c.input("magenta.toml");
    spit(over, "[status]\nstandards_met = \"#FF00FF\"\n");
    const fs::path record = c.dir() / "record.json";
    const Result r = c.run({"build", c.write_manifest().string(), "--out", c.out().string(), "--style",
                            over.string(), "--record", record.string()});
    c.expect_success(r);
    BOOST_CHECK_MESSAGE(contains(r.err, "dspt-report: style override " + over.string() +
                                            " changes 1 key(s): status.standards_met\n"),
                        r.err);
    // The good run has no magenta; the override's slide and PDF have it.
    const fs::path good = c.dir() / "good.png";
    spit(good, good_build_outputs().at("png/status_by_sector.png"));
    BOOST_CHECK_EQUAL(png_pixels(good, is_magenta), 0u);
    const std::size_t slide = png_pixels(c.out() / "png/status_by_sector.png", is_magenta);
    BOOST_TEST_MESSAGE("magenta pixels in the status_by_sector slide: " << slide);
    BOOST_CHECK_GT(slide, 10000u);
    const std::size_t pdf = pdf_pixels(c.out() / "briefing.pdf", is_magenta);
    BOOST_TEST_MESSAGE("magenta pixels in the PDF's pages at 24 dpi: " << pdf);
    BOOST_CHECK_GT(pdf, 100u);
    const fs::path good_pdf = c.dir() / "good" / "briefing.pdf";
    spit(good_pdf, good_build_outputs().at("briefing.pdf"));
    BOOST_CHECK_EQUAL(pdf_pixels(good_pdf, is_magenta), 0u);
    // The run record lists the override as an input of its own role.
    const std::string json = slurp(record);
    BOOST_CHECK_MESSAGE(contains(json, "\"role\": \"style_override\"") && contains(json, over.string()),
                        json);
}

BOOST_AUTO_TEST_CASE(key_unknown_to_the_default_style_is_an_error_at_its_place) {
    Case c;
    const fs::path over = c.input("typo.toml");
    spit(over, "# my colours\n[status]\nstandards_met = \"#FF00FF\"\nstandards_mett = \"#00FF00\"\n");
    const Result r =
        c.run({"build", c.write_manifest().string(), "--out", c.out().string(), "--style", over.string()});
    const std::string line = error_line(r);
    BOOST_CHECK_MESSAGE(
        line.starts_with(over.string() + ":4:1: style key \"status.standards_mett\" is not a key "
                                         "of the default style"),
        line);
    BOOST_CHECK(!fs::exists(c.out() / "briefing.pdf"));
}

BOOST_AUTO_TEST_CASE(full_copy_of_nhs_toml_elsewhere_renders_with_the_default_fonts) {
    Case c;
    // The case: styles/nhs.toml copied out of styles/ and one colour edited. Its
    // relative paths (fonts "../fonts", slide style "slides.toml") equal the default's, so
    // they are no change and still resolve beside the default style.
    std::string text = slurp(fs::path(DSPT_SOURCE_DIR) / "styles/nhs.toml");
    const auto at = text.find("standards_met = \"#41B6E6\"");
    BOOST_REQUIRE(at != std::string::npos);
    text.replace(at, 26, "standards_met = \"#FF00FF\"");
    const fs::path over = c.input("copy-of-nhs.toml");
    spit(over, text);
    const Result r =
        c.run({"build", c.write_manifest().string(), "--out", c.out().string(), "--style", over.string()});
    c.expect_success(r);
    BOOST_CHECK(contains(r.err, "changes 1 key(s): status.standards_met\n"));
    BOOST_CHECK_GT(png_pixels(c.out() / "png/status_by_sector.png", is_magenta), 10000u);
    // Nothing else changed: a slide without the status colour is the good run's, byte for byte.
    BOOST_CHECK(slurp(c.out() / "png/icb_composite_map.png") ==
                good_build_outputs().at("png/icb_composite_map.png"));
}

BOOST_AUTO_TEST_SUITE_END()
