#pragma once
// The fonts of fonts/ loaded once through FreeType; the single source of text
// metrics for every backend, so PNG and PDF lay text out identically.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace dspt::draw {

enum class FontFace { Regular, Bold };

struct TextMetrics {
    double width = 0;    // advance width of the run, kerning included
    double ascent = 0;   // font ascent at this size (positive, above the baseline)
    double descent = 0;  // font descent at this size (positive, below the baseline)
};

// One positioned glyph of a shaped run, relative to the run's origin, in canvas units.
struct PositionedGlyph {
    unsigned glyph_index = 0;
    char32_t codepoint = 0;
    double x = 0;
};

// A FontLibrary and the canvases drawing with it belong to one thread: FreeType faces are
// not thread-safe and glyph metrics are cached on first use.
class FontLibrary {
public:
    // Loads LiberationSans-Regular.ttf and LiberationSans-Bold.ttf (names from the style)
    // from `font_dir`; throws std::runtime_error naming the file when one cannot be loaded.
    FontLibrary(const std::string& font_dir, const std::string& regular_file, const std::string& bold_file);
    ~FontLibrary();
    FontLibrary(const FontLibrary&) = delete;
    FontLibrary& operator=(const FontLibrary&) = delete;

    TextMetrics measure(std::string_view utf8, FontFace face, double size) const;
    std::vector<PositionedGlyph> shape(std::string_view utf8, FontFace face, double size) const;
    const std::string& file_path(FontFace face) const;  // for backends that embed the file (libharu)
    void* ft_face(FontFace face) const;                 // FT_Face, for the Cairo backend only

    // Text fitted to a width: the longest prefix that fits, cut at a word and ended with "…".
    std::string ellipsize(std::string_view utf8, FontFace face, double size, double max_width) const;
    // Greedy word wrap to lines no wider than max_width (a word longer than a line is ellipsized).
    std::vector<std::string> wrap(std::string_view utf8, FontFace face, double size, double max_width) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dspt::draw
