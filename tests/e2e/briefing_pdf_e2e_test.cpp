// End to end: `dspt-report build` on the sample bundle writes briefing.pdf; two runs give
// the same bytes; a failing run leaves the previous briefing.pdf as it was.
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "report/pdf_tools.h"

namespace fs = std::filesystem;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

int build(const fs::path& out, const std::string& manifest, const std::string& flags = "") {
    // A fixed SOURCE_DATE_EPOCH as a release build would set; the PDF must not depend on the clock.
    return run_command("SOURCE_DATE_EPOCH=1700092800 " + shell_quoted(DSPT_BINARY) + " build " + flags +
                       " --out " + shell_quoted(out) + " " + shell_quoted(manifest) + " >/dev/null")
        .status;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(briefing_pdf_e2e)

BOOST_AUTO_TEST_CASE(build_writes_a_valid_deterministic_briefing) {
    dspt::test::TempFolder tmp("e2e-pdf");
    const std::string manifest = DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml";
    BOOST_REQUIRE_EQUAL(build(tmp.path() / "a", manifest), 0);
    // The second run also asks for SVGs and 2x PNGs: extra outputs must not change the others.
    BOOST_REQUIRE_EQUAL(build(tmp.path() / "b", manifest, "--svg --png-2x"), 0);
    const auto a = tmp.path() / "a" / "briefing.pdf";
    const auto b = tmp.path() / "b" / "briefing.pdf";
    BOOST_REQUIRE(fs::exists(a));
    const std::string bytes = dspt::test::read_bytes(a);
    BOOST_TEST((bytes == dspt::test::read_bytes(b)), "two builds differ");
    BOOST_TEST(bytes.size() < 2u * 1024 * 1024);
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(a)).status == 0);
    const auto text = run_command("pdftotext -q " + shell_quoted(a) + " -").out;
    BOOST_TEST(text.find("DSPT status at 16 November 2023") != std::string::npos);
    BOOST_TEST(text.find("Contains OS data \u00a9 Crown copyright and database right 2023") !=
               std::string::npos);
    // The sources page names the run's input files.
    BOOST_TEST(text.find("DSPT search results 16_11_2023.csv") != std::string::npos);

    std::size_t pngs = 0, svgs = 0;
    for (const auto& e : fs::directory_iterator(tmp.path() / "a" / "png")) {
        if (e.path().extension() != ".png") continue;  // alt_text.csv lists the PNGs written
        ++pngs;
        const auto name = e.path().filename();
        BOOST_TEST(
            (dspt::test::read_bytes(e.path()) == dspt::test::read_bytes(tmp.path() / "b" / "png" / name)),
            name.string() << " differs when --svg --png-2x are given");
        auto svg = tmp.path() / "b" / "svg" / name;
        svg.replace_extension(".svg");
        BOOST_TEST(fs::is_regular_file(svg), svg.string() << " missing");
    }
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path() / "b" / "svg")) ++svgs;
    BOOST_TEST(pngs == 8u);                             // the seven charts and maps, and the trend
    BOOST_TEST(!fs::exists(tmp.path() / "a" / "svg"));  // only on request
    BOOST_TEST(svgs == 8u);
}

// The default manifest lists three earlier snapshots: the trend has its section after the
// status by sector (a sentence from the numbers, the caveat beside it, the figure), a key
// finding, a slide and its alt-text row.
BOOST_AUTO_TEST_CASE(the_default_briefing_has_the_trend) {
    dspt::test::TempFolder tmp("e2e-trend");
    BOOST_REQUIRE_EQUAL(build(tmp.path(), DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml"), 0);
    const auto text = run_command("pdftotext -q " + shell_quoted(tmp.path() / "briefing.pdf") + " -").out;
    const std::string sentence =
        "The share of NHS trusts that met or exceeded the standard rose from 55.5% on 17 June 2019 (18/19 "
        "edition, "
        "229 trusts) to 72.9% on 16 November 2023 (22/23 edition, 210 trusts), across 4 snapshots.";
    std::string flat;  // pdftotext breaks lines
    for (char c : text) flat += (c == '\n') ? ' ' : c;
    std::size_t count = 0;
    for (std::size_t at = 0; (at = flat.find(sentence, at)) != std::string::npos; ++at) ++count;
    BOOST_TEST(count == 2u, "the key finding and the section's opening sentence");
    const auto section = flat.rfind("Trend since 17 June 2019");
    BOOST_REQUIRE(section != std::string::npos);
    BOOST_TEST(flat.rfind("Status by sector") < section);
    BOOST_TEST(flat.find("Charts and maps", section) != std::string::npos);
    BOOST_TEST(flat.find("Not a like-for-like panel", section) != std::string::npos);
    BOOST_TEST(flat.find("(NHS trusts: 229, 215, 211 and 210)", section) != std::string::npos);
    BOOST_TEST(flat.find("Figure 1. Each snapshot's status mix") != std::string::npos);
    BOOST_TEST(fs::is_regular_file(tmp.path() / "png" / "trend.png"));
    const std::string alt = dspt::test::read_bytes(tmp.path() / "png" / "alt_text.csv");
    BOOST_TEST(
        alt.find("\"png/trend.png\",\"Trend in DSPT status since 17 June 2019\",\"NHS trusts meeting or "
                 "exceeding the standard: 55.5% of 229") != std::string::npos);
    BOOST_TEST(fs::is_regular_file(tmp.path() / "tables" / "trend.csv"));
}

// Without [[history]] the trend is absent, not empty: no section, figure, slide, table.
BOOST_AUTO_TEST_CASE(a_history_free_briefing_has_no_trend_anywhere) {
    dspt::test::TempFolder tmp("e2e-no-trend");
    BOOST_REQUIRE_EQUAL(build(tmp.path(), DSPT_SOURCE_DIR "/examples/dspt-2019-06-all-sectors.toml"), 0);
    const auto text = run_command("pdftotext -q " + shell_quoted(tmp.path() / "briefing.pdf") + " -").out;
    BOOST_TEST(text.find("Trend") == std::string::npos);
    BOOST_TEST(text.find("trend") == std::string::npos);
    BOOST_TEST(text.find("Figure 1. Share of NHS trusts, ICBs and CSUs") != std::string::npos);
    BOOST_TEST(!fs::exists(tmp.path() / "png" / "trend.png"));
    BOOST_TEST(!fs::exists(tmp.path() / "tables" / "trend.csv"));
    BOOST_TEST(dspt::test::read_bytes(tmp.path() / "png" / "alt_text.csv").find("trend") ==
               std::string::npos);
    BOOST_TEST(dspt::test::read_bytes(tmp.path() / ".dspt-report-outputs").find("trend") ==
               std::string::npos);
}

// ICBs did not exist in June 2019: the 2019 export holds no ICB rows, so ICBs are "not in
// this export" everywhere (never 42 Not Published), the composite rests on the trusts alone,
// and the export's CSU rows (sector "CSU" in that layout) are counted.
BOOST_AUTO_TEST_CASE(the_2019_briefing_says_icbs_are_not_in_this_export) {
    dspt::test::TempFolder tmp("e2e-2019-coverage");
    const fs::path record = tmp.path() / "run.json";
    BOOST_REQUIRE_EQUAL(build(tmp.path() / "out", DSPT_SOURCE_DIR "/examples/dspt-2019-06-all-sectors.toml",
                              "--record " + shell_quoted(record)),
                        0);
    const auto text =
        run_command("pdftotext -q " + shell_quoted(tmp.path() / "out" / "briefing.pdf") + " -").out;
    std::string flat;  // pdftotext breaks lines
    for (char c : text) flat += (c == '\n') ? ' ' : c;
    // Cover, key findings, methodology, appendix.
    BOOST_TEST(flat.find("integrated care boards are not in this export") != std::string::npos);
    BOOST_TEST(flat.find("The export holds no ICB rows: ICBs are not in this export") != std::string::npos);
    BOOST_TEST(flat.find("of the 42 ICBs") == std::string::npos);
    BOOST_TEST(flat.find("had not published; ") ==
               std::string::npos);  // no "0 of the 42 ICBs ... 42 had not published"
    BOOST_TEST(flat.find("6 of the 6 CSUs (100.0%) met or exceeded") != std::string::npos);
    BOOST_TEST(
        flat.find("Of the export's 31,970 rows, 31,501 belong to sectors outside the briefing (Pharmacy "
                  "11,455, GP 6,827,") != std::string::npos);
    BOOST_TEST(flat.find("the composite is the mean score of the ICB's trusts alone") != std::string::npos);
    BOOST_TEST(flat.find("ICB not in this export") != std::string::npos);  // the ICB map's legend
    const std::string scores = dspt::test::read_bytes(tmp.path() / "out" / "tables" / "icb_scores.csv");
    BOOST_TEST(scores.find(",(not in this export),17,0.647,0.647,") != std::string::npos);
    BOOST_TEST(scores.find("Not Published") == std::string::npos);
    const std::string json = dspt::test::read_bytes(record);
    BOOST_TEST(json.find("\"icb\": 0") == std::string::npos);
    BOOST_TEST(json.find("\"icb\": null") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(a_failing_build_keeps_the_previous_briefing) {
    dspt::test::TempFolder tmp("e2e-pdf-fail");
    const auto out = tmp.path() / "out";
    fs::create_directories(out);
    { std::ofstream(out / "briefing.pdf") << "previous briefing"; }
    const auto manifest = tmp.path() / "broken.toml";
    {
        std::ofstream m(manifest);
        m << "[briefing]\nreference_date = 2023-11-16\n[inputs]\ndspt_export = \"missing.csv\"\n";
    }
    BOOST_TEST(build(out, manifest.string()) != 0);
    BOOST_TEST(dspt::test::read_bytes(out / "briefing.pdf") == "previous briefing");
}

// The README's promise about page numbers holds for the briefing it describes: "Page N of
// M" on every page but the cover, and the README says so (issue #13, item 13).
BOOST_AUTO_TEST_CASE(page_numbers_are_where_the_readme_says) {
    dspt::test::TempFolder tmp("e2e-pages");
    BOOST_REQUIRE_EQUAL(build(tmp.path(), DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml"), 0);
    const auto text = run_command("pdftotext -q " + shell_quoted(tmp.path() / "briefing.pdf") + " -").out;
    std::vector<std::string> pages;
    for (std::size_t start = 0; start <= text.size();) {
        const auto ff = text.find('\f', start);
        pages.push_back(text.substr(start, ff == std::string::npos ? std::string::npos : ff - start));
        if (ff == std::string::npos) break;
        start = ff + 1;
    }
    while (!pages.empty() && pages.back().find_first_not_of(" \n") == std::string::npos) pages.pop_back();
    BOOST_REQUIRE_GT(pages.size(), 2u);
    const std::string m = std::to_string(pages.size());
    // " of 21" but not the cover's "(153 of 210)".
    const auto page_of_m = [&](const std::string& page) {
        for (std::size_t at = 0; (at = page.find(" of " + m, at)) != std::string::npos; ++at) {
            const std::size_t end = at + 4 + m.size();
            if (end >= page.size() || !std::isdigit(static_cast<unsigned char>(page[end]))) return true;
        }
        return false;
    };
    BOOST_TEST(!page_of_m(pages[0]), "the cover has a page number");
    for (std::size_t i = 1; i < pages.size(); ++i) {
        const std::string n = std::to_string(i + 1) + " of " + m;  // "Page 3 of 20" or "page 3 of 20"
        BOOST_TEST((pages[i].find("Page " + n) != std::string::npos ||
                    pages[i].find("page " + n) != std::string::npos),
                   "page " << i + 1 << " has no 'page " << n << "'");
    }
    std::ifstream in(DSPT_SOURCE_DIR "/README.md");
    const std::string readme((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    BOOST_TEST(readme.find("Page N of M on every page.") == std::string::npos);
    BOOST_TEST(readme.find("\"Page N of M\" on every page but the cover.") != std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
