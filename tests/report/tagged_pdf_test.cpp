// The briefing is a tagged PDF (issue #15), checked from the outside with libqpdf
// (support/tagged_pdf_check): marked content, ParentTree, headings, figures' /Alt, table
// headers' /Scope, links, /Lang. And the check itself fails when the tagging is broken:
// each way of breaking it, done to the real briefing or drawn by a page that forgets to
// tag, is reported.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cctype>
#include <fstream>
#include <functional>
#include <qpdf/Buffer.hh>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFOutlineDocumentHelper.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFWriter.hh>
#include <sstream>

#include "report/briefing_pdf.h"
#include "report/document.h"
#include "report/paint.h"
#include "report/pdf_tools.h"
#include "report/sample_briefing.h"
#include "report/table.h"
#include "report/text_block.h"
#include "style/fonts.h"
#include "support/tagged_pdf_check.h"

using dspt::test::describe_problems;
using dspt::test::tagged_pdf_problems;

namespace {

std::string render(bool with_previous) {
    auto sample = dspt::test::build_sample_briefing(with_previous);
    dspt::report::ReportExtras extras;
    extras.version = "test";
    extras.source_date_epoch = 1700092800;
    return dspt::report::render_briefing_pdf(sample->data, sample->figures, *sample->inputs, sample->style,
                                             extras);
}

const std::string& briefing() {
    static const std::string bytes = render(true);
    return bytes;
}

// The briefing changed by `edit` through qpdf, written back uncompressed.
std::string edited(const std::string& bytes, const std::function<void(QPDF&)>& edit) {
    QPDF pdf;
    pdf.processMemoryFile("briefing.pdf", bytes.data(), bytes.size());
    edit(pdf);
    QPDFWriter w(pdf);
    w.setOutputMemory();
    w.setStreamDataMode(qpdf_s_uncompress);
    w.write();
    auto buffer = w.getBufferSharedPointer();
    return std::string(reinterpret_cast<const char*>(buffer->getBuffer()), buffer->getSize());
}

bool reports(const std::vector<std::string>& problems, const std::string& what) {
    for (const auto& p : problems)
        if (p.find(what) != std::string::npos) return true;
    return false;
}

// The first structure element of role `role` in reading order.
QPDFObjectHandle find_element(QPDFObjectHandle elem, const std::string& role) {
    if (elem.getKey("/S").isName() && elem.getKey("/S").getName() == role) return elem;
    QPDFObjectHandle k = elem.getKey("/K");
    for (int i = 0; k.isArray() && i < k.getArrayNItems(); ++i) {
        QPDFObjectHandle kid = k.getArrayItem(i);
        if (!kid.isDictionary() || kid.hasKey("/MCID") || kid.hasKey("/Obj")) continue;
        QPDFObjectHandle found = find_element(kid, role);
        if (!found.isNull()) return found;
    }
    return QPDFObjectHandle::newNull();
}

QPDFObjectHandle first_element(QPDF& pdf, const std::string& role) {
    return find_element(pdf.getRoot().getKey("/StructTreeRoot").getKey("/K"), role);
}

// A page's content as one uncompressed stream, edited as text.
void edit_content(QPDF& pdf, int page, const std::function<void(std::string&)>& edit) {
    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    auto helper = pages.at(static_cast<std::size_t>(page));
    helper.coalesceContentStreams();
    QPDFObjectHandle contents = helper.getObjectHandle().getKey("/Contents");
    auto data = contents.getStreamData(qpdf_dl_all);
    std::string text(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
    edit(text);
    contents.replaceStreamData(text, QPDFObjectHandle::newNull(), QPDFObjectHandle::newNull());
}

}  // namespace

BOOST_AUTO_TEST_SUITE(tagged_pdf)

BOOST_AUTO_TEST_CASE(the_briefing_passes_the_structure_check) {
    const auto problems = tagged_pdf_problems(briefing());
    BOOST_TEST(problems.empty(), describe_problems(problems));
}

BOOST_AUTO_TEST_CASE(the_briefing_without_a_previous_export_passes_too) {
    const auto problems = tagged_pdf_problems(render(false));
    BOOST_TEST(problems.empty(), describe_problems(problems));
}

BOOST_AUTO_TEST_CASE(a_missing_lang_is_reported) {
    const auto p =
        tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) { pdf.getRoot().removeKey("/Lang"); }));
    BOOST_TEST(reports(p, "without /Lang"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(a_figure_without_alt_is_reported) {
    const auto p = tagged_pdf_problems(
        edited(briefing(), [](QPDF& pdf) { first_element(pdf, "/Figure").removeKey("/Alt"); }));
    BOOST_TEST(reports(p, "Figure without /Alt"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(a_header_cell_without_scope_is_reported) {
    const auto p =
        tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) { first_element(pdf, "/TH").removeKey("/A"); }));
    BOOST_TEST(reports(p, "TH without /Scope"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(a_skipped_heading_level_is_reported) {
    const auto p = tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) {
        first_element(pdf, "/H2").replaceKey("/S", QPDFObjectHandle::newName("/H3"));
    }));
    BOOST_TEST(reports(p, "heading level skipped: H3 after H1"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(an_mcid_missing_from_the_parent_tree_is_reported) {
    const auto p = tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) {
        QPDFObjectHandle nums = pdf.getRoot().getKey("/StructTreeRoot").getKey("/ParentTree").getKey("/Nums");
        // Nums = [0 [owners of page 1's MCIDs] ...]: forget the owner of MCID 0 on page 1.
        nums.getArrayItem(1).setArrayItem(0, QPDFObjectHandle::newNull());
    }));
    BOOST_TEST(reports(p, "page 1: MCID 0 missing from the ParentTree"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(an_mcid_used_twice_on_a_page_is_reported) {
    const auto p = tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) {
        edit_content(pdf, 0, [](std::string& s) {
            const auto at = s.find("<</MCID 1>>");
            BOOST_REQUIRE(at != std::string::npos);
            s.replace(at, 11, "<</MCID 0>>");
        });
    }));
    BOOST_TEST(reports(p, "page 1: MCID 0 used 2 times"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(painting_outside_marked_content_is_reported) {
    // Every BDC/EMC pair of page 1 removed: its text and fills are untagged.
    const auto p = tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) {
        edit_content(pdf, 0, [](std::string& s) {
            for (const std::string op : {"BDC", "EMC"})
                for (auto at = s.find(op); at != std::string::npos; at = s.find(op)) s.replace(at, 3, "");
            for (auto at = s.find("/Artifact <</Type /Layout>>"); at != std::string::npos;
                 at = s.find("/Artifact <</Type /Layout>>"))
                s.replace(at, 27, "");
        });
    }));
    BOOST_TEST(reports(p, "page 1: painting operator"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(a_link_without_a_structure_parent_is_reported) {
    const auto p = tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) {
        auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
        pages.at(1).getObjectHandle().getKey("/Annots").getArrayItem(0).removeKey("/StructParent");
    }));
    BOOST_TEST(reports(p, "page 2: link annotation without a Link structure parent"), describe_problems(p));
}

BOOST_AUTO_TEST_CASE(a_structure_out_of_page_order_is_reported) {
    const auto p = tagged_pdf_problems(edited(briefing(), [](QPDF& pdf) {
        // The last element of the document read first.
        QPDFObjectHandle kids = pdf.getRoot().getKey("/StructTreeRoot").getKey("/K").getKey("/K");
        QPDFObjectHandle last = kids.getArrayItem(kids.getArrayNItems() - 1);
        kids.eraseItem(kids.getArrayNItems() - 1);
        kids.insertItem(0, last);
    }));
    BOOST_TEST(reports(p, "structure reads page 1 after page"), describe_problems(p));
}

// A page drawn by report code that forgets to say what it draws fails the check; the same
// page drawn with the report's building blocks passes.
BOOST_AUTO_TEST_CASE(a_page_that_paints_without_a_tag_fails_and_building_blocks_pass) {
    const auto style = dspt::style::Style::load(DSPT_SOURCE_DIR "/styles/nhs.toml");
    const auto fonts = dspt::style::load_fonts(style);
    auto make = [&](bool forget) {
        dspt::report::ReportDocument doc(style, *fonts);
        doc.add_page(true);
        dspt::report::section_heading(doc, "A section", "a-section", 0);
        dspt::report::flow_paragraph(doc, "A paragraph.", dspt::report::body_text(style), 40, 400);
        dspt::report::Table t;
        t.columns = {{"Name", 200, dspt::draw::HAlign::Left, std::nullopt},
                     {"Count", 100, dspt::draw::HAlign::Right, std::nullopt}};
        t.rows = {{dspt::report::RowKind::Body, {{"a", std::nullopt, false}, {"1", std::nullopt, false}}}};
        dspt::report::flow_table(doc, t);
        if (forget)
            doc.canvas().fill(dspt::draw::Path().rect({40, 700, 100, 10}), dspt::report::solid({0, 0, 0, 1}));
        dspt::report::DocumentInfo info;
        info.title = "Test";
        doc.finish(info, "Test", "today");
        return doc.save_to_memory();
    };
    const auto good = tagged_pdf_problems(make(false));
    BOOST_TEST(good.empty(), describe_problems(good));
    const auto bad = tagged_pdf_problems(make(true));
    BOOST_TEST(reports(bad, "page 1: painting operator f"), describe_problems(bad));
}

// The headings a screen reader lists are the bookmarks a sighted reader gets: after the
// cover's title (H1), every outline entry is a heading of its level (H1 sections, H2
// subsections and figures), in the same order, and nothing else is a heading.
BOOST_AUTO_TEST_CASE(the_headings_match_the_outline) {
    dspt::test::TempFolder tmp("tagged-headings");
    const auto path = tmp.path() / "briefing.pdf";
    { std::ofstream(path, std::ios::binary) << briefing(); }

    auto squeeze = [](std::string s) {  // poppler joins wrapped lines without a space
        s.erase(std::remove_if(s.begin(), s.end(), [](unsigned char c) { return std::isspace(c); }), s.end());
        return s;
    };
    std::vector<std::string> headings;
    std::istringstream text(
        dspt::test::run_command("pdfinfo -struct-text " + dspt::test::shell_quoted(path)).out);
    bool in_heading = false;
    for (std::string line; std::getline(text, line);) {
        const auto first = line.find_first_not_of(' ');
        if (first == std::string::npos) continue;
        if (line[first] == '"') {
            if (in_heading) headings.back() += squeeze(line.substr(first + 1, line.rfind('"') - first - 1));
            continue;
        }
        in_heading =
            line.size() > first + 1 && line[first] == 'H' && line[first + 1] >= '1' && line[first + 1] <= '6';
        if (in_heading) headings.push_back(line.substr(first, 2) + " ");
    }

    std::vector<std::string> expected;
    QPDF pdf;
    pdf.processMemoryFile("briefing.pdf", briefing().data(), briefing().size());
    QPDFOutlineDocumentHelper outlines(pdf);
    std::function<void(std::vector<QPDFOutlineObjectHelper>, int)> walk = [&](auto items, int level) {
        for (auto& o : items) {
            expected.push_back("H" + std::to_string(level) + " " + squeeze(o.getTitle()));
            walk(o.getKids(), level + 1);
        }
    };
    walk(outlines.getTopLevelOutlines(), 1);

    BOOST_REQUIRE(!headings.empty());
    BOOST_TEST(headings.front().rfind("H1 ", 0) == 0u);  // the cover's title
    headings.erase(headings.begin());
    BOOST_TEST(expected.size() >= 20u);
    BOOST_TEST(headings == expected, boost::test_tools::per_element());
}

BOOST_AUTO_TEST_SUITE_END()
