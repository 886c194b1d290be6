// End to end (issue #15): every PDF `dspt-report build` writes is tagged and passes the
// structure check (support/tagged_pdf_check), for the default briefing, the 2019 all-sector
// briefing and a briefing without a previous export; every slide PNG has a row in
// png/alt_text.csv and every SVG a <title> and <desc>.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>
#include <string>

#include "report/pdf_tools.h"
#include "support/tagged_pdf_check.h"

namespace fs = std::filesystem;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

int build(const fs::path& out, const fs::path& manifest) {
    return run_command("SOURCE_DATE_EPOCH=1700092800 " + shell_quoted(DSPT_BINARY) + " build --svg --out " +
                       shell_quoted(out) + " " + shell_quoted(manifest) + " >/dev/null")
        .status;
}

// The default manifest without its previous_export, its relative paths made absolute.
fs::path manifest_without_previous(const fs::path& folder) {
    std::ifstream in(DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml");
    const fs::path out = folder / "no-previous.toml";
    std::ofstream m(out);
    const std::string examples = DSPT_SOURCE_DIR "/examples/";
    for (std::string line; std::getline(in, line);) {
        if (line.rfind("previous_export", 0) == 0) continue;
        m << std::regex_replace(line, std::regex("\"\\.\\./"), "\"" + examples + "../") << "\n";
    }
    return out;
}

void check_run(const fs::path& out) {
    std::size_t pdfs = 0;
    for (const auto& e : fs::recursive_directory_iterator(out)) {
        if (e.path().extension() != ".pdf") continue;
        ++pdfs;
        const auto problems = dspt::test::tagged_pdf_problems(dspt::test::read_bytes(e.path()));
        BOOST_TEST(problems.empty(), e.path().string() << ": " << dspt::test::describe_problems(problems));
        const auto info = run_command("pdfinfo " + shell_quoted(e.path())).out;
        BOOST_TEST(std::regex_search(info, std::regex("Tagged: +yes")), e.path().string() << " not tagged");
    }
    BOOST_TEST(pdfs >= 1u);

    // png/alt_text.csv: a row for every PNG, each with a title and a text naming its data.
    const std::string csv = dspt::test::read_bytes(out / "png" / "alt_text.csv");
    BOOST_TEST(csv.rfind("file,title,alternative text\r\n", 0) == 0u);
    std::set<std::string> listed;
    const std::regex row("^\"([^\"]+)\",\"((?:[^\"]|\"\")+)\",\"((?:[^\"]|\"\")+)\"\r$");
    std::istringstream lines(csv);
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line)) {
        std::smatch m;
        BOOST_TEST_REQUIRE(std::regex_match(line, m, row), "bad alt_text.csv row: " << line);
        listed.insert(m[1]);
        BOOST_TEST(m[3].length() <= 300, m[1] << ": alternative text of " << m[3].length() << " characters");
    }
    std::size_t pngs = 0;
    for (const auto& e : fs::recursive_directory_iterator(out / "png")) {
        if (e.path().extension() != ".png") continue;
        ++pngs;
        const auto rel = fs::relative(e.path(), out).generic_string();
        BOOST_TEST(listed.count(rel) == 1u, rel << " has no row in png/alt_text.csv");
    }
    BOOST_TEST(listed.size() == pngs);

    for (const auto& e : fs::directory_iterator(out / "svg")) {
        const std::string svg = dspt::test::read_bytes(e.path());
        BOOST_TEST(
            std::regex_search(svg, std::regex("<svg[^>]*>\\s*<title>[^<]+</title>\\s*<desc>[^<]+</desc>")),
            e.path().string() << " lacks <title>/<desc>");
    }
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tagged_pdf_e2e)

BOOST_AUTO_TEST_CASE(the_default_briefing_is_tagged_and_every_slide_has_alt_text) {
    dspt::test::TempFolder tmp("e2e-tagged");
    BOOST_REQUIRE_EQUAL(build(tmp.path() / "out", DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml"), 0);
    check_run(tmp.path() / "out");
    // The ICB status map's text gives the counts, not just "Map of ICBs".
    const std::string csv = dspt::test::read_bytes(tmp.path() / "out" / "png" / "alt_text.csv");
    BOOST_TEST(std::regex_search(
                   csv, std::regex("icb_status_map.png\",\"[^\"]+\",\"Map of 42 ICBs by DSPT status: \\d+ ")),
               csv);
}

BOOST_AUTO_TEST_CASE(the_2019_briefing_is_tagged) {
    dspt::test::TempFolder tmp("e2e-tagged-2019");
    BOOST_REQUIRE_EQUAL(build(tmp.path() / "out", DSPT_SOURCE_DIR "/examples/dspt-2019-06-all-sectors.toml"),
                        0);
    check_run(tmp.path() / "out");
}

BOOST_AUTO_TEST_CASE(a_briefing_without_a_previous_export_is_tagged) {
    dspt::test::TempFolder tmp("e2e-tagged-no-previous");
    BOOST_REQUIRE_EQUAL(build(tmp.path() / "out", manifest_without_previous(tmp.path())), 0);
    check_run(tmp.path() / "out");
}

BOOST_AUTO_TEST_SUITE_END()
