// One ICB's A4 page (issue #14) from the libraries, on the November 2023 sample bent where
// the sample has no such case: an ICB that has lost its trusts still has its map and score
// and says so; a trust without a headquarters location is in the table, marked not mapped.
// Both pages stay one page and pass the tagged-PDF checks.
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "report/icb_pages_pdf.h"
#include "report/pdf_tools.h"
#include "sample_briefing.h"
#include "support/tagged_pdf_check.h"

namespace {

using dspt::test::run_command;
using dspt::test::shell_quoted;
namespace fs = std::filesystem;

struct PdfText {
    std::string text;  // pdftotext, white space runs made one space
    int pages = 0;
    std::vector<std::string> problems;
};

PdfText read_pdf(const std::string& bytes, const std::string& name) {
    dspt::test::TempFolder tmp("icb-page-" + name);
    const fs::path p = tmp.path() / (name + ".pdf");
    std::ofstream(p, std::ios::binary) << bytes;
    PdfText out;
    const std::string raw = run_command("pdftotext -q " + shell_quoted(p) + " -").out;
    for (char c : raw) {
        const bool space = c == '\n' || c == ' ' || c == '\f';
        if (space && (out.text.empty() || out.text.back() == ' ')) continue;
        out.text += space ? ' ' : c;
    }
    const std::string info = run_command("pdfinfo " + shell_quoted(p)).out;
    const auto at = info.find("Pages:");
    if (at != std::string::npos) out.pages = std::stoi(info.substr(at + 6));
    out.problems = dspt::test::tagged_pdf_problems(bytes);
    return out;
}

const dspt::stats::IcbBrief& brief_of(const dspt::figures::FigureInputs& in, const std::string& ods) {
    for (const auto& b : in.derived().icb_briefs)
        if (b.icb.ods_code == ods) return b;
    throw std::runtime_error("no ICB " + ods);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(icb_page_pdf)

BOOST_AUTO_TEST_CASE(an_icb_without_trusts_says_so_and_keeps_its_map_and_score) {
    auto s = dspt::test::build_sample_briefing();
    dspt::curate::BriefingData data = s->data;
    std::erase_if(data.organisations, [](const dspt::curate::Organisation& o) {
        return o.sector == dspt::curate::Sector::NhsTrust && o.icb_ods_code == "QHG";
    });
    const dspt::figures::FigureInputs in(data, s->style, &s->maps);
    const auto& b = brief_of(in, "QHG");
    BOOST_REQUIRE(b.trusts.empty());
    BOOST_REQUIRE(b.ranked);
    dspt::report::ReportExtras extras;
    const PdfText pdf = read_pdf(dspt::report::render_icb_pdf(b, in, extras), "QHG");
    BOOST_TEST(pdf.pages == 1);
    BOOST_TEST(pdf.text.find("NHS Bedfordshire, Luton and Milton Keynes Integrated Care Board") !=
               std::string::npos);
    BOOST_TEST(pdf.text.find("This ICB has no NHS trusts in the briefing") != std::string::npos);
    BOOST_TEST(pdf.text.find(b.ranked->printed) != std::string::npos);
    BOOST_TEST(pdf.text.find("rank " + b.ranked->rank.text() + " of 42 ICBs") != std::string::npos);
    BOOST_TEST(pdf.text.find(" km") != std::string::npos, "the map's scale bar");
    BOOST_TEST(pdf.problems.empty(), dspt::test::describe_problems(pdf.problems));
}

BOOST_AUTO_TEST_CASE(a_trust_not_mapped_is_in_the_table_marked_not_mapped) {
    auto s = dspt::test::build_sample_briefing();
    dspt::curate::BriefingData data = s->data;
    std::string lost;
    for (auto& o : data.organisations)
        if (o.sector == dspt::curate::Sector::NhsTrust && o.icb_ods_code == "QMJ" && lost.empty()) {
            o.location.reset();
            lost = o.display_name;
        }
    const dspt::figures::FigureInputs in(data, s->style, &s->maps);
    const auto& b = brief_of(in, "QMJ");
    dspt::report::ReportExtras extras;
    const PdfText pdf = read_pdf(dspt::report::render_icb_pdf(b, in, extras), "QMJ");
    BOOST_TEST(pdf.pages == 1);
    BOOST_TEST(pdf.text.find(lost + " (not mapped)") != std::string::npos, lost);
    BOOST_TEST(pdf.text.find("1 is not mapped (no headquarters location)") != std::string::npos);
    BOOST_TEST(pdf.problems.empty(), dspt::test::describe_problems(pdf.problems));
}

BOOST_AUTO_TEST_SUITE_END()
