// The canvas contract (draw/canvas.h, "The contract") on both real backends: the SAME
// table of drawing cases runs on CairoCanvas (an image surface, read pixel by pixel) and on
// HaruCanvas (a PDF page, rendered with pdftoppm at the same resolution), and the two must
// agree with each other and with what the contract says: where ink lands, whether any does,
// what throws, and what the canvas counted as refused.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <functional>
#include <limits>
#include <stdexcept>
#include <string>
#include <vector>

#include "draw/cairo_canvas.h"
#include "draw/haru_canvas.h"
#include "report/pdf_tools.h"

using namespace dspt::draw;

namespace {

const FontLibrary& fonts() {
    static const FontLibrary library(std::string(DSPT_SOURCE_DIR) + "/fonts", "LiberationSans-Regular.ttf",
                                     "LiberationSans-Bold.ttf");
    return library;
}

constexpr double kWidth = 120;  // canvas units (pt in the PDF)
constexpr double kHeight = 80;
constexpr double kScale = 2;  // device pixels per unit: Cairo's scale, pdftoppm at 144 dpi
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();
const Color kBlack{0, 0, 0, 1};
const Color kWhite{1, 1, 1, 1};

// Where the dark pixels are (any channel below half), in canvas units.
struct Ink {
    int count = 0;
    double left = 0, top = 0, right = 0, bottom = 0;  // the box of the dark pixels
};

template <class PixelAt>  // PixelAt(x, y) -> {r, g, b} in 0..255
Ink find_ink(int width, int height, PixelAt at) {
    int l = width, t = height, r = -1, b = -1, n = 0;
    for (int y = 0; y < height; ++y) {
        for (int x = 0; x < width; ++x) {
            const dspt::test::Rgb p = at(x, y);
            if (std::min({p.r, p.g, p.b}) >= 128) continue;
            l = std::min(l, x), r = std::max(r, x), t = std::min(t, y), b = std::max(b, y);
            ++n;
        }
    }
    Ink ink;
    ink.count = n;
    if (n > 0) ink = {n, l / kScale, t / kScale, (r + 1) / kScale, (b + 1) / kScale};
    return ink;
}

// What one backend did with one case.
struct Outcome {
    bool threw_logic_error = false;
    Ink ink;
    CanvasRejections rejected;
};

using Drawing = std::function<void(Canvas&)>;

void run(Canvas& c, const Drawing& draw, Outcome& out) {
    try {
        draw(c);
    } catch (const std::logic_error&) {
        out.threw_logic_error = true;
    }
    out.rejected = c.rejections();
}

Outcome on_cairo(const Drawing& draw) {
    CairoCanvas c(fonts(), kWidth, kHeight, kScale);
    Outcome out;
    run(c, draw, out);
    out.ink = find_ink(c.pixel_width(), c.pixel_height(), [&](int x, int y) {
        const Color p = c.pixel(x, y);  // over an opaque white background: opaque
        return dspt::test::Rgb{static_cast<int>(std::lround(p.r * 255)),
                               static_cast<int>(std::lround(p.g * 255)),
                               static_cast<int>(std::lround(p.b * 255))};
    });
    return out;
}

Outcome on_haru(const Drawing& draw, const std::filesystem::path& work) {
    Outcome out;
    const auto pdf = work / "case.pdf";
    {
        HaruDocument doc(fonts());
        {
            HaruCanvas c(doc, doc.add_page(kWidth, kHeight));
            run(c, draw, out);
        }
        doc.save(pdf.string());
    }
    const auto raster = dspt::test::render_page(pdf, 1, static_cast<int>(72 * kScale), work);
    BOOST_REQUIRE_EQUAL(raster.width, static_cast<int>(kWidth * kScale));
    out.ink = find_ink(raster.width, raster.height, [&](int x, int y) { return raster.at(x, y); });
    return out;
}

enum class Expect { Nothing, Ink };

struct Case {
    std::string name;
    Drawing draw;
    Expect expect = Expect::Ink;
    // Expect::Ink: the box of the ink lies in `within` and covers `covers` (canvas units,
    // ±kSlack); an empty `covers` means `within` itself (a filled shape reaches its edges).
    Rect within{};
    Rect covers{};
    bool throws = false;
    CanvasRejections rejected{};
};

constexpr double kSlack = 1.0;  // canvas units: two device pixels of antialiasing and hinting

TextStyle text_style(HAlign h, VAlign v) {
    TextStyle t;
    t.size = 16;
    t.color = kBlack;
    t.halign = h;
    t.valign = v;
    return t;
}

const Rect kRect{20, 20, 40, 20};
Path rect_path() { return Path().rect(kRect); }
Path line_path() { return Path().move_to({10, 60}).line_to({110, 60}); }
FillStyle black_fill() { return {kBlack}; }
StrokeStyle stroke_of(double width, std::vector<double> dashes = {}) {
    return {kBlack, width, std::move(dashes)};
}

CanvasRejections rejections(std::size_t paths, std::size_t strokes, std::size_t texts,
                            std::size_t transforms) {
    CanvasRejections r;
    r.paths = paths, r.strokes = strokes, r.texts = texts, r.transforms = transforms;
    return r;
}

std::vector<Case> cases() {
    std::vector<Case> t;
    t.push_back({"a filled rect (the reference)", [](Canvas& c) { c.fill(rect_path(), black_fill()); },
                 Expect::Ink, kRect});
    // Zero, negative and non-finite widths stroke nothing: no hairline in the PDF.
    t.push_back({"zero-width stroke",
                 [](Canvas& c) { c.stroke(line_path(), stroke_of(0)); },
                 Expect::Nothing,
                 {},
                 {},
                 false,
                 rejections(0, 1, 0, 0)});
    t.push_back({"negative-width stroke",
                 [](Canvas& c) { c.stroke(line_path(), stroke_of(-2)); },
                 Expect::Nothing,
                 {},
                 {},
                 false,
                 rejections(0, 1, 0, 0)});
    t.push_back({"NaN- and infinite-width strokes",
                 [](Canvas& c) {
                     c.stroke(line_path(), stroke_of(kNaN));
                     c.stroke(line_path(), stroke_of(kInf));
                 },
                 Expect::Nothing,
                 {},
                 {},
                 false,
                 rejections(0, 2, 0, 0)});
    t.push_back({"fill_and_stroke with a zero-width stroke only fills",
                 [](Canvas& c) { c.fill_and_stroke(rect_path(), {kWhite}, stroke_of(0)); },
                 Expect::Nothing,
                 {},
                 {},
                 false,
                 rejections(0, 1, 0, 0)});
    t.push_back({"fill_and_stroke with a zero-width stroke fills the path",
                 [](Canvas& c) { c.fill_and_stroke(rect_path(), black_fill(), stroke_of(0)); },
                 Expect::Ink,
                 kRect,
                 {},
                 false,
                 rejections(0, 1, 0, 0)});
    t.push_back({"a 2-unit stroke (the reference)",
                 [](Canvas& c) { c.stroke(line_path(), stroke_of(2)); },
                 Expect::Ink,
                 {10, 59, 100, 2}});
    // Invalid dash patterns are solid.
    t.push_back({"negative and all-zero dash patterns are solid",
                 [](Canvas& c) {
                     c.stroke(line_path(), stroke_of(2, {-1, 2}));
                     c.stroke(Path().move_to({10, 70}).line_to({110, 70}), stroke_of(2, {0, 0}));
                 },
                 Expect::Ink,
                 {10, 59, 100, 12}});
    // Non-finite paths draw nothing and leave the canvas as it was.
    t.push_back({"a NaN path draws nothing",
                 [](Canvas& c) {
                     c.fill(Path().rect({kNaN, 0, 50, 50}), black_fill());
                     c.stroke(Path().move_to({0, 0}).line_to({kInf, 50}), stroke_of(2));
                     c.fill_and_stroke(Path().rect({10, 10, kNaN, 10}), black_fill(), stroke_of(2));
                 },
                 Expect::Nothing,
                 {},
                 {},
                 false,
                 rejections(3, 0, 0, 0)});
    t.push_back(
        {"a NaN path does not poison later drawing",
         [](Canvas& c) {
             c.fill(Path().move_to({0, 0}).line_to({kNaN, 80}).line_to({120, 80}).close(), black_fill());
             c.fill(rect_path(), black_fill());
         },
         Expect::Ink,
         kRect,
         {},
         false,
         rejections(1, 0, 0, 0)});
    t.push_back({"an empty path draws nothing and is not an error",
                 [](Canvas& c) {
                     c.fill(Path(), black_fill());
                     c.stroke(Path(), stroke_of(2));
                 },
                 Expect::Nothing});
    t.push_back({"clipping to a NaN path clips everything until restore",
                 [](Canvas& c) {
                     {
                         CanvasStateGuard guard(c);
                         c.clip(Path().rect({0, kNaN, 120, 80}));
                         c.fill(Path().rect({0, 0, 120, 80}), black_fill());
                     }
                     c.fill(rect_path(), black_fill());
                 },
                 Expect::Ink,
                 kRect,
                 {},
                 false,
                 rejections(1, 0, 0, 0)});
    // save/restore.
    t.push_back({"an unmatched restore throws",
                 [](Canvas& c) {
                     c.fill(rect_path(), black_fill());
                     c.restore();
                     c.fill(Path().rect({0, 0, 120, 80}), black_fill());  // not reached
                 },
                 Expect::Ink,
                 kRect,
                 {},
                 true});
    t.push_back({"a restore beyond the saves throws and drawing goes on",
                 [](Canvas& c) {
                     c.save();
                     c.translate(50, 0);
                     c.restore();
                     try {
                         c.restore();
                     } catch (const std::logic_error&) {
                         c.fill(rect_path(), black_fill());  // at the identity: the save was undone
                     }
                 },
                 Expect::Ink, kRect});
    t.push_back({"CanvasStateGuard undoes a transform, a clip and a save leaked inside it",
                 [](Canvas& c) {
                     {
                         CanvasStateGuard guard(c);
                         c.clip(Path().rect({0, 0, 1, 1}));
                         c.save();  // leaked
                         c.translate(30, 30);
                         c.scale(2, 2);
                     }
                     if (c.save_depth() != 0) throw std::runtime_error("guard left a save");
                     c.fill(rect_path(), black_fill());
                 },
                 Expect::Ink, kRect});
    // Singular and non-finite transforms are ignored: the transform stays as it was.
    t.push_back({"a singular or non-finite transform is ignored",
                 [](Canvas& c) {
                     c.scale(0, 0);
                     c.transform({1, 2, 2, 4, 10, 10});  // determinant 0
                     c.translate(kNaN, 0);
                     c.transform({kInf, 0, 0, 1, 0, 0});
                     c.fill(rect_path(), black_fill());
                 },
                 Expect::Ink,
                 kRect,
                 {},
                 false,
                 rejections(0, 0, 0, 4)});
    t.push_back({"a valid transform still applies (the reference)",
                 [](Canvas& c) {
                     c.translate(10, 5);
                     c.scale(0.5, 1.5);
                     c.fill(rect_path(), black_fill());
                 },
                 Expect::Ink,
                 {20, 35, 20, 30}});
    // Text.
    t.push_back({"text with a zero, negative or non-finite size, or a non-finite anchor, draws nothing",
                 [](Canvas& c) {
                     TextStyle s = text_style(HAlign::Left, VAlign::Baseline);
                     for (double size : {0.0, -12.0, kNaN, kInf}) {
                         s.size = size;
                         c.text({20, 40}, "HEH", s);
                     }
                     s.size = 16;
                     c.text({kNaN, 40}, "HEH", s);
                     c.text({20, kInf}, "HEH", s);
                     c.text({20, 40}, "", s);  // empty: nothing, and no error
                 },
                 Expect::Nothing,
                 {},
                 {},
                 false,
                 rejections(0, 0, 6, 0)});
    // Aligned text: capitals without descenders, so the ink sits on the baseline.
    const std::string word = "HEH";
    const TextMetrics m = fonts().measure(word, FontFace::Regular, 16);
    const Point anchor{60, 40};
    for (VAlign v : {VAlign::Baseline, VAlign::Top, VAlign::Middle, VAlign::Bottom}) {
        for (HAlign h : {HAlign::Left, HAlign::Center, HAlign::Right}) {
            double left = anchor.x;
            if (h == HAlign::Center) left -= m.width / 2;
            if (h == HAlign::Right) left -= m.width;
            double baseline = anchor.y;
            if (v == VAlign::Top) baseline += m.ascent;
            if (v == VAlign::Bottom) baseline -= m.descent;
            if (v == VAlign::Middle) baseline += (m.ascent - m.descent) / 2;
            // The ink lies in the advance box, above the baseline; it reaches the baseline,
            // rises above 60% of the ascent (cap height) and spans most of the advance.
            t.push_back(
                {"text aligned h" + std::to_string(int(h)) + " v" + std::to_string(int(v)),
                 [=](Canvas& canvas) { canvas.text(anchor, word, text_style(h, v)); }, Expect::Ink,
                 Rect{left, baseline - m.ascent, m.width, m.ascent},
                 Rect{left + 0.1 * m.width, baseline - 0.6 * m.ascent, 0.8 * m.width, 0.6 * m.ascent}});
        }
    }
    return t;
}

bool near(double a, double b) { return std::abs(a - b) <= kSlack; }

}  // namespace

BOOST_AUTO_TEST_SUITE(canvas_conformance)

BOOST_AUTO_TEST_CASE(cairo_and_haru_agree_on_every_case) {
    dspt::test::TempFolder tmp("canvas-conformance");
    for (const Case& k : cases()) {
        BOOST_TEST_CONTEXT("case: " << k.name) {
            const Outcome cairo = on_cairo(k.draw);
            const Outcome haru = on_haru(k.draw, tmp.path());
            for (const auto& [backend, o] : {std::pair{"cairo", &cairo}, std::pair{"haru", &haru}}) {
                BOOST_TEST_CONTEXT("backend " << backend << ": ink " << o->ink.count << " px in ["
                                              << o->ink.left << ", " << o->ink.top << ", " << o->ink.right
                                              << ", " << o->ink.bottom << "]") {
                    BOOST_TEST(o->threw_logic_error == k.throws);
                    BOOST_TEST(o->rejected.paths == k.rejected.paths);
                    BOOST_TEST(o->rejected.strokes == k.rejected.strokes);
                    BOOST_TEST(o->rejected.texts == k.rejected.texts);
                    BOOST_TEST(o->rejected.transforms == k.rejected.transforms);
                    if (k.expect == Expect::Nothing) {
                        BOOST_TEST(o->ink.count == 0);
                        continue;
                    }
                    BOOST_TEST(o->ink.count > 0);
                    if (o->ink.count == 0) continue;
                    const Rect& covers = k.covers.width > 0 ? k.covers : k.within;
                    BOOST_TEST(o->ink.left >= k.within.x - kSlack);
                    BOOST_TEST(o->ink.top >= k.within.y - kSlack);
                    BOOST_TEST(o->ink.right <= k.within.right() + kSlack);
                    BOOST_TEST(o->ink.bottom <= k.within.bottom() + kSlack);
                    BOOST_TEST(o->ink.left <= covers.x + kSlack);
                    BOOST_TEST(o->ink.top <= covers.y + kSlack);
                    BOOST_TEST(o->ink.right >= covers.right() - kSlack);
                    BOOST_TEST(o->ink.bottom >= covers.bottom() - kSlack);
                }
            }
            // And the two backends agree with each other, edge by edge and in the amount of ink.
            BOOST_TEST((cairo.ink.count == 0) == (haru.ink.count == 0));
            if (cairo.ink.count > 0 && haru.ink.count > 0) {
                BOOST_TEST(near(cairo.ink.left, haru.ink.left));
                BOOST_TEST(near(cairo.ink.top, haru.ink.top));
                BOOST_TEST(near(cairo.ink.right, haru.ink.right));
                BOOST_TEST(near(cairo.ink.bottom, haru.ink.bottom));
                const double ratio = double(cairo.ink.count) / haru.ink.count;
                BOOST_TEST((ratio > 0.85 && ratio < 1.15),
                           "ink " << cairo.ink.count << " vs " << haru.ink.count);
            }
        }
    }
}

BOOST_AUTO_TEST_SUITE_END()
