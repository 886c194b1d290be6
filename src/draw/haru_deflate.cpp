#include "draw/haru_deflate.h"

#include <hpdf_consts.h>
#include <hpdf_doc.h>
#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <stdexcept>
#include <vector>

#include "draw/deflate.h"

namespace dspt::draw {
namespace {

constexpr HPDF_UINT16 kSubclassMask = 0xFF00;

HPDF_Dict as_dict(void* obj) {
    if (obj == nullptr) return nullptr;
    const auto* header = static_cast<HPDF_Obj_Header*>(obj);
    return (header->obj_class & HPDF_OCLASS_ANY) == HPDF_OCLASS_DICT ? static_cast<HPDF_Dict>(obj) : nullptr;
}

bool is_page(HPDF_Dict d) { return (d->header.obj_class & kSubclassMask) == HPDF_OSUBCLASS_PAGE; }

// Runs inside HPDF_Dict_Write, after the dictionary's own entries: a stream whose filter is
// NONE loses any /Filter entry there, so the name is written here instead.
HPDF_STATUS write_flate_filter(HPDF_Dict, HPDF_Stream stream) {
    return HPDF_Stream_WriteStr(stream, "/Filter /FlateDecode\012");
}

bool ours_to_compress(HPDF_Dict d) {
    return d->stream != nullptr && d->filter == HPDF_STREAM_FILTER_FLATE_DECODE &&
           d->filterParams == nullptr && d->write_fn == nullptr && d->stream->type == HPDF_STREAM_MEMORY;
}

// The stream's bytes as they are now; false when libharu cannot read them back.
bool read_stream(HPDF_Stream s, std::vector<unsigned char>& raw) {
    raw.resize(s->size);
    if (raw.empty()) return true;
    if (HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET) != HPDF_OK) return false;
    HPDF_UINT n = static_cast<HPDF_UINT>(raw.size());
    return HPDF_Stream_Read(s, raw.data(), &n) == HPDF_OK && n == raw.size();
}

}  // namespace

bool predeflate_streams(HPDF_Doc doc, int level) {
    if (!HPDF_HasDoc(doc) || doc->xref == nullptr || doc->xref->prev != nullptr || doc->encrypt_on)
        return false;
    const HPDF_List entries = doc->xref->entries;
    for (HPDF_UINT i = 0; i < entries->count; ++i) {
        auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i));
        HPDF_Dict d = entry ? as_dict(entry->obj) : nullptr;
        if (!d || !is_page(d)) continue;
        // While saving, libharu closes an open text or path object and restores any graphics
        // state left saved, by writing to the page's content stream, which would then be
        // compressed already.
        const auto* page = static_cast<HPDF_PageAttr>(d->attr);
        if (page == nullptr || page->gmode != HPDF_GMODE_PAGE_DESCRIPTION ||
            (page->gstate != nullptr && page->gstate->prev != nullptr))
            return false;
    }
    std::vector<HPDF_Font> fonts;
    for (HPDF_UINT i = 0; doc->font_mgr && i < doc->font_mgr->count; ++i) {
        auto font = static_cast<HPDF_Font>(HPDF_List_ItemAt(doc->font_mgr, i));
        const auto* attr = font ? static_cast<HPDF_FontAttr>(font->attr) : nullptr;
        if (attr == nullptr || attr->type != HPDF_FONT_TYPE0_TT || font->before_write_fn == nullptr)
            return false;
        fonts.push_back(font);
    }
    // A TrueType font creates its embedded font file in its before-write hook, from the
    // glyphs used; run now (as saving would), the file joins the streams compressed below.
    for (HPDF_Font font : fonts)
        if (font->before_write_fn(font) != HPDF_OK) return false;
    // Every stream read and compressed before any is changed, so that a false return leaves
    // the document as libharu would save it.
    struct Packed {
        HPDF_Dict dict;
        std::vector<unsigned char> bytes;
    };
    std::vector<Packed> packed;
    ZlibCompressor z(level);
    std::vector<unsigned char> raw;
    for (HPDF_UINT i = 0; i < entries->count; ++i) {
        auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i));
        HPDF_Dict d = entry ? as_dict(entry->obj) : nullptr;
        if (!d || !ours_to_compress(d)) continue;
        if (!read_stream(d->stream, raw)) return false;
        packed.push_back({d, {}});
        z.compress(raw.data(), raw.size(), packed.back().bytes);
    }
    // Run again while saving, a font's hook finds its file made and only hands the font's
    // filter to its CIDToGIDMap and ToUnicode streams: NONE now, as they are compressed here.
    for (HPDF_Font font : fonts) font->filter = HPDF_STREAM_FILTER_NONE;
    for (auto& [d, bytes] : packed) {
        HPDF_MemStream_FreeData(d->stream);
        if (HPDF_Stream_Write(d->stream, bytes.data(), static_cast<HPDF_UINT>(bytes.size())) != HPDF_OK)
            throw std::runtime_error("libharu: cannot hold a compressed stream (out of memory?)");
        d->filter = HPDF_STREAM_FILTER_NONE;
        d->write_fn = write_flate_filter;
    }
    return true;
}

}  // namespace dspt::draw
