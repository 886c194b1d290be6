#include "draw/png_encoder.h"

#include <png.h>

#include <boost/test/unit_test.hpp>
#include <cmath>
#include <cstdlib>
#include <string>
#include <vector>

#include "draw/cairo_canvas.h"

using namespace dspt::draw;

namespace {

const FontLibrary& fonts() {
    static const FontLibrary library(std::string(DSPT_SOURCE_DIR) + "/fonts", "LiberationSans-Regular.ttf",
                                     "LiberationSans-Bold.ttf");
    return library;
}

struct Decoded {
    int width = 0, height = 0;
    bool has_alpha = false;
    std::vector<unsigned char> rgba;  // 8-bit, not premultiplied, row after row
};

// An independent reader: libpng's simplified API, which checks every CRC and the zlib stream.
Decoded decode(const std::vector<unsigned char>& png) {
    png_image image{};
    image.version = PNG_IMAGE_VERSION;
    BOOST_REQUIRE(png_image_begin_read_from_memory(&image, png.data(), png.size()));
    Decoded d;
    d.width = static_cast<int>(image.width);
    d.height = static_cast<int>(image.height);
    d.has_alpha = (image.format & PNG_FORMAT_FLAG_ALPHA) != 0;
    image.format = PNG_FORMAT_RGBA;
    d.rgba.resize(PNG_IMAGE_SIZE(image));
    BOOST_REQUIRE(png_image_finish_read(&image, nullptr, d.rgba.data(), 0, nullptr));
    return d;
}

// A drawing with flat areas, antialiased curves, dashes, text and translucent colour.
void draw_sample(Canvas& c) {
    c.fill(Path().rect({0, 0, 60, 40}), {Color::from_hex("#005EB8")});
    c.fill(Path().circle({70, 35}, 22), {Color{0.9, 0.3, 0.1, 0.6}});
    c.stroke(Path().move_to({0, 60}).curve_to({30, 0}, {70, 80}, {120, 10}),
             {Color::from_hex("#000000"), 1.5, {4, 2}});
    c.text({10, 70}, "Standards Met – 42 %", {FontFace::Bold, 9, Color::from_hex("#231F20")});
}

// Every pixel of the file equals the canvas's pixel, to the 8 bits both hold.
void check_pixels(const CairoCanvas& canvas, const Decoded& d) {
    BOOST_REQUIRE_EQUAL(d.width, canvas.pixel_width());
    BOOST_REQUIRE_EQUAL(d.height, canvas.pixel_height());
    int differing = 0;
    for (int y = 0; y < d.height; ++y) {
        for (int x = 0; x < d.width; ++x) {
            const Color c = canvas.pixel(x, y);
            const unsigned char* p = &d.rgba[4 * (static_cast<std::size_t>(y) * d.width + x)];
            auto byte = [](double v) { return static_cast<int>(std::lround(v * 255)); };
            // pixel() un-premultiplies in floating point; the file rounds as Cairo's writer
            // does; an almost transparent pixel can round one step apart.
            const int slack = c.a < 0.5 ? 2 : 1;
            if (std::abs(byte(c.a) - p[3]) > 0 ||
                (p[3] > 0 && (std::abs(byte(c.r) - p[0]) > slack || std::abs(byte(c.g) - p[1]) > slack ||
                              std::abs(byte(c.b) - p[2]) > slack))) {
                ++differing;
            }
        }
    }
    BOOST_TEST(differing == 0);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(png_encoder)

BOOST_AUTO_TEST_CASE(an_opaque_canvas_round_trips_as_rgb) {
    CairoCanvas canvas(fonts(), 120, 80, 2);
    draw_sample(canvas);
    const auto png = canvas.png_bytes();
    const Decoded d = decode(png);
    BOOST_TEST(!d.has_alpha);  // opaque: three channels are enough
    check_pixels(canvas, d);
}

BOOST_AUTO_TEST_CASE(a_transparent_canvas_round_trips_as_rgba) {
    CairoCanvas canvas(fonts(), 120, 80, 2, std::nullopt);
    draw_sample(canvas);
    const Decoded d = decode(canvas.png_bytes());
    BOOST_TEST(d.has_alpha);
    BOOST_TEST(d.rgba[3] == 255);    // top-left: the opaque blue rectangle
    BOOST_TEST(d.rgba.back() == 0);  // bottom-right: nothing drawn
    check_pixels(canvas, d);
}

BOOST_AUTO_TEST_CASE(the_pixels_match_cairos_own_writer) {
    CairoCanvas canvas(fonts(), 120, 80, 2, std::nullopt);
    draw_sample(canvas);
    std::vector<unsigned char> cairo_png;
    cairo_surface_write_to_png_stream(
        cairo_get_target(canvas.context()),
        [](void* closure, const unsigned char* data, unsigned int n) {
            auto* out = static_cast<std::vector<unsigned char>*>(closure);
            out->insert(out->end(), data, data + n);
            return CAIRO_STATUS_SUCCESS;
        },
        &cairo_png);
    BOOST_TEST(decode(canvas.png_bytes()).rgba == decode(cairo_png).rgba);
}

BOOST_AUTO_TEST_CASE(the_resolution_is_recorded_and_the_bytes_are_deterministic) {
    CairoCanvas a(fonts(), 120, 80, 2);
    CairoCanvas b(fonts(), 120, 80, 2);
    draw_sample(a);
    draw_sample(b);
    BOOST_TEST(a.png_bytes() == b.png_bytes());
    const auto print = a.png_bytes(300);
    // pHYs right after IHDR: 300 dpi = 11811 pixels per metre, unit metre.
    const std::string chunk(print.begin() + 37, print.begin() + 41);
    BOOST_TEST(chunk == "pHYs");
    BOOST_TEST(((print[41] << 24) | (print[42] << 16) | (print[43] << 8) | print[44]) == 11811);
    BOOST_TEST(print[49] == 1);
    BOOST_TEST(decode(print).rgba == decode(a.png_bytes()).rgba);
}

BOOST_AUTO_TEST_CASE(only_image_surfaces_are_encoded) {
    auto svg = CairoCanvas::make_svg(fonts(), 20, 20);
    BOOST_CHECK_THROW(encode_png(cairo_get_target(svg->context())), std::invalid_argument);
    CairoCanvas canvas(fonts(), 20, 20, 1);
    BOOST_CHECK_THROW(encode_png(cairo_get_target(canvas.context()), 0, {0}), std::invalid_argument);
}

BOOST_AUTO_TEST_SUITE_END()
