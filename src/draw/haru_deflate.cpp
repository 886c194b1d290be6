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

bool compress_stream(HPDF_Dict d, ZlibCompressor& z, std::vector<unsigned char>& raw,
                     std::vector<unsigned char>& packed) {
    HPDF_Stream s = d->stream;
    raw.resize(s->size);
    if (!raw.empty()) {
        if (HPDF_Stream_Seek(s, 0, HPDF_SEEK_SET) != HPDF_OK) return false;
        HPDF_UINT n = static_cast<HPDF_UINT>(raw.size());
        if (HPDF_Stream_Read(s, raw.data(), &n) != HPDF_OK || n != raw.size()) return false;
    }
    packed.clear();
    z.compress(raw.data(), raw.size(), packed);
    HPDF_MemStream_FreeData(s);
    if (HPDF_Stream_Write(s, packed.data(), static_cast<HPDF_UINT>(packed.size())) != HPDF_OK)
        throw std::runtime_error("libharu: cannot hold a compressed stream (out of memory?)");
    d->filter = HPDF_STREAM_FILTER_NONE;
    d->write_fn = write_flate_filter;
    return true;
}

}  // namespace

bool predeflate_streams(HPDF_Doc doc, int level) {
    if (!HPDF_HasDoc(doc) || doc->xref == nullptr || doc->xref->prev != nullptr || doc->encrypt_on)
        return false;
    const HPDF_List entries = doc->xref->entries;
    // Checks first, so that nothing is changed when the document is not as expected.
    for (HPDF_UINT i = 0; i < entries->count; ++i) {
        auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i));
        HPDF_Dict d = entry ? as_dict(entry->obj) : nullptr;
        // libharu closes an open text or path object while saving, by writing to the page's
        // content stream, which would then be compressed already.
        if (d && is_page(d) && static_cast<HPDF_PageAttr>(d->attr)->gmode != HPDF_GMODE_PAGE_DESCRIPTION)
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
    // glyphs used; run now, the file joins the streams compressed below. Run again while
    // saving, the hook finds the file made and only hands the font's filter to its
    // CIDToGIDMap and ToUnicode streams, so that filter becomes NONE.
    for (HPDF_Font font : fonts) {
        if (font->before_write_fn(font) != HPDF_OK) return false;
        font->filter = HPDF_STREAM_FILTER_NONE;
    }
    ZlibCompressor z(level);
    std::vector<unsigned char> raw, packed;
    for (HPDF_UINT i = 0; i < entries->count; ++i) {
        auto* entry = static_cast<HPDF_XrefEntry>(HPDF_List_ItemAt(entries, i));
        HPDF_Dict d = entry ? as_dict(entry->obj) : nullptr;
        if (d && ours_to_compress(d) && !compress_stream(d, z, raw, packed)) return false;
    }
    return true;
}

}  // namespace dspt::draw
