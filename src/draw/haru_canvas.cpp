#include "draw/haru_canvas.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

#include "draw/haru_deflate.h"
#include "draw/haru_to_unicode.h"

namespace dspt::draw {
namespace {

// libdeflate's level 4: on the ICB pages' streams (content, fonts, CIDToGIDMaps) 4x as
// fast as the zlib default libharu would use and as small (0.5 % larger); level 6 took 45 %
// longer for 3 % less.
constexpr int kDeflateLevel = 4;

std::string hex_status(unsigned long v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "0x%04lX", v);
    return buf;
}

// The libharu error codes a caller of this backend can actually provoke, in words.
std::string describe(HPDF_STATUS code) {
    switch (code) {
        case HPDF_FILE_IO_ERROR:
        case HPDF_FILE_OPEN_ERROR:
            return "cannot write or read a file";
        case HPDF_FAILD_TO_ALLOC_MEM:
            return "out of memory";
        case HPDF_TTF_CANNOT_EMBEDDING_FONT:
            return "the font does not allow embedding";
        case HPDF_TTF_INVALID_FOMAT:
            return "not a TrueType font file";
        case HPDF_INVALID_FONT_NAME:
            return "unknown font name";
        case HPDF_PAGE_INVALID_GMODE:
            return "drawing operator used in the wrong graphics mode";
        case HPDF_PAGE_CANNOT_RESTORE_GSTATE:
            return "restore without a matching save";
        case HPDF_EXCEED_GSTATE_LIMIT:
            return "too many nested saves (libharu allows 28)";
        case HPDF_PAGE_OUT_OF_RANGE:
            return "value out of range";
        case HPDF_INVALID_PARAMETER:
            return "invalid parameter";
        default:
            return "libharu error";
    }
}

void append_utf8(std::string& out, char32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

HPDF_LineJoin to_haru(LineJoin j) {
    switch (j) {
        case LineJoin::Miter:
            return HPDF_MITER_JOIN;
        case LineJoin::Round:
            return HPDF_ROUND_JOIN;
        case LineJoin::Bevel:
            return HPDF_BEVEL_JOIN;
    }
    return HPDF_ROUND_JOIN;
}

HPDF_LineCap to_haru(LineCap c) {
    switch (c) {
        case LineCap::Butt:
            return HPDF_BUTT_END;
        case LineCap::Round:
            return HPDF_ROUND_END;
        case LineCap::Square:
            return HPDF_PROJECTING_SCUARE_END;
    }
    return HPDF_BUTT_END;
}

// libharu takes dash lengths as integers in 1..100 (HPDF_MAX_DASH_PATTERN) and line widths
// up to 100, at most 8 of them. A dashed stroke is therefore drawn in a space scaled up by
// k, chosen so the pattern keeps 1/k precision and every value stays in range.
double dash_scale(const StrokeStyle& s) {
    double biggest = s.width;
    for (double d : s.dashes) biggest = std::max(biggest, d);
    double k = 20;
    if (biggest * k > 100) k = 100 / biggest;
    return k;
}

}  // namespace

HaruError::HaruError(const std::string& what, unsigned long code, unsigned long detail)
    : std::runtime_error(what), code_(code), detail_(detail) {}

// ---------------------------------------------------------------- HaruDocument

void HaruDocument::on_error(HPDF_STATUS error, HPDF_STATUS detail, void* user_data) {
    auto* slot = static_cast<ErrorSlot*>(user_data);
    if (slot->error == 0) {  // keep the first error: later ones are usually consequences
        slot->error = error;
        slot->detail = detail;
    }
}

HaruDocument::HaruDocument(const FontLibrary& fonts) : fonts_(fonts), error_(std::make_unique<ErrorSlot>()) {
    doc_.reset(HPDF_New(&HaruDocument::on_error, error_.get()));
    if (!doc_) throw HaruError("libharu: cannot create a PDF document", HPDF_FAILD_TO_ALLOC_MEM, 0);
    HPDF_SetCompressionMode(doc_.get(), HPDF_COMP_ALL);
    HPDF_UseUTFEncodings(doc_.get());
    HPDF_SetCurrentEncoder(doc_.get(), "UTF-8");  // metadata strings are UTF-8 too
    check("document setup");
}

HaruDocument::~HaruDocument() = default;

void HaruDocument::check(const char* what) {
    if (error_->error == 0) return;
    const auto code = error_->error;
    const auto detail = error_->detail;
    error_->error = 0;
    error_->detail = 0;
    HPDF_ResetError(doc_.get());
    throw HaruError("libharu: " + std::string(what) + ": " + describe(code) + " (" + hex_status(code) +
                        ", detail " + std::to_string(detail) + ")",
                    code, detail);
}

HPDF_Page HaruDocument::add_page(double width, double height) {
    HPDF_Page page = HPDF_AddPage(doc_.get());
    check("add page");
    HPDF_Page_SetWidth(page, static_cast<HPDF_REAL>(width));
    HPDF_Page_SetHeight(page, static_cast<HPDF_REAL>(height));
    check("page size");
    page_indices_.emplace(page, static_cast<int>(pages_.size()));
    pages_.push_back(page);
    return page;
}

int HaruDocument::page_index(HPDF_Page page) const {
    const auto it = page_indices_.find(page);
    if (it == page_indices_.end()) throw std::logic_error("HaruDocument: a page it did not make");
    return it->second;
}

void HaruDocument::tag_annotation(HPDF_Annotation annotation, HPDF_Page page, int element,
                                  const std::string& description) {
    if (!description.empty()) {
        HPDF_Binary text = pdf_text_string(doc_.get()->mmgr, description);
        if (!text || HPDF_Dict_Add(annotation, "Contents", text) != HPDF_OK)
            throw HaruError("libharu: annotation description", HPDF_GetError(doc_.get()), 0);
    }
    if (element <= 0) return;  // not tagging: the annotation stays outside the structure
    structure_.add_annotation(element, page_index(page));
    annotations_.push_back(annotation);
}

void HaruDocument::write_structure_once() {
    if (structure_written_ || structure_.empty()) return;
    structure_written_ = true;
    const HPDF_STATUS st = write_structure(doc_.get(), structure_, pages_, annotations_, metadata_);
    if (st != HPDF_OK) {
        HPDF_ResetError(doc_.get());
        throw HaruError("libharu: writing the structure tree: " + describe(st) + " (" + hex_status(st) + ")",
                        st, 0);
    }
}

HPDF_Font HaruDocument::font(FontFace face) {
    if (auto it = font_handles_.find(face); it != font_handles_.end()) return it->second;
    const std::string& path = fonts_.file_path(face);
    const char* name = HPDF_LoadTTFontFromFile(doc_.get(), path.c_str(), HPDF_TRUE);
    check(("embedding font " + path).c_str());
    HPDF_Font f = HPDF_GetFont(doc_.get(), name, "UTF-8");
    check(("font " + std::string(name ? name : "?")).c_str());
    repair_to_unicode(f);
    font_handles_.emplace(face, f);
    return f;
}

double HaruDocument::advance_per_mille(FontFace face, char32_t codepoint) {
    const auto key = std::make_pair(face, codepoint);
    if (auto it = advances_.find(key); it != advances_.end()) return it->second;
    std::string bytes;
    append_utf8(bytes, codepoint);
    const HPDF_TextWidth w = HPDF_Font_TextWidth(font(face), reinterpret_cast<const HPDF_BYTE*>(bytes.data()),
                                                 static_cast<HPDF_UINT>(bytes.size()));
    check("text width");
    const double v = static_cast<double>(w.width);
    advances_.emplace(key, v);
    return v;
}

HPDF_ExtGState HaruDocument::alpha_state(bool for_fill, double alpha) {
    const int milli = static_cast<int>(std::lround(std::clamp(alpha, 0.0, 1.0) * 1000));
    const auto key = std::make_pair(for_fill, milli);
    if (auto it = alpha_states_.find(key); it != alpha_states_.end()) return it->second;
    HPDF_ExtGState gs = HPDF_CreateExtGState(doc_.get());
    check("graphics state");
    const auto a = static_cast<HPDF_REAL>(milli / 1000.0);
    if (for_fill) {
        HPDF_ExtGState_SetAlphaFill(gs, a);
    } else {
        HPDF_ExtGState_SetAlphaStroke(gs, a);
    }
    check("opacity");
    alpha_states_.emplace(key, gs);
    return gs;
}

void HaruDocument::save(const std::string& path) {
    write_structure_once();
    predeflate_streams(doc_.get(), kDeflateLevel);
    HPDF_SaveToFile(doc_.get(), path.c_str());
    check(("saving " + path).c_str());
}

std::string HaruDocument::save_to_memory() {
    write_structure_once();
    predeflate_streams(doc_.get(), kDeflateLevel);
    HPDF_SaveToStream(doc_.get());
    check("writing the document to memory");
    std::string out(HPDF_GetStreamSize(doc_.get()), '\0');
    std::size_t done = 0;
    while (done < out.size()) {
        HPDF_UINT32 n = static_cast<HPDF_UINT32>(out.size() - done);
        const HPDF_STATUS st = HPDF_ReadFromStream(doc_.get(), reinterpret_cast<HPDF_BYTE*>(&out[done]), &n);
        done += n;
        if (st != HPDF_OK || n == 0) break;
    }
    // Reaching the end of the stream is how libharu ends a complete read, not an error.
    if (error_->error == HPDF_STREAM_EOF) {
        error_->error = 0;
        HPDF_ResetError(doc_.get());
    }
    check("reading the document from memory");
    if (done != out.size()) throw HaruError("libharu: document stream shorter than its size", 0, 0);
    return out;
}

// ---------------------------------------------------------------- HaruCanvas

HaruCanvas::HaruCanvas(HaruDocument& doc, HPDF_Page page)
    : Canvas(doc.fonts()),
      doc_(doc),
      page_(page),
      width_(HPDF_Page_GetWidth(page)),
      height_(HPDF_Page_GetHeight(page)) {
    HPDF_Page_GSave(page_);
    // PDF user space is y-up from the bottom left; the canvas is y-down from the top left.
    HPDF_Page_Concat(page_, 1, 0, 0, -1, 0, static_cast<HPDF_REAL>(height_));
    doc_.check("canvas setup");
    states_.push_back(State{});
    base_depth_ = states_.size();
}

HaruCanvas::~HaruCanvas() {
    // Close whatever a caller left open, then the canvas's own q; never throws.
    try {
        end_mark();
    } catch (const std::exception&) {
        // Nothing to report from a destructor; the structure test finds unclosed content.
    }
    while (states_.size() > base_depth_) {
        HPDF_Page_GRestore(page_);
        states_.pop_back();
    }
    HPDF_Page_GRestore(page_);
    try {
        doc_.check("canvas end");
    } catch (const HaruError&) {
        // A destructor cannot report; the next check of the document would see nothing,
        // since check() cleared the slot. The save of the document still validates the file.
    }
}

void HaruCanvas::do_save() {
    HPDF_Page_GSave(page_);
    doc_.check("save");
    states_.push_back(states_.back());
}

void HaruCanvas::do_restore() {
    if (open_mark_ && open_mark_depth_ >= states_.size()) end_mark();
    HPDF_Page_GRestore(page_);
    doc_.check("restore");
    states_.pop_back();
}

void HaruCanvas::begin_tag(const Tag& tag) { doc_.structure().open(tag); }

void HaruCanvas::end_tag() { doc_.structure().close(); }

void HaruCanvas::write_operator(const std::string& op) {
    auto* attr = static_cast<HPDF_PageAttr>(page_->attr);
    if (attr == nullptr || HPDF_Stream_WriteStr(attr->stream, op.c_str()) != HPDF_OK)
        throw HaruError("libharu: cannot write marked content", HPDF_INVALID_PAGE, 0);
}

void HaruCanvas::end_mark() {
    if (!open_mark_) return;
    open_mark_.reset();
    write_operator("EMC\n");
}

void HaruCanvas::mark() {
    StructureTree& tree = doc_.structure();
    const StructureTree::Mark want = tree.current_mark();
    if (open_mark_ && *open_mark_ == want) return;
    end_mark();
    if (want.kind == StructureTree::Mark::Kind::None) return;
    if (want.kind == StructureTree::Mark::Kind::Artifact) {
        write_operator(want.artifact == ArtifactKind::Pagination ? "/Artifact <</Type /Pagination>> BDC\n"
                                                                 : "/Artifact <</Type /Layout>> BDC\n");
    } else {
        const int mcid = tree.add_content(want.element, doc_.page_index(page_));
        const Role role = tree.elements()[static_cast<std::size_t>(want.element)].tag.role;
        write_operator("/" + std::string(role_name(role)) + " <</MCID " + std::to_string(mcid) + ">> BDC\n");
    }
    open_mark_ = want;
    open_mark_depth_ = states_.size();
}

void HaruCanvas::do_transform(const Affine& m) {
    HPDF_Page_Concat(page_, static_cast<HPDF_REAL>(m.xx), static_cast<HPDF_REAL>(m.yx),
                     static_cast<HPDF_REAL>(m.xy), static_cast<HPDF_REAL>(m.yy), static_cast<HPDF_REAL>(m.x0),
                     static_cast<HPDF_REAL>(m.y0));
    doc_.check("transform");
}

namespace {

// v rounded to `decimals` places in its shortest form ("12.5", "3", "-0.25"; never "-0").
void append_number(std::string& out, double v, int decimals) {
    char buf[64];
    char* end = std::to_chars(buf, buf + sizeof buf, v, std::chars_format::fixed, decimals).ptr;
    if (decimals > 0) {
        while (end[-1] == '0') --end;
        if (end[-1] == '.') --end;
    }
    const std::string_view text(buf, static_cast<std::size_t>(end - buf));
    out.append(text == "-0" ? std::string_view("0") : text);
}

}  // namespace

void HaruCanvas::emit_path(const Path& path, double scale, const char* paint) {
    // 0.01 pt in the units written (scale units per point).
    int decimals = 2;
    for (double u = scale; u >= 10 && decimals > 0; u /= 10) --decimals;
    for (double u = scale; u < 1 && u > 0 && decimals < 6; u *= 10) ++decimals;
    const auto& pts = path.points();
    std::string out;
    out.reserve(pts.size() * 16 + 16);
    auto point = [&](const Point& p) {
        append_number(out, p.x * scale, decimals);
        out += ' ';
        append_number(out, p.y * scale, decimals);
        out += ' ';
    };
    std::size_t i = 0;
    bool have_point = false;
    for (Path::Op op : path.ops()) {
        switch (op) {
            case Path::Op::MoveTo:
                point(pts[i]);
                out += "m\n";
                ++i;
                have_point = true;
                break;
            case Path::Op::LineTo:
                // A path that starts with a line has no current point; PDF needs one, so the
                // line's end becomes the start.
                point(pts[i]);
                out += have_point ? "l\n" : "m\n";
                have_point = true;
                ++i;
                break;
            case Path::Op::CurveTo:
                if (!have_point) {
                    point(pts[i]);
                    out += "m\n";
                    have_point = true;
                }
                point(pts[i]);
                point(pts[i + 1]);
                point(pts[i + 2]);
                out += "c\n";
                i += 3;
                break;
            case Path::Op::Close:
                if (have_point) out += "h\n";
                break;
        }
    }
    out += paint;
    write_operator(out);
}

void HaruCanvas::set_alpha(bool for_fill, double alpha) {
    State& s = states_.back();
    double& current = for_fill ? s.fill_alpha : s.stroke_alpha;
    if (current == alpha) return;
    HPDF_Page_SetExtGState(page_, doc_.alpha_state(for_fill, alpha));
    doc_.check("opacity");
    current = alpha;
}

void HaruCanvas::set_fill(const Color& c) {
    State& s = states_.back();
    const Color opaque{c.r, c.g, c.b, 1};
    if (!(s.fill == opaque)) {
        HPDF_Page_SetRGBFill(page_, static_cast<HPDF_REAL>(std::clamp(c.r, 0.0, 1.0)),
                             static_cast<HPDF_REAL>(std::clamp(c.g, 0.0, 1.0)),
                             static_cast<HPDF_REAL>(std::clamp(c.b, 0.0, 1.0)));
        s.fill = opaque;
    }
    set_alpha(true, std::clamp(c.a, 0.0, 1.0));
}

void HaruCanvas::set_stroke(const StrokeStyle& st, double scale) {
    State& s = states_.back();
    const Color opaque{st.color.r, st.color.g, st.color.b, 1};
    if (!(s.stroke == opaque)) {
        HPDF_Page_SetRGBStroke(page_, static_cast<HPDF_REAL>(std::clamp(st.color.r, 0.0, 1.0)),
                               static_cast<HPDF_REAL>(std::clamp(st.color.g, 0.0, 1.0)),
                               static_cast<HPDF_REAL>(std::clamp(st.color.b, 0.0, 1.0)));
        s.stroke = opaque;
    }
    set_alpha(false, std::clamp(st.color.a, 0.0, 1.0));
    const double width =
        std::min(st.width * scale, static_cast<double>(HPDF_MAX_LINEWIDTH));  // libharu's limit
    if (s.line_width != width) {
        HPDF_Page_SetLineWidth(page_, static_cast<HPDF_REAL>(width));
        s.line_width = width;
    }
    const int join = static_cast<int>(to_haru(st.join));
    if (s.join != join) {
        HPDF_Page_SetLineJoin(page_, to_haru(st.join));
        s.join = join;
    }
    const int cap = static_cast<int>(to_haru(st.cap));
    if (s.cap != cap) {
        HPDF_Page_SetLineCap(page_, to_haru(st.cap));
        s.cap = cap;
    }
    if (!st.dashes.empty()) {
        // PDF allows an odd-length pattern (it repeats); libharu wants pairs, so repeat it.
        std::vector<double> pattern = st.dashes;
        if (pattern.size() % 2 == 1 && pattern.size() > 1)
            pattern.insert(pattern.end(), st.dashes.begin(), st.dashes.end());
        if (pattern.size() > 8) pattern.resize(8);
        std::vector<HPDF_UINT16> ints;
        for (double d : pattern) {
            ints.push_back(static_cast<HPDF_UINT16>(
                std::clamp(std::lround(d * scale), 1L, long{HPDF_MAX_DASH_PATTERN})));
        }
        HPDF_Page_SetDash(page_, ints.data(), static_cast<HPDF_UINT>(ints.size()), 0);
        s.dashed = true;
    } else if (s.dashed) {
        HPDF_Page_SetDash(page_, nullptr, 0, 0);
        s.dashed = false;
    }
    doc_.check("stroke style");
}

void HaruCanvas::do_clip(const Path& path, FillRule rule) {
    // Clipping to nothing: an empty rectangle hides everything after it.
    if (path.empty()) {
        write_operator("0 0 0 0 re W n\n");
        return;
    }
    emit_path(path, 1, rule == FillRule::EvenOdd ? "W* n\n" : "W n\n");
}

void HaruCanvas::do_fill(const Path& path, const FillStyle& style) {
    mark();
    set_fill(style.color);
    emit_path(path, 1, style.rule == FillRule::EvenOdd ? "f*\n" : "f\n");
}

void HaruCanvas::stroke_scaled(const Path& path, const StrokeStyle& style, const FillStyle* fill_style) {
    mark();
    const bool dashed = !style.dashes.empty();
    const double k = dashed ? dash_scale(style) : 1.0;
    if (dashed) {
        do_save();
        do_transform({1 / k, 0, 0, 1 / k, 0, 0});
    }
    if (fill_style) set_fill(fill_style->color);
    set_stroke(style, k);
    emit_path(path, k, !fill_style ? "S\n" : fill_style->rule == FillRule::EvenOdd ? "B*\n" : "B\n");
    if (dashed) do_restore();
}

void HaruCanvas::do_stroke(const Path& path, const StrokeStyle& style) {
    stroke_scaled(path, style, nullptr);
}

void HaruCanvas::do_fill_and_stroke(const Path& path, const FillStyle& fill_style,
                                    const StrokeStyle& stroke_style) {
    stroke_scaled(path, stroke_style, &fill_style);
}

void HaruCanvas::do_text(Point origin, std::string_view utf8, const TextStyle& style) {
    const double size = std::min(style.size, static_cast<double>(HPDF_MAX_FONTSIZE));
    const std::vector<PositionedGlyph> glyphs = fonts().shape(utf8, style.face, size);
    const double x = origin.x;
    const double y = origin.y;  // the baseline, canvas y down

    HPDF_Font font = doc_.font(style.face);
    mark();
    set_fill(style.color);
    HPDF_Page_BeginText(page_);
    HPDF_Page_SetFontAndSize(page_, font, static_cast<HPDF_REAL>(size));
    // The text matrix flips y back, so glyphs stand upright in the y-down canvas space.
    auto show = [&](const std::string& run, double run_x) {
        if (run.empty()) return;
        HPDF_Page_SetTextMatrix(page_, 1, 0, 0, -1, static_cast<HPDF_REAL>(x + run_x),
                                static_cast<HPDF_REAL>(y));
        HPDF_Page_ShowText(page_, run.c_str());
    };

    if (glyphs.empty()) {
        show(std::string(utf8), 0);
    } else {
        // libharu can only show a string with the font's own advances; where the shaped
        // run (kerning) puts a glyph elsewhere, a new segment starts at the shaped x, so
        // the PDF places every glyph where the PNG does.
        // libharu's widths are whole 1/1000 em (truncated), so a long run drifts slowly from
        // the shaped one; 1% of an em keeps runs long and still catches every kerning pair.
        const double tolerance = size * 0.01;
        std::string run;
        double run_x = glyphs.front().x;
        double expected = run_x;
        for (const PositionedGlyph& g : glyphs) {
            if (!run.empty() && std::abs(g.x - expected) > tolerance) {
                show(run, run_x);
                run.clear();
                run_x = g.x;
                expected = g.x;
            }
            append_utf8(run, g.codepoint);
            expected += doc_.advance_per_mille(style.face, g.codepoint) * size / 1000.0;
        }
        show(run, run_x);
    }
    HPDF_Page_EndText(page_);
    doc_.check("text");
}

}  // namespace dspt::draw
