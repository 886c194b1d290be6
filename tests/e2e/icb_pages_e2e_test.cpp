// End to end (issue #14): the default build writes a page and a slide for each of the 42
// ICBs and icb_pages.pdf with all of them. Each page lists exactly its own trusts (as
// curated/trusts.csv assigns them) under its own name, with the rank tables/icb_scores.csv
// gives it; every file is tagged, listed with the run's outputs and deterministic;
// --no-icb-pages and the manifest's briefing.icb_pages = false leave them out.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "report/pdf_tools.h"
#include "support/tagged_pdf_check.h"

namespace fs = std::filesystem;
using dspt::test::csv_rows;
using dspt::test::read_bytes;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

const std::string kManifest = DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml";

int build(const fs::path& out, const std::string& manifest, const std::string& flags = "") {
    return run_command("SOURCE_DATE_EPOCH=1700092800 " + shell_quoted(DSPT_BINARY) + " build " + flags +
                       " --out " + shell_quoted(out) + " " + shell_quoted(manifest) + " >/dev/null 2>&1")
        .status;
}

const fs::path& sample_out() {
    static dspt::test::TempFolder tmp("e2e-icb-pages");
    static const fs::path out = [] {
        BOOST_REQUIRE_EQUAL(build(tmp.path() / "out", kManifest), 0);
        return tmp.path() / "out";
    }();
    return out;
}

std::size_t column(const std::vector<std::string>& header, const std::string& name) {
    for (std::size_t i = 0; i < header.size(); ++i)
        if (header[i] == name) return i;
    throw std::runtime_error("no column " + name);
}

// pdftotext's text with every run of white space made one space (headings wrap).
std::string flat_text(const fs::path& pdf) {
    const std::string raw = run_command("pdftotext -q " + shell_quoted(pdf) + " -").out;
    std::string out;
    for (char c : raw) {
        const bool space = c == '\n' || c == ' ' || c == '\f' || c == '\t';
        if (space && (out.empty() || out.back() == ' ')) continue;
        out += space ? ' ' : c;
    }
    return out;
}

int pages_of(const fs::path& pdf) {
    const std::string info = run_command("pdfinfo " + shell_quoted(pdf)).out;
    std::smatch m;
    if (!std::regex_search(info, m, std::regex("Pages:\\s+(\\d+)"))) return -1;
    return std::stoi(m[1]);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(icb_pages_e2e)

BOOST_AUTO_TEST_CASE(every_icb_page_lists_exactly_its_own_trusts_under_its_own_name_and_rank) {
    const fs::path& out = sample_out();
    const auto trusts = csv_rows(out / "curated/trusts.csv");
    const std::size_t t_code = column(trusts[0], "code"), t_icb = column(trusts[0], "icb_ods_code");
    std::map<std::string, std::set<std::string>> trusts_of;
    std::set<std::string> all_trusts;
    for (std::size_t i = 1; i < trusts.size(); ++i) {
        trusts_of[trusts[i][t_icb]].insert(trusts[i][t_code]);
        all_trusts.insert(trusts[i][t_code]);
    }
    const auto scores = csv_rows(out / "tables/icb_scores.csv");
    const std::size_t s_code = column(scores[0], "ICB23CDH"), s_name = column(scores[0], "ICB23NM"),
                      s_rank = column(scores[0], "rank"), s_trusts = column(scores[0], "trusts");
    BOOST_REQUIRE_EQUAL(scores.size(), 43u);
    std::size_t files = 0;
    for (std::size_t i = 1; i < scores.size(); ++i) {
        const std::string code = scores[i][s_code];
        const fs::path pdf = out / "icb" / (code + ".pdf");
        BOOST_REQUIRE_MESSAGE(fs::is_regular_file(pdf), pdf.string() << " missing");
        BOOST_TEST(fs::is_regular_file(out / "png/icb" / (code + ".png")), code << ".png missing");
        ++files;
        const std::string text = flat_text(pdf);
        BOOST_TEST(text.find(scores[i][s_name]) != std::string::npos, code << ": its name");
        BOOST_TEST(text.find("rank " + scores[i][s_rank] + " of 42 ICBs") != std::string::npos,
                   code << ": rank " << scores[i][s_rank]);
        std::set<std::string> listed;
        for (const auto& t : all_trusts)
            if (std::regex_search(text, std::regex("(^|[^A-Z0-9])" + t + "([^A-Z0-9]|$)"))) listed.insert(t);
        BOOST_TEST((listed == trusts_of[code]),
                   code << ": lists " << listed.size() << " trusts, curated " << trusts_of[code].size());
        BOOST_TEST(std::to_string(trusts_of[code].size()) == scores[i][s_trusts]);
        // One page, a second only when the trust table cannot fit.
        const int pages = pages_of(pdf);
        BOOST_TEST((pages == 1 || (pages == 2 && trusts_of[code].size() > 12)),
                   code << ": " << pages << " pages");
    }
    BOOST_TEST(files == 42u);
}

BOOST_AUTO_TEST_CASE(icb_pages_pdf_holds_every_icb_by_region_with_contents_and_is_tagged) {
    const fs::path& out = sample_out();
    const fs::path all = out / "icb_pages.pdf";
    BOOST_REQUIRE(fs::is_regular_file(all));
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(all) + " >/dev/null").status == 0);
    const auto problems = dspt::test::tagged_pdf_problems(read_bytes(all));
    BOOST_TEST(problems.empty(), dspt::test::describe_problems(problems));
    for (const char* code : {"QMJ", "QYG", "QHG"}) {
        const auto p =
            dspt::test::tagged_pdf_problems(read_bytes(out / "icb" / (std::string(code) + ".pdf")));
        BOOST_TEST(p.empty(), code << ": " << dspt::test::describe_problems(p));
    }
    // Bookmarks: the seven regions, each with its ICBs.
    const std::string outline = run_command("qpdf --json --json-key=outlines " + shell_quoted(all)).out;
    std::size_t regions = 0;
    for (const char* r : {"East of England", "London", "Midlands", "North East and Yorkshire", "North West",
                          "South East", "South West"})
        regions += outline.find(std::string("\"title\": \"") + r + "\"") != std::string::npos;
    BOOST_TEST(regions == 7u);
    const std::string text = flat_text(all);
    BOOST_TEST(text.find("Contents") != std::string::npos);
    // Grouped by region: London's ICBs come after the London heading and before the Midlands'.
    const auto london =
        text.find("London", text.find("NHS Suffolk and North East Essex Integrated Care Board", 0));
    BOOST_TEST(london != std::string::npos);
    BOOST_TEST(pages_of(all) >= 43);
}

BOOST_AUTO_TEST_CASE(icb_files_are_listed_deterministic_and_have_alt_text) {
    const fs::path& out = sample_out();
    const std::string list = read_bytes(out / ".dspt-report-outputs");
    BOOST_TEST(list.find("icb/QMJ.pdf") != std::string::npos);
    BOOST_TEST(list.find("png/icb/QMJ.png") != std::string::npos);
    BOOST_TEST(list.find("icb_pages.pdf") != std::string::npos);
    const auto alt = csv_rows(out / "png/alt_text.csv");
    std::size_t icb_rows = 0;
    for (const auto& r : alt)
        if (r[0].rfind("png/icb/", 0) == 0) {
            ++icb_rows;
            BOOST_TEST(r[2].find("composite score") != std::string::npos, r[0]);
        }
    BOOST_TEST(icb_rows == 42u);

    dspt::test::TempFolder again("e2e-icb-pages-again");
    BOOST_REQUIRE_EQUAL(build(again.path(), kManifest), 0);
    for (const char* f :
         {"icb_pages.pdf", "icb/QMJ.pdf", "icb/QE1.pdf", "png/icb/QMJ.png", "png/icb/QYG.png"})
        BOOST_TEST((read_bytes(out / f) == read_bytes(again.path() / f)), f << " differs between two runs");
    // Without them: none written, and the ones of the previous run into the folder go.
    BOOST_REQUIRE_EQUAL(build(again.path(), kManifest, "--no-icb-pages"), 0);
    BOOST_TEST(!fs::exists(again.path() / "icb_pages.pdf"));
    BOOST_TEST(!fs::exists(again.path() / "icb/QMJ.pdf"));
    BOOST_TEST(!fs::exists(again.path() / "png/icb/QMJ.png"));
    BOOST_TEST(fs::exists(again.path() / "briefing.pdf"));
}

BOOST_AUTO_TEST_CASE(the_manifest_can_turn_icb_pages_off) {
    dspt::test::TempFolder tmp("e2e-icb-pages-off");
    std::string text = read_bytes(kManifest);
    // The copy's paths must still resolve: point them at the example folder.
    const std::string from = "\"../../shared/";
    const std::string to = "\"" + std::string(DSPT_SOURCE_DIR) + "/../shared/";
    for (std::size_t p = text.find(from); p != std::string::npos; p = text.find(from, p + to.size()))
        text.replace(p, from.size(), to);
    text.replace(text.find("[briefing]\n"), 11, "[briefing]\nicb_pages = false\n");
    const fs::path manifest = tmp.path() / "m.toml";
    std::ofstream(manifest) << text;
    BOOST_REQUIRE_EQUAL(build(tmp.path() / "out", manifest.string()), 0);
    BOOST_TEST(fs::exists(tmp.path() / "out/briefing.pdf"));
    BOOST_TEST(!fs::exists(tmp.path() / "out/icb_pages.pdf"));
    BOOST_TEST(!fs::exists(tmp.path() / "out/png/icb"));
}

BOOST_AUTO_TEST_SUITE_END()
