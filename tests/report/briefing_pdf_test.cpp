// The briefing PDF of the November 2023 sample, checked from the outside with poppler and
// qpdf: structure (pages, outline, links), numbers (compared with what the stats code
// computes, never typed in), the appendix, vector-only content, size and determinism.
#include "report/briefing_pdf.h"

#include <algorithm>
#include <boost/property_tree/json_parser.hpp>
#include <boost/property_tree/ptree.hpp>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <fstream>
#include <functional>
#include <iterator>
#include <map>
#include <set>
#include <sstream>

#include "io/atomic_file.h"
#include "io/input_error.h"
#include "report/document.h"
#include "report/findings.h"
#include "report/pdf_tools.h"
#include "report/sample_briefing.h"
#include "stats/ranks.h"
#include "stats/tables.h"

namespace fs = std::filesystem;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

struct OutlineItem {
    std::string title;
    int page = 0;  // 1-based
    std::vector<OutlineItem> kids;
};

std::vector<OutlineItem> read_outline(const boost::property_tree::ptree& list) {
    std::vector<OutlineItem> out;
    for (const auto& [key, node] : list) {
        OutlineItem item{node.get<std::string>("title"), node.get<int>("destpageposfrom1"), {}};
        if (auto kids = node.get_child_optional("kids")) item.kids = read_outline(*kids);
        out.push_back(std::move(item));
    }
    return out;
}

std::string page_text(const fs::path& pdf, int first, int last, bool layout = false) {
    const auto r =
        run_command("pdftotext -q " + std::string(layout ? "-layout " : "") + "-f " + std::to_string(first) +
                    " -l " + std::to_string(last) + " " + shell_quoted(pdf) + " -");
    if (r.status != 0) throw std::runtime_error("pdftotext failed");
    return r.out;
}

bool is_word_char(char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; }

// Occurrences of `word` not glued to letters or digits on either side.
std::size_t count_word(const std::string& text, const std::string& word) {
    std::size_t n = 0;
    for (auto pos = text.find(word); pos != std::string::npos; pos = text.find(word, pos + 1)) {
        const auto end = pos + word.size();
        if ((pos == 0 || !is_word_char(text[pos - 1])) && (end == text.size() || !is_word_char(text[end])))
            ++n;
    }
    return n;
}

// Runs of whitespace to one space, trimmed: laid-out pdftotext pads columns with spaces.
std::string squeezed(const std::string& line) {
    std::string out;
    for (char c : line) {
        if (std::isspace(static_cast<unsigned char>(c))) {
            if (!out.empty() && out.back() != ' ') out += ' ';
        } else {
            out += c;
        }
    }
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out;
}

bool any_line(const std::string& text, const std::function<bool(const std::string&)>& match) {
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        if (match(l)) return true;
    return false;
}

// "Key findings ........ 3": the title, dot leaders or spaces, then the page at the end.
bool is_contents_line(const std::string& line, const std::string& title, int page) {
    const auto at = line.find(title);
    if (at == std::string::npos) return false;
    std::string rest = line.substr(at + title.size());
    while (!rest.empty() && std::isspace(static_cast<unsigned char>(rest.back()))) rest.pop_back();
    const std::string number = std::to_string(page);
    if (rest.size() <= number.size() || !rest.ends_with(number)) return false;
    const std::string leader = rest.substr(0, rest.size() - number.size());
    return leader.back() == ' ' &&
           std::all_of(leader.begin(), leader.end(), [](char c) { return c == ' ' || c == '.'; });
}

// "CreationDate:   2023-11-16T00:00:00Z" in pdfinfo's output.
bool has_info(const std::string& info, const std::string& key, const std::string& value) {
    return any_line(info, [&](const std::string& l) { return squeezed(l) == key + ": " + value; });
}

// The code leading an appendix row: 3 to 5 of [0-9A-Z], then the column gap (2+ spaces).
std::string leading_code(const std::string& line) {
    std::size_t i = 0;
    while (i < line.size() && std::isspace(static_cast<unsigned char>(line[i]))) ++i;
    std::size_t j = i;
    while (j < line.size() &&
           (std::isdigit(static_cast<unsigned char>(line[j])) || (line[j] >= 'A' && line[j] <= 'Z')))
        ++j;
    const bool gap = j + 1 < line.size() && line[j] == ' ' && line[j + 1] == ' ';
    return (j - i >= 3 && j - i <= 5 && gap) ? line.substr(i, j - i) : std::string{};
}

// One build of the sample for the whole suite: it takes most of a second.
struct SamplePdf {
    std::unique_ptr<dspt::test::SampleBriefing> sample = dspt::test::build_sample_briefing();
    dspt::test::TempFolder tmp{"briefing"};
    fs::path pdf = tmp.path() / "briefing.pdf";
    std::string bytes;
    int pages = 0;
    std::vector<OutlineItem> outline;

    SamplePdf() {
        dspt::report::ReportExtras extras;
        extras.version = "test";
        extras.warnings = &sample->warnings;
        extras.source_date_epoch = 1700092800;  // 2023-11-16 00:00:00 UTC
        dspt::io::write_file_atomically(
            pdf.string(), dspt::report::render_briefing_pdf(sample->data, sample->figures, *sample->inputs,
                                                            sample->style, extras));
        bytes = dspt::test::read_bytes(pdf);
        pages = std::stoi(run_command("qpdf --show-npages " + shell_quoted(pdf)).out);
        std::istringstream json(run_command("qpdf --json " + shell_quoted(pdf)).out);
        boost::property_tree::ptree tree;
        boost::property_tree::read_json(json, tree);
        outline = read_outline(tree.get_child("outlines"));
    }
    const OutlineItem& section(const std::string& title) const {
        for (const auto& o : outline) {
            if (o.title == title) return o;
        }
        throw std::runtime_error("no outline entry " + title);
    }
};

const SamplePdf& sample_pdf() {
    static const SamplePdf s;
    return s;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(briefing_pdf)

BOOST_AUTO_TEST_CASE(outline_lists_every_section_and_figure_in_page_order) {
    const auto& s = sample_pdf();
    std::vector<std::string> titles;
    for (const auto& o : s.outline) titles.push_back(o.title);
    const std::vector<std::string> expected = {"Contents",
                                               "Key findings",
                                               "Status by sector",
                                               "Charts and maps",
                                               "Changes since the previous month",
                                               "Methodology",
                                               "Data quality",
                                               "Appendix: every organisation and its status",
                                               "Sources and licences"};
    BOOST_TEST(titles == expected, boost::test_tools::per_element());

    // Every figure of all_figures() is a bookmark under "Charts and maps", in order.
    const auto& figs = s.section("Charts and maps").kids;
    BOOST_REQUIRE_EQUAL(figs.size(), s.sample->figures.size());
    for (std::size_t i = 0; i < figs.size(); ++i) BOOST_TEST(figs[i].title == s.sample->figures[i].title);

    // Destinations never go backwards and stay inside the document; the cover has none.
    int last = 2;
    for (const auto& o : s.outline) {
        BOOST_TEST(o.page >= last);
        last = o.page;
        for (const auto& k : o.kids) {
            BOOST_TEST(k.page >= last);
            last = k.page;
        }
    }
    BOOST_TEST(last <= s.pages);
}

BOOST_AUTO_TEST_CASE(contents_page_numbers_and_links_match_the_outline) {
    const auto& s = sample_pdf();
    const std::string contents = page_text(s.pdf, 2, 2, true);
    for (const auto& o : s.outline) {
        if (o.title == "Contents") continue;
        const bool found =
            any_line(contents, [&](const std::string& l) { return is_contents_line(l, o.title, o.page); });
        BOOST_TEST(found, "contents line for " << o.title << " p. " << o.page);
    }
    // One link annotation per contents entry (sections and their subsections).
    std::size_t entries = 0;
    for (const auto& o : s.outline) entries += (o.title == "Contents" ? 0 : 1) + o.kids.size();
    const auto raw = run_command("qpdf --qdf --object-streams=disable " + shell_quoted(s.pdf) + " -").out;
    BOOST_TEST(count_word(raw, "/Subtype /Link") == entries);
}

BOOST_AUTO_TEST_CASE(every_page_but_the_cover_says_page_n_of_m) {
    const auto& s = sample_pdf();
    BOOST_TEST(s.pages >= 15);
    BOOST_TEST(page_text(s.pdf, 1, 1).find("page 1 of") == std::string::npos);
    for (int p = 2; p <= s.pages; ++p) {
        const std::string t = page_text(s.pdf, p, p);
        BOOST_TEST(
            t.find("page " + std::to_string(p) + " of " + std::to_string(s.pages)) != std::string::npos,
            "footer of page " << p);
        BOOST_TEST(t.find("DSPT status at 16 November 2023") != std::string::npos,
                   "running header of page " << p);
    }
}

BOOST_AUTO_TEST_CASE(cover_and_summary_show_the_numbers_the_stats_code_computes) {
    const auto& s = sample_pdf();
    const auto summary = dspt::stats::summarise_by_sector(s.sample->data);
    const std::string cover = page_text(s.pdf, 1, 1);
    for (const auto& h : dspt::report::cover_headlines(summary)) {
        BOOST_TEST(cover.find(h.value) != std::string::npos, h.value);
        BOOST_REQUIRE(!h.detail.empty());  // every sector of the sample has organisations
        BOOST_TEST(cover.find("(" + h.detail + ")") != std::string::npos, h.detail);
    }
    BOOST_TEST(cover.find("Experimental statistics: not official statistics") != std::string::npos);
    BOOST_TEST(cover.find("DSPT status at 16 November 2023") != std::string::npos);

    // The summary table: each row on one line of the laid-out text, its cells in order.
    const int page = s.section("Status by sector").page;
    const std::string table = page_text(s.pdf, page, page, true);
    for (const auto& row : summary.rows) {
        // "NHS Trust  0 (0.0%)  0 (0.0%)  57 (27.1%) ...  210": the cells in order, then the total.
        std::string cells;
        for (std::size_t k = 0; k < row.counts.size(); ++k)
            cells += " " + std::to_string(row.counts[k]) + " (" +
                     dspt::stats::format_percent_of(row.counts[k], row.total()) + "%)";
        cells += " " + std::to_string(row.total());
        const bool found =
            any_line(table, [&](const std::string& l) { return (" " + squeezed(l)).ends_with(cells); });
        BOOST_TEST(found, "summary row " << row.label);
    }
}

BOOST_AUTO_TEST_CASE(key_findings_name_the_extreme_icbs) {
    const auto& s = sample_pdf();
    const auto scores = dspt::stats::icb_composite_scores(s.sample->data);
    const auto [lo, hi] = std::minmax_element(scores.begin(), scores.end(), [](const auto& a, const auto& b) {
        return a.composite_score < b.composite_score;
    });
    const int page = s.section("Key findings").page;
    std::string text = page_text(s.pdf, page, page);
    std::replace(text.begin(), text.end(), '\n', ' ');
    BOOST_TEST(text.find(lo->icb.name) != std::string::npos);
    BOOST_TEST(text.find(hi->icb.name) != std::string::npos);
    // As printed everywhere: one decimal (the ranks go by that value).
    BOOST_TEST(text.find(dspt::stats::printed_composite(lo->composite_score)) != std::string::npos);
    BOOST_TEST(text.find("Since 17 October 2023") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(appendix_lists_every_organisation_exactly_once_with_header_on_every_page) {
    const auto& s = sample_pdf();
    const int first = s.section("Appendix: every organisation and its status").page;
    const int last = s.section("Sources and licences").page;
    BOOST_REQUIRE(last > first);
    // Laid out, each table row is one line starting with the code column (some names
    // repeat their code, e.g. "Hertfordshire Community NHS Trust (RY4)": not counted).
    const std::string text = page_text(s.pdf, first, last, true);
    std::map<std::string, std::size_t> leading;
    std::istringstream in(text);
    for (std::string l; std::getline(in, l);)
        if (const auto code = leading_code(l); !code.empty()) ++leading[code];
    std::size_t trusts = 0;
    for (const auto& o : s.sample->data.organisations) {
        BOOST_TEST(leading[o.code] == 1u, o.code << " leads " << leading[o.code] << " rows");
        if (o.sector == dspt::curate::Sector::NhsTrust) ++trusts;
    }
    std::size_t rows = 0;
    for (const auto& [code, n] : leading) rows += n;
    BOOST_TEST(rows == s.sample->data.organisations.size());  // and nothing else
    BOOST_TEST(trusts == 210u);
    // The table header row is repeated at the top of every page the tables run onto.
    for (int p = first; p < last; ++p) {
        const std::string t = page_text(s.pdf, p, p);
        BOOST_TEST(t.find("Code") != std::string::npos, "header on page " << p);
        BOOST_TEST(t.find("Status") != std::string::npos, "header on page " << p);
    }
}

BOOST_AUTO_TEST_CASE(vector_only_valid_small_and_with_fixed_metadata) {
    const auto& s = sample_pdf();
    const auto images = run_command("pdfimages -list " + shell_quoted(s.pdf));
    BOOST_REQUIRE_EQUAL(images.status, 0);
    std::size_t lines = 0;
    for (char c : images.out) lines += c == '\n';
    BOOST_TEST(lines == 2u, "pdfimages lists images:\n" << images.out);  // the two header lines only
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(s.pdf)).status == 0);
    BOOST_TEST(s.bytes.size() < 2u * 1024 * 1024);
    const auto info = run_command("pdfinfo -isodates " + shell_quoted(s.pdf)).out;
    BOOST_TEST(has_info(info, "CreationDate", "2023-11-16T00:00:00Z"), info);
    BOOST_TEST(has_info(info, "ModDate", "2023-11-16T00:00:00Z"), info);
    BOOST_TEST(has_info(info, "Creator", "dspt-report test"), info);
    BOOST_TEST(has_info(info, "Author", "NHS England"), info);
    const auto fonts = run_command("pdffonts " + shell_quoted(s.pdf)).out;
    BOOST_TEST(count_word(fonts, "yes yes yes") == 2u, fonts);  // both faces embedded, subset, with ToUnicode
}

BOOST_AUTO_TEST_CASE(two_renders_are_byte_identical) {
    const auto& s = sample_pdf();
    dspt::report::ReportExtras extras;
    extras.version = "test";
    extras.warnings = &s.sample->warnings;
    extras.source_date_epoch = 1700092800;
    const std::string again = dspt::report::render_briefing_pdf(s.sample->data, s.sample->figures,
                                                                *s.sample->inputs, s.sample->style, extras);
    BOOST_TEST(again.size() == s.bytes.size());
    BOOST_TEST((again == s.bytes));
}

BOOST_AUTO_TEST_CASE(without_a_previous_export_the_changes_page_says_so) {
    auto sample = dspt::test::build_sample_briefing(false);
    dspt::test::TempFolder tmp("no-previous");
    const auto pdf = tmp.path() / "briefing.pdf";
    dspt::io::write_file_atomically(
        pdf.string(),
        dspt::report::render_briefing_pdf(sample->data, sample->figures, *sample->inputs, sample->style, {}));
    std::string text = page_text(pdf, 1, 1000);
    std::replace(text.begin(), text.end(), '\n', ' ');
    BOOST_TEST(text.find("No previous export was given") != std::string::npos);
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(pdf)).status == 0);
}

BOOST_AUTO_TEST_CASE(a_failed_write_leaves_the_previous_file_alone) {
    const auto& s = sample_pdf();
    dspt::test::TempFolder tmp("failed-write");
    const auto target = tmp.path() / "briefing.pdf";
    { std::ofstream(target) << "previous run"; }
    // A style without the report's keys fails at load (style/theme.h), before anything is
    // written; a whole style whose fonts are not there fails in the build, and neither
    // leaves anything behind.
    const auto broken = tmp.path() / "broken.toml";
    {
        std::ofstream(broken)
            << "[fonts]\ndirectory = \"" DSPT_SOURCE_DIR
               "/fonts\"\nregular = \"LiberationSans-Regular.ttf\"\nbold = \"LiberationSans-Bold.ttf\"\n";
    }
    BOOST_CHECK_THROW((void)dspt::style::Style::load(broken.string()), dspt::io::InputError);
    {
        std::ifstream in(DSPT_SOURCE_DIR "/styles/nhs.toml");
        std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
        const std::string from = "directory = \"../fonts\"";
        BOOST_REQUIRE(text.find(from) != std::string::npos);
        text.replace(text.find(from), from.size(), "directory = \"no-fonts-here\"");
        std::ofstream(broken, std::ios::trunc) << text;
    }
    const auto style = dspt::style::Style::load(broken.string());
    BOOST_CHECK_THROW(dspt::io::write_file_atomically(target.string(), dspt::report::render_briefing_pdf(
                                                                           s.sample->data, s.sample->figures,
                                                                           *s.sample->inputs, style, {})),
                      std::exception);
    BOOST_TEST(dspt::test::read_bytes(target) == "previous run");
    std::size_t files = 0;
    for ([[maybe_unused]] const auto& e : fs::directory_iterator(tmp.path())) ++files;
    BOOST_TEST(files == 2u);  // the target and the style: no temporary left behind
}

BOOST_AUTO_TEST_CASE(timestamp_comes_from_source_date_epoch_or_the_snapshot) {
    using dspt::report::document_timestamp;
    const dspt::io::Date snapshot{2023, 11, 16};
    const auto t = document_timestamp(snapshot, 1700000000);  // 2023-11-14 22:13:20 UTC
    BOOST_TEST(t.year == 2023);
    BOOST_TEST(t.month == 11);
    BOOST_TEST(t.day == 14);
    BOOST_TEST(t.hour == 22);
    BOOST_TEST(t.minute == 13);
    BOOST_TEST(t.second == 20);
    const auto leap = document_timestamp(snapshot, 951782400);  // 2000-02-29 00:00:00 UTC
    BOOST_TEST((leap.month == 2 && leap.day == 29));
    const auto fallback = document_timestamp(snapshot, std::nullopt);
    BOOST_TEST((fallback.year == 2023 && fallback.month == 11 && fallback.day == 16 && fallback.hour == 0));
    BOOST_TEST(document_timestamp(snapshot, -5).day == 16);
}

BOOST_AUTO_TEST_SUITE_END()
