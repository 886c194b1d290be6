#include "draw/haru_to_unicode.h"

#include <hpdf_font.h>
#include <hpdf_objects.h>
#include <hpdf_streams.h>

#include <algorithm>
#include <cstdio>
#include <vector>

namespace dspt::draw {

std::string identity_to_unicode_cmap() {
    // One bfrange per high byte: a range may only vary in its last byte. D8..DF are
    // surrogate halves, never a code on their own. A block holds at most 100 ranges.
    std::vector<unsigned> highs;
    for (unsigned hi = 0; hi < 256; ++hi)
        if (hi < 0xD8 || hi > 0xDF) highs.push_back(hi);

    std::string s =
        "/CIDInit /ProcSet findresource begin\n"
        "12 dict begin\n"
        "begincmap\n"
        "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n"
        "/CMapName /Adobe-Identity-UCS def\n"
        "/CMapType 2 def\n"
        "1 begincodespacerange\n<0000> <FFFF>\nendcodespacerange\n";
    for (std::size_t start = 0; start < highs.size(); start += 100) {
        const std::size_t end = std::min(highs.size(), start + 100);
        s += std::to_string(end - start) + " beginbfrange\n";
        for (std::size_t i = start; i < end; ++i) {
            char line[40];
            std::snprintf(line, sizeof line, "<%02X00> <%02XFF> <%02X00>\n", highs[i], highs[i], highs[i]);
            s += line;
        }
        s += "endbfrange\n";
    }
    s += "endcmap\n"
         "CMapName currentdict /CMap defineresource pop\n"
         "end\n"
         "end\n";
    return s;
}

bool repair_to_unicode(HPDF_Font font) {
    if (font == nullptr || font->attr == nullptr) return false;
    auto* attr = static_cast<HPDF_FontAttr>(font->attr);
    if (attr->type != HPDF_FONT_TYPE0_TT || attr->cmap_stream == nullptr) return false;
    HPDF_Dict cmap = attr->cmap_stream;
    // Only touch the stream when it is the font's ToUnicode, as in libharu 2.3.
    if (HPDF_Dict_GetItem(font, "ToUnicode", HPDF_OCLASS_DICT) != cmap) return false;
    if (cmap->stream == nullptr || cmap->stream->type != HPDF_STREAM_MEMORY) return false;

    HPDF_MemStream_FreeData(cmap->stream);
    const std::string text = identity_to_unicode_cmap();
    if (HPDF_Stream_WriteStr(cmap->stream, text.c_str()) != HPDF_OK) return false;
    // The encoding-CMap entries of the stream dictionary do not belong on a ToUnicode.
    HPDF_Dict_RemoveElement(cmap, "Type");
    HPDF_Dict_RemoveElement(cmap, "CMapName");
    HPDF_Dict_RemoveElement(cmap, "CIDSystemInfo");
    HPDF_Dict_RemoveElement(cmap, "WMode");
    return true;
}

}  // namespace dspt::draw
