#pragma once
// The raster (PNG) and SVG backend of the Canvas, on Cairo.
//
// Canvas units map to device pixels by `scale` (a 960 x 540 slide at scale 2 is a
// 1920 x 1080 PNG). Text is drawn glyph by glyph at exactly the positions the FontLibrary
// measured (unhinted outlines, hint metrics off), so layouts computed with measure() hold
// in the PNG as they do in the PDF.
//
// Output is deterministic: the same drawing calls give byte-identical PNG files (the
// encoder adds no timestamps; antialiasing is greyscale, never subpixel).
#include <cairo.h>

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "draw/canvas.h"

namespace dspt::draw {

class CairoCanvas : public Canvas {
public:
    static constexpr Color kWhite{1, 1, 1, 1};

    // An ARGB32 image of lround(width * scale) x lround(height * scale) pixels; width and
    // height are canvas units. `background` is painted first; nullopt leaves it transparent.
    // Throws std::runtime_error when Cairo cannot make the surface (e.g. absurd sizes).
    CairoCanvas(const FontLibrary& fonts, double width, double height, double scale = 1.0,
                std::optional<Color> background = kWhite);
    // An SVG document of width x height points (1 canvas unit = 1 pt), kept in memory
    // until svg_document() or write_svg().
    static std::unique_ptr<CairoCanvas> make_svg(const FontLibrary& fonts, double width, double height,
                                                 std::optional<Color> background = kWhite);
    ~CairoCanvas() override;

    double width() const override { return width_; }
    double height() const override { return height_; }
    double device_pixels_per_unit() const override { return scale_; }

    bool is_svg() const { return svg_ != nullptr; }

    // --- Image canvases only (std::logic_error on an SVG canvas) ---
    int pixel_width() const;
    int pixel_height() const;
    // The colour of one device pixel, un-premultiplied; (0,0) is the top-left pixel.
    Color pixel(int px, int py) const;
    // The PNG file (draw/png_encoder.h); `dpi` > 0 records the print resolution in it.
    // Throws std::runtime_error when drawing failed or the encoder fails. Writing it is the
    // caller's business (io::write_files_atomically).
    std::vector<unsigned char> png_bytes(double dpi = 0) const;

    // --- SVG canvases only: ends drawing (later calls draw nothing) ---
    std::string svg_document();

    cairo_t* context() const { return cr_.get(); }  // escape hatch for backend-specific code

protected:
    // The drawing hooks of Canvas: arguments arrive validated (canvas.h, "The contract").
    void do_save() override;
    void do_restore() override;
    void do_transform(const Affine& m) override;
    void do_clip(const Path& path, FillRule rule) override;
    void do_fill(const Path& path, const FillStyle& style) override;
    void do_stroke(const Path& path, const StrokeStyle& style) override;
    void do_fill_and_stroke(const Path& path, const FillStyle& fill_style,
                            const StrokeStyle& stroke_style) override;
    void do_text(Point origin, std::string_view utf8, const TextStyle& style) override;

private:
    struct SvgBuffer;
    CairoCanvas(const FontLibrary& fonts, double width, double height, double scale, cairo_surface_t* surface,
                std::unique_ptr<SvgBuffer> svg, std::optional<Color> background);
    void set_path(const Path& path);
    cairo_font_face_t* font_face(FontFace face);
    void check(const char* what) const;
    void require_image(const char* what) const;

    struct SurfaceDeleter {
        void operator()(cairo_surface_t* s) const { cairo_surface_destroy(s); }
    };
    struct ContextDeleter {
        void operator()(cairo_t* c) const { cairo_destroy(c); }
    };
    struct FontFaceDeleter {
        void operator()(cairo_font_face_t* f) const { cairo_font_face_destroy(f); }
    };
    struct FontOptionsDeleter {
        void operator()(cairo_font_options_t* o) const { cairo_font_options_destroy(o); }
    };

    double width_;
    double height_;
    double scale_;
    std::unique_ptr<SvgBuffer> svg_;  // declared before the surface: the surface writes into it
    std::unique_ptr<cairo_surface_t, SurfaceDeleter> surface_;
    std::unique_ptr<cairo_t, ContextDeleter> cr_;
    std::unique_ptr<cairo_font_options_t, FontOptionsDeleter> font_options_;
    std::unique_ptr<cairo_font_face_t, FontFaceDeleter> font_faces_[2];
};

}  // namespace dspt::draw
