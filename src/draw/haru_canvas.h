#pragma once
// The PDF backend of the Canvas: libharu (2.3.0) pages drawn with the same figure code
// as the PNG slides.
//
// HaruDocument owns the HPDF_Doc and everything that is per document in libharu: the
// embedded fonts (the TrueType files of the FontLibrary, embedded with UTF-8 encoding so
// any text is shown and extractable), the alpha ExtGStates, and the error state.
// HaruCanvas draws on one page in canvas coordinates (y down, origin top left): it
// flips the page's y-up space once, so figures draw unchanged.
//
// libharu reports errors through a C callback; throwing from it would unwind through C
// frames, so the callback only records the error and every call site checks it.
#include <hpdf.h>

#include <map>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <utility>
#include <vector>

#include "draw/canvas.h"
#include "draw/haru_structure.h"
#include "draw/structure.h"

namespace dspt::draw {

class HaruError : public std::runtime_error {
public:
    HaruError(const std::string& what, unsigned long code, unsigned long detail);
    unsigned long code() const { return code_; }
    unsigned long detail() const { return detail_; }

private:
    unsigned long code_;
    unsigned long detail_;
};

class HaruDocument {
public:
    explicit HaruDocument(const FontLibrary& fonts);
    ~HaruDocument();
    HaruDocument(const HaruDocument&) = delete;
    HaruDocument& operator=(const HaruDocument&) = delete;

    HPDF_Doc handle() const { return doc_.get(); }
    const FontLibrary& fonts() const { return fonts_; }

    // A new page of the given size in points, appended at the end.
    HPDF_Page add_page(double width, double height);
    // The embedded TrueType font of `face` (loaded on first use), UTF-8 encoded.
    HPDF_Font font(FontFace face);
    // Advance of one codepoint as libharu will place it, in 1/1000 em.
    double advance_per_mille(FontFace face, char32_t codepoint);
    // A graphics state that sets only the fill (or only the stroke) opacity.
    HPDF_ExtGState alpha_state(bool for_fill, double alpha);

    // ---- tagged PDF ----
    // What is being drawn, opened by the report and the figures (through Canvas::begin_tag).
    // When anything was tagged, saving writes the structure tree and `tagged_metadata()`.
    StructureTree& structure() { return structure_; }
    TaggedMetadata& tagged_metadata() { return metadata_; }
    // Index of a page made by add_page(); throws std::logic_error for any other page.
    int page_index(HPDF_Page page) const;
    // A link annotation on `page`, made part of structure `element` (a Link; -1: untagged),
    // with `description` as its /Contents, what a screen reader announces.
    void tag_annotation(HPDF_Annotation annotation, HPDF_Page page, int element,
                        const std::string& description);

    // Throws HaruError if libharu reported an error since the last check; `what` names the call.
    void check(const char* what);
    // Writes the document; throws HaruError (or std::runtime_error) on failure.
    void save(const std::string& path);
    // The whole file in memory (for callers that write their outputs atomically themselves).
    std::string save_to_memory();

private:
    struct ErrorSlot {
        HPDF_STATUS error = 0;
        HPDF_STATUS detail = 0;
    };
    static void on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data);
    struct DocDeleter {
        void operator()(HPDF_Doc doc) const { HPDF_Free(doc); }
    };

    const FontLibrary& fonts_;
    std::unique_ptr<ErrorSlot> error_;  // stable address handed to the C callback
    std::unique_ptr<std::remove_pointer_t<HPDF_Doc>, DocDeleter> doc_;
    std::map<FontFace, HPDF_Font> font_handles_;
    std::map<std::pair<FontFace, char32_t>, double> advances_;
    std::map<std::pair<bool, int>, HPDF_ExtGState> alpha_states_;  // (fill?, alpha in 1/1000)
    void write_structure_once();
    StructureTree structure_;
    TaggedMetadata metadata_;
    std::vector<HPDF_Page> pages_;
    std::map<HPDF_Page, int> page_indices_;
    std::vector<HPDF_Annotation> annotations_;
    bool structure_written_ = false;
};

class HaruCanvas : public Canvas {
public:
    // Draws on `page` (whose size is the canvas size). Everything drawn through this canvas
    // sits inside one q/Q pair, so several canvases may draw on one page one after another.
    HaruCanvas(HaruDocument& doc, HPDF_Page page);
    ~HaruCanvas() override;

    double width() const override { return width_; }
    double height() const override { return height_; }
    // PDF is vector: figures simplify to the print resolution the caller names (dpi / 72).
    double device_pixels_per_unit() const override { return device_pixels_per_unit_; }
    void set_device_pixels_per_unit(double v) { device_pixels_per_unit_ = v; }

    void begin_tag(const Tag& tag) override;
    void end_tag() override;

    HPDF_Page page() const { return page_; }

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
    // Sizes above libharu's limit (HPDF_MAX_FONTSIZE, 300) are drawn at that limit.
    void do_text(Point origin, std::string_view utf8, const TextStyle& style) override;

private:
    // What this canvas last set in the PDF graphics state, so unchanged values are not
    // written again; saved and restored with q/Q.
    struct State {
        Color fill{-1, -1, -1, -1};
        Color stroke{-1, -1, -1, -1};
        double fill_alpha = -1;
        double stroke_alpha = -1;
        double line_width = -1;
        int join = -1;
        int cap = -1;
        bool dashed = true;  // unknown at the start: the first solid stroke resets it
    };

    // Writes the path's construction operators (m l c h) followed by `paint` (f, S, W n, ...)
    // straight into the page's content stream, coordinates rounded to 0.01 pt: libharu
    // writes every float with up to six digits after the point, which map pages do not
    // need. `scale` multiplies every coordinate (a dashed stroke is drawn in a space
    // scaled by it), the precision following. The path is finite (Canvas checked it).
    void emit_path(const Path& path, double scale, const char* paint);
    void set_fill(const Color& c);
    void set_stroke(const StrokeStyle& s, double scale);
    void set_alpha(bool for_fill, double alpha);
    void stroke_scaled(const Path& path, const StrokeStyle& style, const FillStyle* fill_style);
    // Before each painting operator: opens marked content for what the structure says is
    // being drawn (an MCID of the open element, or an artifact), closing the previous one
    // when that changed. Marked content never spans a q/Q boundary it did not start in.
    void mark();
    void end_mark();
    void write_operator(const std::string& op);

    HaruDocument& doc_;
    HPDF_Page page_;
    double width_;
    double height_;
    std::vector<State> states_;
    std::size_t base_depth_ = 0;
    double device_pixels_per_unit_ = 1;
    std::optional<StructureTree::Mark> open_mark_;
    std::size_t open_mark_depth_ = 0;
};

}  // namespace dspt::draw
