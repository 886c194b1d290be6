#pragma once
// The one drawing interface every chart and map is written against, once.
// Backends: CairoCanvas (PNG, SVG) and HaruCanvas (vector PDF pages).
//
// Like matplotlib's RendererBase, a backend implements very little: fill and stroke
// a path, clip, transform, and draw a run of text. Style state travels in small value
// objects (FillStyle, StrokeStyle, TextStyle), never in the canvas.
// Text is always measured through the shared FontLibrary (FreeType, fonts/), so
// layout is identical in PNG and PDF.
#include <string_view>
#include <vector>

#include "draw/font_library.h"
#include "draw/geometry.h"
#include "draw/structure.h"

namespace dspt::draw {

enum class FillRule { NonZero, EvenOdd };
enum class LineJoin { Miter, Round, Bevel };
enum class LineCap { Butt, Round, Square };

struct FillStyle {
    Color color;
    FillRule rule = FillRule::EvenOdd;  // holes in polygons are their own rings
};

struct StrokeStyle {
    Color color;
    double width = 1;
    std::vector<double> dashes;  // empty: solid
    LineJoin join = LineJoin::Round;
    LineCap cap = LineCap::Butt;
};

enum class HAlign { Left, Center, Right };
enum class VAlign { Baseline, Top, Middle, Bottom };  // Top/Bottom = ascent/descent of the font

struct TextStyle {
    FontFace face = FontFace::Regular;
    double size = 10;  // canvas units (pt in PDF, px in PNG at 1x)
    Color color;
    HAlign halign = HAlign::Left;
    VAlign valign = VAlign::Baseline;
};

class Canvas {
public:
    explicit Canvas(const FontLibrary& fonts) : fonts_(fonts) {}
    virtual ~Canvas() = default;
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    virtual double width() const = 0;   // canvas units
    virtual double height() const = 0;
    // Device pixels per canvas unit (a PNG: its scale; a PDF: print dpi / 72), so figures can
    // drop detail finer than the output can show (maps simplify to half a device pixel).
    virtual double device_pixels_per_unit() const { return 1; }

    virtual void save() = 0;     // pushes transform and clip
    virtual void restore() = 0;
    virtual void transform(const Affine& m) = 0;  // post-multiplies the current transform
    virtual void clip(const Path& path, FillRule rule = FillRule::NonZero) = 0;

    virtual void fill(const Path& path, const FillStyle& style) = 0;
    virtual void stroke(const Path& path, const StrokeStyle& style) = 0;
    // One line of text with its anchor at `at`, aligned as the style says.
    // The shaped run (glyphs, kerning) comes from the FontLibrary.
    virtual void text(Point at, std::string_view utf8, const TextStyle& style) = 0;

    // Both draw the same path once; backends may override for speed.
    virtual void fill_and_stroke(const Path& path, const FillStyle& fill_style, const StrokeStyle& stroke_style);

    // What is painted until the matching end_tag() IS (a heading, a figure, a decoration...),
    // for a tagged PDF; tags nest. Backends without a document structure ignore them.
    virtual void begin_tag(const Tag& tag) { (void)tag; }
    virtual void end_tag() {}

    void translate(double dx, double dy) { transform({1, 0, 0, 1, dx, dy}); }
    void scale(double sx, double sy) { transform({sx, 0, 0, sy, 0, 0}); }
    const FontLibrary& fonts() const { return fonts_; }
    TextMetrics measure(std::string_view utf8, FontFace face, double size) const {
        return fonts_.measure(utf8, face, size);
    }

private:
    const FontLibrary& fonts_;
};

// save()/restore() as a scope, so an early return cannot leak a transform or a clip.
class CanvasStateGuard {
public:
    explicit CanvasStateGuard(Canvas& c) : canvas_(c) { canvas_.save(); }
    ~CanvasStateGuard() { canvas_.restore(); }
    CanvasStateGuard(const CanvasStateGuard&) = delete;
    CanvasStateGuard& operator=(const CanvasStateGuard&) = delete;

private:
    Canvas& canvas_;
};

// begin_tag()/end_tag() as a scope.
class TagScope {
public:
    TagScope(Canvas& c, const Tag& tag) : canvas_(c) { canvas_.begin_tag(tag); }
    ~TagScope() { canvas_.end_tag(); }
    TagScope(const TagScope&) = delete;
    TagScope& operator=(const TagScope&) = delete;

private:
    Canvas& canvas_;
};

}  // namespace dspt::draw
