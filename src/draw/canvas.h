#pragma once
// The one drawing interface every chart and map is written against, once.
// Backends: CairoCanvas (PNG, SVG) and HaruCanvas (vector PDF pages).
//
// Like matplotlib's RendererBase, a backend implements very little: fill and stroke
// a path, clip, transform, and draw a run of text; validation and text alignment are the
// canvas's, written once below. Style state travels in small value
// objects (FillStyle, StrokeStyle, TextStyle), never in the canvas.
// Text is always measured through the shared FontLibrary (FreeType, fonts/), so
// layout is identical in PNG and PDF.
#include <cstddef>
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

// What the canvas refused to draw, by kind (see "The contract" below). Counted in the base,
// so every backend counts alike; figures and tests may read it, nothing else depends on it.
struct CanvasRejections {
    std::size_t paths = 0;       // a fill, stroke or clip whose path has a non-finite point
    std::size_t strokes = 0;     // a stroke whose width is zero, negative or not finite
    std::size_t texts = 0;       // text with a non-finite anchor or a size <= 0 or not finite
    std::size_t transforms = 0;  // a transform that is singular or not finite
    std::size_t total() const { return paths + strokes + texts + transforms; }
};

// The contract, kept here once (the non-virtual interface pattern, as matplotlib's
// RendererBase): the public methods validate and normalise their arguments, keep the
// save/restore depth and compute text alignment; then they call the protected do_* hooks,
// which a backend implements and which only draw. A backend never sees:
//
//   - an empty path, or a path with a non-finite point: fill/stroke/fill_and_stroke draw
//     nothing (the non-finite case is counted in rejections().paths) and leave the canvas
//     as usable as before. clip() with such a path (or an empty one) clips everything away
//     until the matching restore, as clipping to nothing must: the one hook that gets an
//     empty path is do_clip, where it means exactly that.
//   - a stroke width that is zero, negative or not finite: nothing is stroked (never a
//     hairline); fill_and_stroke then only fills. Counted in rejections().strokes.
//   - a dash pattern with a negative or non-finite length, or whose lengths sum to zero:
//     the stroke is solid (StrokeStyle::dashes comes through empty).
//   - text with a size that is zero, negative or not finite, or a non-finite anchor: nothing
//     is drawn (counted in rejections().texts). Empty text draws nothing (not counted).
//   - text alignment: the base measures the run with the FontLibrary and hands the backend
//     the left end of the baseline; the backend draws the run there as if Left/Baseline.
//   - a transform that is singular (determinant 0) or has a non-finite entry: ignored, the
//     current transform stays (counted in rejections().transforms). This is what the PNG
//     slides have always done.
//   - restore() without a matching save(): std::logic_error, on every backend: it is a
//     programming error. CanvasStateGuard restores down to the depth it found.
class Canvas {
public:
    explicit Canvas(const FontLibrary& fonts) : fonts_(fonts) {}
    virtual ~Canvas() = default;
    Canvas(const Canvas&) = delete;
    Canvas& operator=(const Canvas&) = delete;

    virtual double width() const = 0;  // canvas units
    virtual double height() const = 0;
    // Device pixels per canvas unit (a PNG: its scale; a PDF: print dpi / 72), so figures can
    // drop detail finer than the output can show (maps simplify to half a device pixel).
    virtual double device_pixels_per_unit() const { return 1; }

    void save();                      // pushes transform and clip
    void restore();                   // std::logic_error without a matching save()
    void transform(const Affine& m);  // post-multiplies the current transform
    void clip(const Path& path, FillRule rule = FillRule::NonZero);

    void fill(const Path& path, const FillStyle& style);
    void stroke(const Path& path, const StrokeStyle& style);
    // Fills, then strokes the same path (one path in backends that can).
    void fill_and_stroke(const Path& path, const FillStyle& fill_style, const StrokeStyle& stroke_style);
    // One line of text with its anchor at `at`, aligned as the style says.
    // The shaped run (glyphs, kerning) comes from the FontLibrary.
    void text(Point at, std::string_view utf8, const TextStyle& style);

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
    // Number of save()s not yet restored.
    std::size_t save_depth() const { return save_depth_; }
    const CanvasRejections& rejections() const { return rejections_; }

protected:
    // The backend's side of the contract: arguments are already valid as described above.
    virtual void do_save() = 0;
    virtual void do_restore() = 0;                              // only ever after a matching do_save()
    virtual void do_transform(const Affine& m) = 0;             // invertible, finite
    virtual void do_clip(const Path& path, FillRule rule) = 0;  // empty path: clip everything away
    virtual void do_fill(const Path& path, const FillStyle& style) = 0;
    virtual void do_stroke(const Path& path, const StrokeStyle& style) = 0;  // width > 0, finite
    // Both draw the same path once; backends may override for speed.
    virtual void do_fill_and_stroke(const Path& path, const FillStyle& fill_style,
                                    const StrokeStyle& stroke_style);
    // `origin` is the left end of the baseline: style.halign/valign are already applied and
    // the backend ignores them. Non-empty text, finite origin, size > 0 and finite.
    virtual void do_text(Point origin, std::string_view utf8, const TextStyle& style) = 0;

private:
    // False (and counted) when the path cannot be drawn; empty paths are false, uncounted.
    bool drawable(const Path& path);
    // The stroke style a backend may draw, or false (counted) when nothing is to be stroked.
    bool normalise(StrokeStyle& style);

    const FontLibrary& fonts_;
    std::size_t save_depth_ = 0;
    CanvasRejections rejections_;
};

// save()/restore() as a scope, so an early return cannot leak a transform or a clip.
// It restores down to the depth it found, so a save() leaked inside the scope is undone
// too; never throws.
class CanvasStateGuard {
public:
    explicit CanvasStateGuard(Canvas& c) : canvas_(c), depth_(c.save_depth()) { canvas_.save(); }
    ~CanvasStateGuard() {
        while (canvas_.save_depth() > depth_) canvas_.restore();
    }
    CanvasStateGuard(const CanvasStateGuard&) = delete;
    CanvasStateGuard& operator=(const CanvasStateGuard&) = delete;

private:
    Canvas& canvas_;
    std::size_t depth_;
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
