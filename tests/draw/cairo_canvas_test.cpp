#include "draw/cairo_canvas.h"

#include <cairo.h>

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <limits>
#include <stdexcept>
#include <string>

using namespace dspt::draw;

namespace {

const FontLibrary& fonts() {
    static const FontLibrary library(std::string(DSPT_SOURCE_DIR) + "/fonts", "LiberationSans-Regular.ttf",
                                     "LiberationSans-Bold.ttf");
    return library;
}

const Color kBlue = Color::from_hex("#005EB8");
const Color kBlack = Color::from_hex("#000000");

bool same_8bit(const Color& a, const Color& b) {
    auto byte = [](double v) { return std::lround(v * 255); };
    return byte(a.r) == byte(b.r) && byte(a.g) == byte(b.g) && byte(a.b) == byte(b.b) &&
           byte(a.a) == byte(b.a);
}

bool is_white(const Color& c) { return same_8bit(c, CairoCanvas::kWhite); }

std::uint32_t be32(const std::vector<unsigned char>& b, std::size_t at) {
    return (std::uint32_t{b[at]} << 24) | (std::uint32_t{b[at + 1]} << 16) | (std::uint32_t{b[at + 2]} << 8) |
           b[at + 3];
}

// The bounding box of every pixel that is not white, in device pixels.
struct Ink {
    int left = std::numeric_limits<int>::max(), top = std::numeric_limits<int>::max();
    int right = -1, bottom = -1;
    int count = 0;
};
Ink find_ink(const CairoCanvas& c) {
    Ink ink;
    for (int y = 0; y < c.pixel_height(); ++y) {
        for (int x = 0; x < c.pixel_width(); ++x) {
            if (is_white(c.pixel(x, y))) continue;
            ink.left = std::min(ink.left, x), ink.right = std::max(ink.right, x);
            ink.top = std::min(ink.top, y), ink.bottom = std::max(ink.bottom, y);
            ++ink.count;
        }
    }
    return ink;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(cairo_canvas)

BOOST_AUTO_TEST_CASE(image_size_is_units_times_scale) {
    CairoCanvas slide(fonts(), 960, 540, 2);
    BOOST_TEST(slide.pixel_width() == 1920);
    BOOST_TEST(slide.pixel_height() == 1080);
    BOOST_TEST(slide.width() == 960.0);
    BOOST_TEST(slide.device_pixels_per_unit() == 2.0);
    CairoCanvas a4(fonts(), 595.276, 841.89, 300 / 72.0);
    BOOST_TEST(a4.pixel_width() == 2480);  // A4 at 300 dpi
    BOOST_TEST(a4.pixel_height() == 3508);
    BOOST_TEST(is_white(slide.pixel(0, 0)));
    CairoCanvas clear(fonts(), 10, 10, 1, std::nullopt);
    BOOST_TEST(clear.pixel(5, 5).a == 0.0);
    BOOST_CHECK_THROW(CairoCanvas(fonts(), 0, 10, 1), std::runtime_error);
    BOOST_CHECK_THROW(CairoCanvas(fonts(), 1e9, 10, 1), std::runtime_error);
    BOOST_CHECK_THROW(slide.pixel(1920, 0), std::out_of_range);
}

BOOST_AUTO_TEST_CASE(filled_rect_has_its_colour_and_edges) {
    CairoCanvas c(fonts(), 50, 50, 2);
    c.fill(Path().rect({10, 10, 20, 20}), {kBlue});
    BOOST_TEST(same_8bit(c.pixel(40, 40), kBlue));
    BOOST_TEST(same_8bit(c.pixel(20, 20), kBlue));  // first pixel inside: rect starts at 20 px
    BOOST_TEST(same_8bit(c.pixel(59, 59), kBlue));
    BOOST_TEST(is_white(c.pixel(19, 40)));
    BOOST_TEST(is_white(c.pixel(60, 40)));
    BOOST_TEST(is_white(c.pixel(40, 19)));
    // Half-transparent blue over white.
    c.fill(Path().rect({0, 0, 5, 5}), {kBlue.with_alpha(0.5)});
    const Color half = c.pixel(2, 2);
    BOOST_TEST(std::abs(half.r - 0.5) < 1.0 / 255);
    BOOST_TEST(std::abs(half.b - (1 + kBlue.b) / 2) < 1.0 / 255);
}

BOOST_AUTO_TEST_CASE(even_odd_leaves_the_hole_white) {
    Path ring;
    ring.rect({0, 0, 100, 100}).rect({25, 25, 50, 50});  // same orientation for both rings
    CairoCanvas even_odd(fonts(), 100, 100, 1);
    even_odd.fill(ring, {kBlue, FillRule::EvenOdd});
    BOOST_TEST(is_white(even_odd.pixel(50, 50)));
    BOOST_TEST(same_8bit(even_odd.pixel(10, 50), kBlue));
    BOOST_TEST(same_8bit(even_odd.pixel(80, 80), kBlue));
    CairoCanvas non_zero(fonts(), 100, 100, 1);
    non_zero.fill(ring, {kBlue, FillRule::NonZero});
    BOOST_TEST(same_8bit(non_zero.pixel(50, 50), kBlue));
}

BOOST_AUTO_TEST_CASE(circle_covers_its_disc_only) {
    CairoCanvas c(fonts(), 100, 100, 1);
    c.fill(Path().circle({50, 50}, 30), {kBlack});
    BOOST_TEST(same_8bit(c.pixel(50, 50), kBlack));
    BOOST_TEST(same_8bit(c.pixel(50 + 20, 50 + 20), kBlack));  // r = 28.3
    BOOST_TEST(is_white(c.pixel(50 + 23, 50 + 23)));           // r = 32.5
    BOOST_TEST(same_8bit(c.pixel(78, 50), kBlack));
    BOOST_TEST(is_white(c.pixel(82, 50)));
}

BOOST_AUTO_TEST_CASE(clip_transform_and_state_guard) {
    CairoCanvas c(fonts(), 100, 100, 1);
    {
        CanvasStateGuard guard(c);
        c.clip(Path().rect({0, 0, 50, 100}));
        c.translate(10, 20);
        c.scale(2, 2);
        c.fill(Path().rect({0, 0, 30, 10}), {kBlue});  // -> x 10..70, y 20..40, clipped at x 50
    }
    BOOST_TEST(same_8bit(c.pixel(12, 22), kBlue));
    BOOST_TEST(same_8bit(c.pixel(48, 38), kBlue));
    BOOST_TEST(is_white(c.pixel(52, 30)));  // clipped
    BOOST_TEST(is_white(c.pixel(12, 42)));
    // The guard restored the identity and removed the clip.
    c.fill(Path().rect({90, 90, 10, 10}), {kBlack});
    BOOST_TEST(same_8bit(c.pixel(95, 95), kBlack));
    BOOST_CHECK_THROW(c.restore(), std::logic_error);  // unmatched: a programming error (canvas.h)
    // ... that leaves the context usable.
    c.fill(Path().rect({60, 0, 10, 10}), {kBlack});
    BOOST_TEST(same_8bit(c.pixel(65, 5), kBlack));
}

BOOST_AUTO_TEST_CASE(stroke_width_and_dashes) {
    CairoCanvas c(fonts(), 100, 20, 1);
    StrokeStyle dashed{kBlack, 4, {10, 10}};
    c.stroke(Path().move_to({0, 10}).line_to({100, 10}), dashed);
    BOOST_TEST(same_8bit(c.pixel(5, 10), kBlack));
    BOOST_TEST(same_8bit(c.pixel(5, 8), kBlack));  // 4 wide: y 8..12
    BOOST_TEST(is_white(c.pixel(5, 13)));
    BOOST_TEST(is_white(c.pixel(15, 10)));  // a gap
    BOOST_TEST(same_8bit(c.pixel(25, 10), kBlack));
}

BOOST_AUTO_TEST_CASE(bad_drawing_input_does_not_poison_the_canvas) {
    CairoCanvas c(fonts(), 20, 20, 1);
    c.stroke(Path().move_to({10, 0}).line_to({10, 20}), {kBlack, 2, {-1, 2}});  // invalid dashes: solid
    c.stroke(Path().move_to({4, 0}).line_to({4, 20}), {kBlack, 2, {0, 0}});
    const double nan = std::numeric_limits<double>::quiet_NaN();
    c.fill(Path().rect({nan, 0, 5, 5}), {kBlack});
    c.transform({0, 0, 0, 0, 0, 0});  // singular: ignored
    c.text({5, 5}, "x", {FontFace::Regular, nan, kBlack});
    c.fill(Path().rect({15, 0, 5, 5}), {kBlue});
    BOOST_TEST(same_8bit(c.pixel(17, 2), kBlue));
    BOOST_TEST(same_8bit(c.pixel(10, 10), kBlack));  // solid lines, no gaps
    BOOST_TEST(same_8bit(c.pixel(9, 13), kBlack));
    BOOST_TEST(same_8bit(c.pixel(3, 17), kBlack));
    BOOST_CHECK_NO_THROW(c.png_bytes());
}

BOOST_AUTO_TEST_CASE(text_ink_stays_inside_the_measured_box) {
    const double scale = 2;
    const std::string text = "NHS Trust Board";
    const double size = 20;
    const TextMetrics m = fonts().measure(text, FontFace::Regular, size);
    for (VAlign valign : {VAlign::Baseline, VAlign::Top, VAlign::Middle, VAlign::Bottom}) {
        for (HAlign halign : {HAlign::Left, HAlign::Center, HAlign::Right}) {
            CairoCanvas c(fonts(), 360, 60, scale);
            const Point at{180, 30};
            c.text(at, text, {FontFace::Regular, size, kBlack, halign, valign});
            double left = at.x;
            if (halign == HAlign::Center) left -= m.width / 2;
            if (halign == HAlign::Right) left -= m.width;
            double baseline = at.y;
            if (valign == VAlign::Top) baseline += m.ascent;
            if (valign == VAlign::Bottom) baseline -= m.descent;
            if (valign == VAlign::Middle) baseline += (m.ascent - m.descent) / 2;
            const Ink ink = find_ink(c);
            BOOST_TEST_CONTEXT("halign " << int(halign) << " valign " << int(valign)) {
                BOOST_TEST(ink.count > 500);
                // Every inked pixel lies in the measured box (1 px of antialiasing slack).
                BOOST_TEST(ink.left >= std::floor(left * scale) - 1);
                BOOST_TEST(ink.right <= std::ceil((left + m.width) * scale) + 1);
                BOOST_TEST(ink.top >= std::floor((baseline - m.ascent) * scale) - 1);
                BOOST_TEST(ink.bottom <= std::ceil((baseline + m.descent) * scale) + 1);
                // And the ink fills the box's width: no glyph lost, no stray spacing.
                BOOST_TEST(ink.right - ink.left > 0.95 * m.width * scale);
                // Capitals sit on the baseline: "NHS Trust Board" has no descender.
                BOOST_TEST(std::abs(ink.bottom + 1 - baseline * scale) <= 1.5);
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(font_libraries_can_come_and_go) {
    // Cairo caches font faces by FT_Face address after a canvas is gone; a later library
    // must neither reuse a freed face nor draw with a stale one (run under ASan too).
    std::vector<unsigned char> first;
    for (int round = 0; round < 3; ++round) {
        const FontLibrary library(std::string(DSPT_SOURCE_DIR) + "/fonts", "LiberationSans-Regular.ttf",
                                  "LiberationSans-Bold.ttf");
        CairoCanvas c(library, 80, 30, 2);
        c.text({5, 20}, "Round", {round % 2 ? FontFace::Bold : FontFace::Regular, 14, kBlack});
        BOOST_TEST(find_ink(c).count > 100);
        if (round == 0) first = c.png_bytes();
        if (round == 2) BOOST_TEST(c.png_bytes() == first);
    }
}

BOOST_AUTO_TEST_CASE(cairo_advances_agree_with_the_font_library) {
    // Cairo's own unhinted metrics for the same face, an independent check of measure().
    CairoCanvas c(fonts(), 100, 100, 2);
    c.text({0, 50}, "W", {FontFace::Bold, 16, kBlack});  // selects the font face on the context
    cairo_text_extents_t ext;
    cairo_text_extents(c.context(), "Wave", &ext);
    const auto run = fonts().shape("Wave", FontFace::Bold, 16);
    double sum_of_advances = 0;
    for (const char* ch : {"W", "a", "v", "e"})
        sum_of_advances += fonts().measure(ch, FontFace::Bold, 16).width;
    BOOST_TEST(ext.x_advance == sum_of_advances, boost::test_tools::tolerance(1e-4));
    // Kerning (W,a) is what makes the measured width smaller than Cairo's unkerned advance.
    BOOST_TEST(fonts().measure("Wave", FontFace::Bold, 16).width < ext.x_advance - 0.1);
}

BOOST_AUTO_TEST_CASE(png_output_is_deterministic) {
    auto draw = [](Canvas& c) {
        c.fill(Path().circle({40, 30}, 20), {kBlue});
        c.stroke(Path().move_to({0, 0}).curve_to({30, 60}, {60, -20}, {100, 60}), {kBlack, 1.5, {4, 2}});
        c.text({50, 55}, "Standards Met – 42 %", {FontFace::Bold, 9, kBlack, HAlign::Center});
    };
    CairoCanvas a(fonts(), 100, 60, 2);
    CairoCanvas b(fonts(), 100, 60, 2);
    draw(a);
    draw(b);
    const auto bytes = a.png_bytes();
    BOOST_TEST(bytes == b.png_bytes());
    BOOST_TEST(be32(bytes, 16) == 200u);  // IHDR width
    BOOST_TEST(be32(bytes, 20) == 120u);  // IHDR height
    CairoCanvas different(fonts(), 100, 60, 2);
    draw(different);
    different.text({5, 10}, ".", {FontFace::Regular, 9, kBlack});
    BOOST_TEST(different.png_bytes() != bytes);
}

BOOST_AUTO_TEST_CASE(svg_canvas_writes_a_vector_document) {
    auto svg = CairoCanvas::make_svg(fonts(), 200, 100);
    BOOST_TEST(svg->is_svg());
    svg->fill(Path().rect({10, 10, 50, 30}), {kBlue});
    svg->text({10, 80}, "ICB", {FontFace::Bold, 12, kBlack});
    BOOST_CHECK_THROW(svg->png_bytes(), std::logic_error);
    const std::string doc = svg->svg_document();
    BOOST_TEST(doc.find("<svg") != std::string::npos);
    BOOST_TEST(doc.find("width=\"200pt\"") != std::string::npos);
    BOOST_TEST(doc.find("rgb(0%,36.862745%,72.156863%)") != std::string::npos);  // #005EB8
    BOOST_TEST(doc.find("glyph") != std::string::npos);
    BOOST_TEST(svg->svg_document() == doc);  // finished once
}

// Finishing an SVG makes Cairo let go of its font faces, which releases our FreeType
// references while the FontLibrary still uses the library. Releasing them once freed the
// library's memory manager (FT_Done_FreeType), so the next document crashed or tripped ASan;
// and Cairo's process-wide surface counter made the second document's bytes differ.
BOOST_AUTO_TEST_CASE(svg_documents_in_a_row_share_fonts_safely_and_match) {
    const FontLibrary own(std::string(DSPT_SOURCE_DIR) + "/fonts", "LiberationSans-Regular.ttf",
                          "LiberationSans-Bold.ttf");
    std::string first;
    for (int round = 0; round < 4; ++round) {
        auto svg = CairoCanvas::make_svg(own, 200, 100);
        svg->text({10, 40}, "Standards Met", {FontFace::Regular, 12, kBlack});
        svg->text({10, 80}, "ICB", {FontFace::Bold, 12, kBlack});
        const std::string doc = svg->svg_document();
        svg.reset();
        // A PNG between documents uses the same faces again.
        CairoCanvas png(own, 100, 40, 1);
        png.text({5, 30}, "NHS", {FontFace::Bold, 20, kBlack});
        BOOST_TEST(png.png_bytes().size() > 100u);
        if (round == 0) first = doc;
        BOOST_TEST((doc == first), "SVG document " << round << " differs from the first");
    }
}

BOOST_AUTO_TEST_SUITE_END()
