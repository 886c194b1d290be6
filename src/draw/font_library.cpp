// Metrics come from unhinted font units (FT_LOAD_NO_SCALE) scaled linearly by the size,
// so a run measures the same at any resolution and in every backend: the Cairo PNG draws
// glyphs at exactly these positions and the PDF places the same advances.
#include "draw/font_library.h"

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H
#include FT_MODULE_H

#include <cmath>
#include <cstdlib>
#include <stdexcept>
#include <unordered_map>

#include "draw/utf8.h"

namespace dspt::draw {

namespace {

constexpr char32_t kEllipsis = 0x2026;

// FT_Done_FreeType frees the library's memory manager even when other references to the
// library remain (Cairo holds some, see cairo_canvas.cpp), which left Cairo freeing faces
// through a dangling FT_Memory. So the library is made on a memory manager that lives for
// the whole process, and every owner, Cairo included, lets go with FT_Done_Library.
void* ft_alloc(FT_Memory, long size) { return std::malloc(static_cast<std::size_t>(size)); }
void ft_free(FT_Memory, void* block) { std::free(block); }
void* ft_realloc(FT_Memory, long, long new_size, void* block) {
    return std::realloc(block, static_cast<std::size_t>(new_size));
}
FT_MemoryRec_ process_ft_memory{nullptr, ft_alloc, ft_free, ft_realloc};

bool is_space(char32_t c) { return c == U' ' || c == U'\t'; }
bool is_control(char32_t c) { return c < 0x20 || (c >= 0x7F && c < 0xA0); }

std::u32string trim_right(std::u32string s) {
    while (!s.empty() && is_space(s.back())) s.pop_back();
    return s;
}

}  // namespace

struct FontLibrary::Impl {
    struct Glyph {
        FT_UInt index = 0;
        FT_Fixed advance = 0;  // font units
    };
    struct Face {
        FT_Face face = nullptr;
        std::string path;
        double units_per_em = 1000;
        double ascender = 0;   // font units, positive up
        double descender = 0;  // font units, positive down
        bool has_kerning = false;
        std::unordered_map<char32_t, Glyph> glyphs;  // filled lazily; see the class comment
    };

    FT_Library library = nullptr;
    Face faces[2];

    Impl(const std::string& dir, const std::string& regular, const std::string& bold) {
        if (FT_New_Library(&process_ft_memory, &library) != 0)
            throw std::runtime_error("FreeType could not be initialised");
        FT_Add_Default_Modules(library);
        FT_Set_Default_Properties(library);
        try {
            open(faces[0], dir, regular);
            open(faces[1], dir, bold);
        } catch (...) {
            release();
            throw;
        }
    }
    ~Impl() { release(); }
    Impl(const Impl&) = delete;
    Impl& operator=(const Impl&) = delete;

    void release() {
        // FT_Done_Face / FT_Done_Library only drop one reference: a Cairo font face made
        // from our FT_Face holds its own references and frees them when Cairo lets go.
        for (Face& f : faces) {
            if (f.face) FT_Done_Face(f.face);
            f.face = nullptr;
        }
        if (library) FT_Done_Library(library);  // drops one reference; never the memory manager
        library = nullptr;
    }

    void open(Face& f, const std::string& dir, const std::string& file) {
        f.path = dir.empty() ? file : dir + "/" + file;
        if (FT_New_Face(library, f.path.c_str(), 0, &f.face) != 0) {
            f.face = nullptr;
            throw std::runtime_error("cannot load font " + f.path);
        }
        if (!FT_IS_SCALABLE(f.face) || FT_Select_Charmap(f.face, FT_ENCODING_UNICODE) != 0) {
            throw std::runtime_error("font " + f.path + " is not a scalable Unicode font");
        }
        f.units_per_em = f.face->units_per_EM;
        // face->ascender/descender are the hhea values (OS/2 win metrics when hhea lacks them).
        f.ascender = f.face->ascender;
        f.descender = -f.face->descender;
        f.has_kerning = FT_HAS_KERNING(f.face);
    }

    Face& face(FontFace which) { return faces[which == FontFace::Bold ? 1 : 0]; }

    const Glyph& glyph(Face& f, char32_t cp) {
        auto it = f.glyphs.find(cp);
        if (it != f.glyphs.end()) return it->second;
        Glyph g;
        g.index = FT_Get_Char_Index(f.face, cp);
        if (g.index == 0 && cp == kReplacementChar) g.index = FT_Get_Char_Index(f.face, U'?');
        if (FT_Get_Advance(f.face, g.index, FT_LOAD_NO_SCALE, &g.advance) != 0) g.advance = 0;
        return f.glyphs.emplace(cp, g).first->second;
    }

    // Shapes code points in font units; returns the pen position after the run.
    FT_Pos shape_units(Face& f, std::u32string_view text, std::vector<std::pair<FT_Pos, const Glyph*>>* out,
                       std::vector<char32_t>* cps) {
        FT_Pos pen = 0;
        FT_UInt previous = 0;
        for (char32_t cp : text) {
            if (cp == U'\t') cp = U' ';
            if (is_control(cp)) continue;  // one line of text: breaks are wrap()'s business
            const Glyph& g = glyph(f, cp);
            if (f.has_kerning && previous != 0 && g.index != 0) {
                FT_Vector kern{0, 0};
                if (FT_Get_Kerning(f.face, previous, g.index, FT_KERNING_UNSCALED, &kern) == 0) pen += kern.x;
            }
            if (out) out->emplace_back(pen, &g);
            if (cps) cps->push_back(cp);
            pen += g.advance;
            previous = g.index;
        }
        return pen;
    }

    double width(FontFace which, std::u32string_view text, double size) {
        Face& f = face(which);
        return shape_units(f, text, nullptr, nullptr) * size / f.units_per_em;
    }

    std::u32string ellipsize(std::u32string text, FontFace which, double size, double max_width) {
        if (width(which, text, size) <= max_width) return text;
        // Longest prefix ending at a word break; then, when even the first word is too long,
        // the longest prefix of whole code points.
        for (std::size_t i = text.size(); i-- > 0;) {
            if (!is_space(text[i])) continue;
            std::u32string candidate = trim_right(text.substr(0, i));
            if (candidate.empty()) continue;
            candidate += kEllipsis;
            if (width(which, candidate, size) <= max_width) return candidate;
        }
        // Width grows with every glyph (kerning never undoes a whole advance), so bisect.
        std::size_t lo = 0, hi = text.size();
        while (lo < hi) {
            const std::size_t mid = (lo + hi + 1) / 2;
            if (width(which, trim_right(text.substr(0, mid)) + kEllipsis, size) <= max_width) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        std::u32string best = trim_right(text.substr(0, lo));
        if (best.empty()) {
            const std::u32string lone(1, kEllipsis);
            return width(which, lone, size) <= max_width ? lone : std::u32string();
        }
        return best + kEllipsis;
    }
};

FontLibrary::FontLibrary(const std::string& font_dir, const std::string& regular_file,
                         const std::string& bold_file)
    : impl_(std::make_unique<Impl>(font_dir, regular_file, bold_file)) {}

FontLibrary::~FontLibrary() = default;

TextMetrics FontLibrary::measure(std::string_view utf8, FontFace face, double size) const {
    Impl::Face& f = impl_->face(face);
    const double scale = size / f.units_per_em;
    const std::u32string text = decode_utf8(utf8);
    return {impl_->shape_units(f, text, nullptr, nullptr) * scale, f.ascender * scale, f.descender * scale};
}

std::vector<PositionedGlyph> FontLibrary::shape(std::string_view utf8, FontFace face, double size) const {
    Impl::Face& f = impl_->face(face);
    const double scale = size / f.units_per_em;
    std::vector<std::pair<FT_Pos, const Impl::Glyph*>> units;
    std::vector<char32_t> cps;
    const std::u32string text = decode_utf8(utf8);
    units.reserve(text.size());
    cps.reserve(text.size());
    impl_->shape_units(f, text, &units, &cps);
    std::vector<PositionedGlyph> out;
    out.reserve(units.size());
    for (std::size_t i = 0; i < units.size(); ++i) {
        out.push_back({units[i].second->index, cps[i], units[i].first * scale});
    }
    return out;
}

const std::string& FontLibrary::file_path(FontFace face) const { return impl_->face(face).path; }

void* FontLibrary::ft_face(FontFace face) const { return impl_->face(face).face; }

std::string FontLibrary::ellipsize(std::string_view utf8, FontFace face, double size,
                                   double max_width) const {
    return encode_utf8(impl_->ellipsize(decode_utf8(utf8), face, size, max_width));
}

std::vector<std::string> FontLibrary::wrap(std::string_view utf8, FontFace face, double size,
                                           double max_width) const {
    std::vector<std::string> lines;
    const std::u32string text = decode_utf8(utf8);
    if (text.empty()) return lines;
    std::u32string line;
    std::u32string word;
    bool line_has_word = false;
    auto flush_line = [&] {
        lines.push_back(encode_utf8(line));
        line.clear();
        line_has_word = false;
    };
    auto place_word = [&] {
        if (word.empty()) return;
        if (line_has_word) {
            std::u32string joined = line + U' ' + word;
            if (impl_->width(face, joined, size) <= max_width) {
                line = std::move(joined);
                word.clear();
                return;
            }
            flush_line();
        }
        line = impl_->width(face, word, size) <= max_width ? word
                                                           : impl_->ellipsize(word, face, size, max_width);
        line_has_word = true;
        word.clear();
    };
    for (char32_t c : text) {
        if (c == U'\n') {
            place_word();
            flush_line();  // an explicit break, even after an empty line
        } else if (is_space(c) || c == U'\r') {
            place_word();
        } else {
            word += c;
        }
    }
    place_word();
    if (line_has_word) flush_line();
    return lines;
}

}  // namespace dspt::draw
