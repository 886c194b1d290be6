#include "draw/haru_canvas.h"

#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <fstream>
#include <iterator>

#include "report/pdf_tools.h"

using namespace dspt::draw;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

const FontLibrary& test_fonts() {
    static const FontLibrary fonts(DSPT_SOURCE_DIR "/fonts", "LiberationSans-Regular.ttf",
                                   "LiberationSans-Bold.ttf");
    return fonts;
}

TextStyle text_of(double size, Color c, HAlign align = HAlign::Left) {
    TextStyle t;
    t.size = size;
    t.color = c;
    t.halign = align;
    return t;
}

FillStyle fill_of(Color c) {
    FillStyle f;
    f.color = c;
    return f;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(haru_canvas)

BOOST_AUTO_TEST_CASE(filled_rect_lands_top_left_and_utf8_text_is_extractable) {
    dspt::test::TempFolder tmp("haru-basic");
    const auto pdf = tmp.path() / "basic.pdf";
    {
        HaruDocument doc(test_fonts());
        HPDF_Page page = doc.add_page(200, 100);
        HaruCanvas c(doc, page);
        BOOST_TEST(c.width() == 200);
        BOOST_TEST(c.height() == 100);
        // Canvas y grows downwards: this rect is in the top-left corner of the page.
        c.fill(Path().rect({10, 10, 50, 30}), fill_of(Color::from_hex("#005EB8")));
        c.text({10, 80}, "Café … → © 2023", text_of(12, Color::from_hex("#212B32")));
        doc.save(pdf.string());
    }
    const auto text = run_command("pdftotext -q " + shell_quoted(pdf) + " -");
    BOOST_REQUIRE_EQUAL(text.status, 0);
    BOOST_TEST(text.out.find("Café … → © 2023") != std::string::npos, "pdftotext gave: " << text.out);

    // 72 dpi: one pixel per point.
    const auto r = dspt::test::render_page(pdf, 1, 72, tmp.path());
    BOOST_REQUIRE_EQUAL(r.width, 200);
    const auto inside = r.at(35, 25);
    BOOST_TEST(inside.r < 10);
    BOOST_TEST(std::abs(inside.g - 0x5E) <= 3);
    BOOST_TEST(std::abs(inside.b - 0xB8) <= 3);
    const auto below = r.at(35, 60);  // same x, below the rect: white
    BOOST_TEST(below.r == 255);
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(pdf)).status == 0);
}

BOOST_AUTO_TEST_CASE(fonts_carry_a_valid_to_unicode_map) {
    // libharu 2.3 writes an encoding CMap as /ToUnicode; Poppler then warns
    // "Invalid 'begincidrange' operator in ToUnicode CMap" for every font.
    dspt::test::TempFolder tmp("haru-tounicode");
    const auto pdf = tmp.path() / "tounicode.pdf";
    {
        HaruDocument doc(test_fonts());
        HPDF_Page page = doc.add_page(200, 100);
        HaruCanvas c(doc, page);
        c.text({10, 40}, "Women’s – 97.6% → ok", text_of(12, Color::from_hex("#212B32")));
        TextStyle bold = text_of(12, Color::from_hex("#212B32"));
        bold.face = FontFace::Bold;
        c.text({10, 80}, "Ærø ≥ 3", bold);
        doc.save(pdf.string());
    }
    const auto text = run_command("(pdftotext " + shell_quoted(pdf) + " - 2>&1)");
    BOOST_REQUIRE_EQUAL(text.status, 0);
    BOOST_TEST(text.out.find("Syntax") == std::string::npos, "poppler said: " << text.out);
    BOOST_TEST(text.out.find("Women’s – 97.6% → ok") != std::string::npos, text.out);
    BOOST_TEST(text.out.find("Ærø ≥ 3") != std::string::npos, text.out);

    const auto qdf = tmp.path() / "plain.pdf";
    BOOST_REQUIRE_EQUAL(
        run_command("qpdf --qdf --object-streams=disable " + shell_quoted(pdf) + " " + shell_quoted(qdf))
            .status,
        0);
    const std::string plain = dspt::test::read_bytes(qdf);
    BOOST_TEST(plain.find("begincidrange") == std::string::npos);
    BOOST_TEST(plain.find("<0000> <00FF> <0000>") != std::string::npos);
    BOOST_TEST(plain.find("<2100> <21FF> <2100>") != std::string::npos);  // arrows
}

BOOST_AUTO_TEST_CASE(alpha_dashes_clip_and_save_restore) {
    dspt::test::TempFolder tmp("haru-state");
    const auto pdf = tmp.path() / "state.pdf";
    {
        HaruDocument doc(test_fonts());
        HaruCanvas c(doc, doc.add_page(100, 100));
        c.fill(Path().rect({0, 0, 50, 100}), fill_of(Color{0, 0, 0, 0.5}));  // half-transparent black
        {
            CanvasStateGuard guard(c);
            c.clip(Path().rect({50, 0, 25, 100}));
            c.fill(Path().rect({0, 0, 100, 100}),
                   fill_of(Color{1, 0, 0, 1}));  // only x in [50, 75) turns red
        }
        c.fill(Path().rect({90, 90, 10, 10}),
               fill_of(Color{0, 0, 1, 1}));  // after restore: clip gone, alpha 1
        StrokeStyle dashed;
        dashed.color = Color{0, 0.5, 0, 1};
        dashed.width = 1.5;
        dashed.dashes = {2.5, 1.25, 0.5};  // fractional and odd-length: libharu needs integer pairs
        c.stroke(Path().move_to({0, 95}).line_to({80, 95}), dashed);
        BOOST_CHECK_THROW(c.restore(), std::logic_error);
        doc.save(pdf.string());
    }
    const auto r = dspt::test::render_page(pdf, 1, 72, tmp.path());
    const auto grey = r.at(25, 50);
    BOOST_TEST(std::abs(grey.r - 128) <= 3);  // 50% black over white
    const auto red = r.at(60, 50);
    BOOST_TEST((red.r > 250 && red.g < 5 && red.b < 5));
    const auto white = r.at(85, 50);
    BOOST_TEST((white.r == 255 && white.g == 255));
    const auto blue = r.at(95, 95);
    BOOST_TEST((blue.b > 250 && blue.r < 5));  // opaque: the 0.5 fill alpha did not leak
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(pdf)).status == 0);
}

BOOST_AUTO_TEST_CASE(kerned_text_spans_the_shaped_width) {
    // "AVAWAY" kerns heavily in Liberation Sans; shown with libharu's plain advances it would
    // be several points wider than FontLibrary measures it (and than the PNG draws it).
    dspt::test::TempFolder tmp("haru-kern");
    const auto pdf = tmp.path() / "kern.pdf";
    const double size = 40;
    const std::string word = "AVAWAY";
    const double shaped = test_fonts().measure(word, FontFace::Regular, size).width;
    {
        HaruDocument doc(test_fonts());
        HaruCanvas c(doc, doc.add_page(400, 100));
        c.text({200, 60}, word, text_of(size, Color{0, 0, 0, 1}, HAlign::Center));
        doc.save(pdf.string());
    }
    const auto bbox = run_command("pdftotext -q -bbox " + shell_quoted(pdf) + " -");
    double x_min = 1e9, x_max = -1e9;
    std::string s = bbox.out;
    // <word xMin="12.3" yMin="4.5" xMax="67.8" ...>
    const auto attribute = [&](std::size_t from, const std::string& name) {
        const auto at = s.find(name + "=\"", from);
        BOOST_REQUIRE(at != std::string::npos);
        return std::stod(s.substr(at + name.size() + 2));
    };
    for (auto at = s.find("<word "); at != std::string::npos; at = s.find("<word ", at + 1)) {
        x_min = std::min(x_min, attribute(at, "xMin"));
        x_max = std::max(x_max, attribute(at, "xMax"));
    }
    BOOST_REQUIRE(x_max > x_min);
    BOOST_TEST(std::abs((x_max - x_min) - shaped) < 0.5,
               "pdf width " << (x_max - x_min) << " vs shaped " << shaped);
    BOOST_TEST(std::abs((x_min + x_max) / 2 - 200) < 0.5);  // centred where the canvas was asked
    const auto text = run_command("pdftotext -q " + shell_quoted(pdf) + " -");
    BOOST_TEST(text.out.find(word) != std::string::npos,
               "segments must still read as one word: " << text.out);
}

BOOST_AUTO_TEST_CASE(text_outside_the_font_and_broken_utf8_still_make_a_valid_file) {
    dspt::test::TempFolder tmp("haru-odd-text");
    const auto pdf = tmp.path() / "odd.pdf";
    {
        HaruDocument doc(test_fonts());
        HaruCanvas c(doc, doc.add_page(300, 100));
        // CJK and an emoji (not in Liberation Sans), a tab, invalid UTF-8 bytes, an empty run.
        c.text({10, 30},
               "日本 😀\tA\xff"
               "\xfe"
               "B",
               text_of(12, Color{0, 0, 0, 1}));
        c.text({10, 60}, "", text_of(12, Color{0, 0, 0, 1}));
        c.text({10, 90}, "still here", text_of(12, Color{0, 0, 0, 1}));
        doc.save(pdf.string());
    }
    BOOST_TEST(run_command("qpdf --check " + shell_quoted(pdf)).status == 0);
    BOOST_TEST(run_command("pdftotext -q " + shell_quoted(pdf) + " -").out.find("still here") !=
               std::string::npos);
}

BOOST_AUTO_TEST_CASE(libharu_errors_become_exceptions) {
    HaruDocument doc(test_fonts());
    // libharu refuses pages smaller than 3 pt; the error handler records it and check() throws.
    BOOST_CHECK_THROW(doc.add_page(1, 1), HaruError);
    // The document stays usable after a reported error.
    BOOST_CHECK_NO_THROW(doc.add_page(100, 100));
}

BOOST_AUTO_TEST_CASE(same_drawing_gives_identical_bytes) {
    auto render = [] {
        HaruDocument doc(test_fonts());
        {
            HaruCanvas c(doc, doc.add_page(100, 100));
            c.fill(Path().circle({50, 50}, 20), fill_of(Color{0, 0.37, 0.72, 0.8}));
            c.text({10, 90}, "Déjà vu", text_of(10, Color{0, 0, 0, 1}));
        }
        return doc.save_to_memory();
    };
    const std::string a = render();
    const std::string b = render();
    BOOST_TEST(a.size() > 1000u);
    BOOST_TEST((a == b));
    BOOST_TEST(a.rfind("%PDF-", 0) == 0u);
}

BOOST_AUTO_TEST_CASE(path_coordinates_are_written_to_a_hundredth_of_a_point) {
    // libharu writes floats with up to six decimals; map pages hold ~100 k coordinates, so
    // the canvas writes its own path operators rounded to 0.01 pt.
    dspt::test::TempFolder tmp("haru-precision");
    const auto pdf = tmp.path() / "precision.pdf";
    const auto qdf = tmp.path() / "precision-qdf.pdf";
    {
        HaruDocument doc(test_fonts());
        HPDF_Page page = doc.add_page(200, 100);
        HaruCanvas c(doc, page);
        c.fill(Path().move_to({10.123456, 20.987654}).line_to({-0.001, 5}).line_to({30.5, 40.004}).close(),
               fill_of(Color::from_hex("#005EB8")));
        // Dashed strokes are drawn in a space scaled by 20 (libharu's integer dashes): the
        // same 0.01 pt is one decimal there.
        StrokeStyle dashed;
        dashed.color = Color::from_hex("#212B32");
        dashed.dashes = {3, 2};
        c.stroke(Path().move_to({10.123456, 50}).line_to({190.25, 50}), dashed);
        // A point that is not finite draws nothing (as with Cairo) and breaks nothing.
        c.fill(Path().rect({std::nan(""), 0, 5, 5}), fill_of(Color::from_hex("#DA291C")));
        doc.save(pdf.string());
    }
    BOOST_REQUIRE_EQUAL(run_command("qpdf --check " + shell_quoted(pdf)).status, 0);
    BOOST_REQUIRE_EQUAL(
        run_command("qpdf --qdf --object-streams=disable " + shell_quoted(pdf) + " " + shell_quoted(qdf))
            .status,
        0);
    std::ifstream in(qdf, std::ios::binary);
    const std::string content((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = content.find(" m\n");
    BOOST_REQUIRE(at != std::string::npos);
    BOOST_TEST(content.find("10.12 20.99 m\n0 5 l\n30.5 40 l\nh\nf") != std::string::npos,
               "content near the first path: " << content.substr(at < 40 ? 0 : at - 40, 200));
    BOOST_TEST(content.find("202.5 1000 m\n3805 1000 l\nS\n") != std::string::npos);
    BOOST_TEST(content.find("10.123") == std::string::npos);
    BOOST_TEST(content.find("nan") == std::string::npos);
}

BOOST_AUTO_TEST_SUITE_END()
