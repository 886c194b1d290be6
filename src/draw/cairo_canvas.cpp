#include "draw/cairo_canvas.h"

#include <cairo-ft.h>
#include <cairo-svg.h>
#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_MODULE_H

#include <cmath>
#include <cstdint>
#include <cstring>
#include <map>
#include <stdexcept>

#include "draw/png_encoder.h"

namespace dspt::draw {

struct CairoCanvas::SvgBuffer {
    std::string bytes;
    bool finished = false;
};

namespace {

cairo_status_t append_to_string(void* closure, const unsigned char* data, unsigned int length) {
    auto* out = static_cast<std::string*>(closure);
    out->append(reinterpret_cast<const char*>(data), length);
    return CAIRO_STATUS_SUCCESS;
}

// Cairo keeps font faces (and caches keyed by the FT_Face address) alive after the canvas
// is gone, so the FT_Face it draws with must live until Cairo lets go of it, not just until
// the FontLibrary is destroyed: Cairo holds its own reference on the face and its library.
const cairo_user_data_key_t kFtFaceKey{};

void release_ft_face(void* data) {
    auto face = static_cast<FT_Face>(data);
    FT_Library library = face->glyph->library;
    FT_Done_Face(face);
    FT_Done_Library(library);  // drops the reference taken below (not FT_Done_FreeType: see font_library.cpp)
}

// Cairo names an SVG's surfaces after a process-wide counter ("surface1442"), so the same
// drawing gave different bytes depending on what the process drew before. Renumber them
// in order of appearance (the other ids Cairo writes count per document already).
std::string renumber_svg_surfaces(const std::string& svg) {
    static constexpr std::string_view kName = "surface";
    std::map<std::string, std::string> renamed;
    std::string out;
    out.reserve(svg.size());
    std::size_t i = 0;
    while (i < svg.size()) {
        const std::size_t at = svg.find(kName, i);
        if (at == std::string::npos) break;
        std::size_t end = at + kName.size();
        while (end < svg.size() && svg[end] >= '0' && svg[end] <= '9') ++end;
        const bool is_id = end > at + kName.size() && at > 0 && (svg[at - 1] == '"' || svg[at - 1] == '#');
        out.append(svg, i, at - i);
        if (is_id) {
            const std::string old(svg, at, end - at);
            auto it = renamed.try_emplace(old, std::string(kName) + std::to_string(renamed.size() + 1)).first;
            out += it->second;
        } else {
            out.append(svg, at, end - at);
        }
        i = end;
    }
    out.append(svg, i, std::string::npos);
    return out;
}

void set_source(cairo_t* cr, const Color& c) { cairo_set_source_rgba(cr, c.r, c.g, c.b, c.a); }

cairo_fill_rule_t cairo_rule(FillRule rule) {
    return rule == FillRule::EvenOdd ? CAIRO_FILL_RULE_EVEN_ODD : CAIRO_FILL_RULE_WINDING;
}

void set_stroke_style(cairo_t* cr, const StrokeStyle& style) {
    set_source(cr, style.color);
    cairo_set_line_width(cr, style.width);
    switch (style.join) {
        case LineJoin::Miter:
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_MITER);
            break;
        case LineJoin::Round:
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_ROUND);
            break;
        case LineJoin::Bevel:
            cairo_set_line_join(cr, CAIRO_LINE_JOIN_BEVEL);
            break;
    }
    switch (style.cap) {
        case LineCap::Butt:
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_BUTT);
            break;
        case LineCap::Round:
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_ROUND);
            break;
        case LineCap::Square:
            cairo_set_line_cap(cr, CAIRO_LINE_CAP_SQUARE);
            break;
    }
    // Canvas::stroke() hands over only valid patterns (an invalid one arrives empty: solid).
    if (!style.dashes.empty()) {
        cairo_set_dash(cr, style.dashes.data(), static_cast<int>(style.dashes.size()), 0);
    } else {
        cairo_set_dash(cr, nullptr, 0, 0);
    }
}

}  // namespace

CairoCanvas::CairoCanvas(const FontLibrary& fonts, double width, double height, double scale,
                         std::optional<Color> background)
    : CairoCanvas(
          fonts, width, height, scale,
          (width > 0 && height > 0 && scale > 0 && std::isfinite(width * scale) &&
           std::isfinite(height * scale) && width * scale < 1e5 && height * scale < 1e5)
              ? cairo_image_surface_create(CAIRO_FORMAT_ARGB32, static_cast<int>(std::lround(width * scale)),
                                           static_cast<int>(std::lround(height * scale)))
              : nullptr,
          nullptr, background) {}

std::unique_ptr<CairoCanvas> CairoCanvas::make_svg(const FontLibrary& fonts, double width, double height,
                                                   std::optional<Color> background) {
    if (!(width > 0 && height > 0 && std::isfinite(width) && std::isfinite(height))) {
        throw std::runtime_error("SVG canvas size must be positive");
    }
    auto buffer = std::make_unique<SvgBuffer>();
    cairo_surface_t* surface =
        cairo_svg_surface_create_for_stream(append_to_string, &buffer->bytes, width, height);
    // The private constructor cannot be reached by std::make_unique.
    return std::unique_ptr<CairoCanvas>(
        new CairoCanvas(fonts, width, height, 1.0, surface, std::move(buffer), background));
}

CairoCanvas::CairoCanvas(const FontLibrary& fonts, double width, double height, double scale,
                         cairo_surface_t* surface, std::unique_ptr<SvgBuffer> svg,
                         std::optional<Color> background)
    : Canvas(fonts), width_(width), height_(height), scale_(scale), svg_(std::move(svg)), surface_(surface) {
    if (!surface_ || cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS) {
        throw std::runtime_error("cannot create a Cairo surface of " + std::to_string(width) + " x " +
                                 std::to_string(height) + " units at scale " + std::to_string(scale));
    }
    cr_.reset(cairo_create(surface_.get()));
    check("cairo_create");
    cairo_scale(cr_.get(), scale_, scale_);
    cairo_set_antialias(cr_.get(), CAIRO_ANTIALIAS_GRAY);
    font_options_.reset(cairo_font_options_create());
    // No hinting of outlines or metrics: glyphs sit exactly where FontLibrary put them.
    cairo_font_options_set_hint_style(font_options_.get(), CAIRO_HINT_STYLE_NONE);
    cairo_font_options_set_hint_metrics(font_options_.get(), CAIRO_HINT_METRICS_OFF);
    cairo_font_options_set_antialias(font_options_.get(), CAIRO_ANTIALIAS_GRAY);
    cairo_set_font_options(cr_.get(), font_options_.get());
    if (background) {
        cairo_save(cr_.get());
        set_source(cr_.get(), *background);
        cairo_set_operator(cr_.get(), CAIRO_OPERATOR_SOURCE);
        cairo_paint(cr_.get());
        cairo_restore(cr_.get());
    }
}

CairoCanvas::~CairoCanvas() = default;

void CairoCanvas::check(const char* what) const {
    const cairo_status_t status = cairo_status(cr_.get());
    if (status != CAIRO_STATUS_SUCCESS) {
        throw std::runtime_error(std::string("Cairo failed in ") + what + ": " +
                                 cairo_status_to_string(status));
    }
}

void CairoCanvas::require_image(const char* what) const {
    if (svg_) throw std::logic_error(std::string(what) + " needs an image canvas, not an SVG one");
}

void CairoCanvas::do_save() { cairo_save(cr_.get()); }

void CairoCanvas::do_restore() { cairo_restore(cr_.get()); }

void CairoCanvas::do_transform(const Affine& m) {
    const cairo_matrix_t matrix{m.xx, m.yx, m.xy, m.yy, m.x0, m.y0};
    cairo_transform(cr_.get(), &matrix);
}

void CairoCanvas::set_path(const Path& path) {
    cairo_t* cr = cr_.get();
    cairo_new_path(cr);
    const auto& pts = path.points();
    std::size_t i = 0;
    for (Path::Op op : path.ops()) {
        switch (op) {
            case Path::Op::MoveTo:
                cairo_move_to(cr, pts[i].x, pts[i].y);
                i += 1;
                break;
            case Path::Op::LineTo:
                cairo_line_to(cr, pts[i].x, pts[i].y);
                i += 1;
                break;
            case Path::Op::CurveTo:
                cairo_curve_to(cr, pts[i].x, pts[i].y, pts[i + 1].x, pts[i + 1].y, pts[i + 2].x,
                               pts[i + 2].y);
                i += 3;
                break;
            case Path::Op::Close:
                cairo_close_path(cr);
                break;
        }
    }
}

void CairoCanvas::do_clip(const Path& path, FillRule rule) {
    cairo_t* cr = cr_.get();
    if (path.empty()) {
        cairo_new_path(cr);
        cairo_rectangle(cr, 0, 0, 0, 0);
        cairo_clip(cr);
        return;
    }
    set_path(path);
    cairo_set_fill_rule(cr, cairo_rule(rule));
    cairo_clip(cr);
}

void CairoCanvas::do_fill(const Path& path, const FillStyle& style) {
    cairo_t* cr = cr_.get();
    set_path(path);
    cairo_set_fill_rule(cr, cairo_rule(style.rule));
    set_source(cr, style.color);
    cairo_fill(cr);
}

void CairoCanvas::do_stroke(const Path& path, const StrokeStyle& style) {
    cairo_t* cr = cr_.get();
    set_path(path);
    set_stroke_style(cr, style);
    cairo_stroke(cr);
}

void CairoCanvas::do_fill_and_stroke(const Path& path, const FillStyle& fill_style,
                                     const StrokeStyle& stroke_style) {
    cairo_t* cr = cr_.get();
    set_path(path);
    cairo_set_fill_rule(cr, cairo_rule(fill_style.rule));
    set_source(cr, fill_style.color);
    cairo_fill_preserve(cr);
    set_stroke_style(cr, stroke_style);
    cairo_stroke(cr);
}

cairo_font_face_t* CairoCanvas::font_face(FontFace face) {
    auto& slot = font_faces_[face == FontFace::Bold ? 1 : 0];
    if (slot) return slot.get();
    auto ft = static_cast<FT_Face>(fonts().ft_face(face));
    cairo_font_face_t* cf = cairo_ft_font_face_create_for_ft_face(ft, FT_LOAD_NO_HINTING);
    if (cairo_font_face_status(cf) != CAIRO_STATUS_SUCCESS) {
        cairo_font_face_destroy(cf);
        throw std::runtime_error("Cairo cannot use font " + fonts().file_path(face));
    }
    // Cairo may hand back a cached face that already carries our reference; setting the
    // data again releases that one, so references stay balanced.
    FT_Reference_Face(ft);
    FT_Reference_Library(ft->glyph->library);
    if (cairo_font_face_set_user_data(cf, &kFtFaceKey, ft, release_ft_face) != CAIRO_STATUS_SUCCESS) {
        release_ft_face(ft);
        cairo_font_face_destroy(cf);
        throw std::runtime_error("Cairo cannot use font " + fonts().file_path(face));
    }
    slot.reset(cf);
    return cf;
}

void CairoCanvas::do_text(Point origin, std::string_view utf8, const TextStyle& style) {
    const std::vector<PositionedGlyph> run = fonts().shape(utf8, style.face, style.size);
    if (run.empty()) return;
    std::vector<cairo_glyph_t> glyphs;
    glyphs.reserve(run.size());
    for (const PositionedGlyph& g : run) glyphs.push_back({g.glyph_index, origin.x + g.x, origin.y});
    cairo_t* cr = cr_.get();
    cairo_set_font_face(cr, font_face(style.face));
    cairo_set_font_size(cr, style.size);
    set_source(cr, style.color);
    cairo_show_glyphs(cr, glyphs.data(), static_cast<int>(glyphs.size()));
}

int CairoCanvas::pixel_width() const {
    require_image("pixel_width");
    return cairo_image_surface_get_width(surface_.get());
}

int CairoCanvas::pixel_height() const {
    require_image("pixel_height");
    return cairo_image_surface_get_height(surface_.get());
}

Color CairoCanvas::pixel(int px, int py) const {
    require_image("pixel");
    cairo_surface_flush(surface_.get());
    if (px < 0 || py < 0 || px >= pixel_width() || py >= pixel_height()) {
        throw std::out_of_range("pixel (" + std::to_string(px) + ", " + std::to_string(py) +
                                ") is off the image");
    }
    const unsigned char* row =
        cairo_image_surface_get_data(surface_.get()) + py * cairo_image_surface_get_stride(surface_.get());
    std::uint32_t argb = 0;
    std::memcpy(&argb, row + 4 * px, 4);  // native-endian 32-bit ARGB, premultiplied
    const double a = ((argb >> 24) & 0xFF) / 255.0;
    if (a == 0) return {0, 0, 0, 0};
    auto channel = [&](int shift) { return ((argb >> shift) & 0xFF) / 255.0 / a; };
    return {channel(16), channel(8), channel(0), a};
}

std::vector<unsigned char> CairoCanvas::png_bytes(double dpi) const {
    require_image("png_bytes");
    check("drawing");
    return encode_png(surface_.get(), dpi);
}

std::string CairoCanvas::svg_document() {
    if (!svg_) throw std::logic_error("svg_document needs an SVG canvas");
    if (!svg_->finished) {
        check("drawing");
        cairo_surface_finish(surface_.get());
        svg_->finished = true;
        if (cairo_surface_status(surface_.get()) != CAIRO_STATUS_SUCCESS) {
            throw std::runtime_error(std::string("Cairo cannot finish SVG: ") +
                                     cairo_status_to_string(cairo_surface_status(surface_.get())));
        }
        svg_->bytes = renumber_svg_surfaces(svg_->bytes);
    }
    return svg_->bytes;
}

}  // namespace dspt::draw
