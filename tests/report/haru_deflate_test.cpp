#include "draw/haru_deflate.h"

#include <hpdf.h>

#include <boost/test/unit_test.hpp>
#include <memory>
#include <string>
#include <type_traits>

#include "report/pdf_tools.h"

using dspt::test::read_bytes;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

struct DocDeleter {
    void operator()(HPDF_Doc d) const { HPDF_Free(d); }
};
using Doc = std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter>;

enum class LeftOpen { Nothing, TextObject, GraphicsState };

// A page as HaruDocument sets one up (UTF-8 TrueType fonts, everything compressed): two
// embedded fonts, text, a path; `open` leaves the page inside a text object or with a
// graphics state saved and not restored.
Doc sample_doc(LeftOpen open) {
    Doc doc(HPDF_New(nullptr, nullptr));
    BOOST_REQUIRE(doc);
    HPDF_SetCompressionMode(doc.get(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc.get());
    HPDF_SetCurrentEncoder(doc.get(), "UTF-8");
    const char* regular =
        HPDF_LoadTTFontFromFile(doc.get(), DSPT_SOURCE_DIR "/fonts/LiberationSans-Regular.ttf", HPDF_TRUE);
    const char* bold =
        HPDF_LoadTTFontFromFile(doc.get(), DSPT_SOURCE_DIR "/fonts/LiberationSans-Bold.ttf", HPDF_TRUE);
    BOOST_REQUIRE(regular && bold);
    HPDF_Page page = HPDF_AddPage(doc.get());
    HPDF_Page_SetWidth(page, 300);
    HPDF_Page_SetHeight(page, 120);
    if (open == LeftOpen::GraphicsState) HPDF_Page_GSave(page);
    HPDF_Page_SetRGBFill(page, 0, 0.37f, 0.72f);
    HPDF_Page_Rectangle(page, 10, 10, 120, 40);
    HPDF_Page_Fill(page);
    HPDF_Page_SetRGBFill(page, 0, 0, 0);
    HPDF_Page_BeginText(page);
    HPDF_Page_SetFontAndSize(page, HPDF_GetFont(doc.get(), regular, "UTF-8"), 14);
    HPDF_Page_TextOut(page, 10, 90, "Standards Met – 42 %");
    HPDF_Page_SetFontAndSize(page, HPDF_GetFont(doc.get(), bold, "UTF-8"), 14);
    HPDF_Page_TextOut(page, 10, 70, "Café → NHS");
    if (open != LeftOpen::TextObject) HPDF_Page_EndText(page);
    return doc;
}

std::size_t count(const std::string& s, const std::string& what) {
    std::size_t n = 0;
    for (auto at = s.find(what); at != std::string::npos; at = s.find(what, at + 1)) ++n;
    return n;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(haru_deflate)

BOOST_AUTO_TEST_CASE(streams_compressed_beforehand_make_the_same_page) {
    dspt::test::TempFolder tmp("haru-deflate");
    const auto ours = tmp.path() / "ours.pdf", theirs = tmp.path() / "theirs.pdf";
    {
        Doc doc = sample_doc(LeftOpen::Nothing);
        BOOST_TEST(dspt::draw::predeflate_streams(doc.get(), 6));
        BOOST_TEST(HPDF_SaveToFile(doc.get(), ours.c_str()) == HPDF_OK);
    }
    {
        Doc doc = sample_doc(LeftOpen::Nothing);
        BOOST_TEST(HPDF_SaveToFile(doc.get(), theirs.c_str()) == HPDF_OK);
    }
    const std::string a = read_bytes(ours), b = read_bytes(theirs);
    // The content stream, and per font its file, CIDToGIDMap and ToUnicode: all compressed
    // here (a bare name), none by libharu (an array), none twice, none left raw.
    BOOST_TEST(count(a, "/Filter /FlateDecode\n") == 7u);
    BOOST_TEST(count(a, "/Filter [") == 0u);
    BOOST_TEST(count(b, "/Filter [ /FlateDecode ]") == 7u);
    BOOST_TEST(count(a, "stream\r\n") == count(b, "stream\r\n"));
    // qpdf inflates every stream; the page draws and reads as libharu's own file does.
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(ours)).status == 0);
    const auto text = run_command("pdftotext -q " + shell_quoted(ours) + " -");
    BOOST_TEST(text.out == run_command("pdftotext -q " + shell_quoted(theirs) + " -").out);
    BOOST_TEST(text.out.find("Standards Met – 42 %") != std::string::npos);
    BOOST_TEST(text.out.find("Café → NHS") != std::string::npos);
    BOOST_TEST(dspt::test::render_page(ours, 1, 72, tmp.path()).data ==
               dspt::test::render_page(theirs, 1, 72, tmp.path()).data);
    const auto fonts = run_command("pdffonts " + shell_quoted(ours));
    BOOST_TEST(count(fonts.out, "CID TrueType      Identity-H       yes yes yes") == 2u, fonts.out);
}

BOOST_AUTO_TEST_CASE(a_page_left_open_is_left_to_libharu) {
    // libharu ends a text object and restores a saved graphics state while saving, writing
    // into the content stream, which must not be compressed by then.
    for (const LeftOpen open : {LeftOpen::TextObject, LeftOpen::GraphicsState}) {
        dspt::test::TempFolder tmp("haru-deflate-open");
        const auto pdf = tmp.path() / "open.pdf";
        {
            Doc doc = sample_doc(open);
            BOOST_TEST(!dspt::draw::predeflate_streams(doc.get(), 6));
            BOOST_TEST(HPDF_SaveToFile(doc.get(), pdf.c_str()) == HPDF_OK);
        }
        const std::string a = read_bytes(pdf);
        BOOST_TEST(count(a, "/Filter /FlateDecode\n") == 0u);
        BOOST_TEST(count(a, "/Filter [ /FlateDecode ]") == 7u);
        BOOST_TEST(run_command("qpdf --check " + shell_quoted(pdf)).status == 0);
    }
}

BOOST_AUTO_TEST_SUITE_END()
