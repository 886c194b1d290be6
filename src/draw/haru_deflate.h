#pragma once
// libharu 2.3 deflates every stream with zlib's default level while it writes the file:
// with an ICB page's map and two embedded fonts (each with a 128 KB CIDToGIDMap) that was
// most of the time spent saving 43 PDFs. This compresses the streams beforehand with
// libdeflate and hands libharu the compressed bytes to copy as they are, with their
// /Filter /FlateDecode written by the dictionary's write hook. The file is the same PDF with
// streams compressed differently.
//
// It works through libharu's internal structures (the document's cross-reference entries,
// the fonts' before-write hooks). When anything is not laid out as expected (another
// libharu version, an encrypted document, a page left inside a text or path object or with
// a graphics state still saved, a font other than an embedded TrueType, a stream that
// cannot be read back) it changes nothing that saving would not, and libharu compresses as
// before.
#include <hpdf.h>

namespace dspt::draw {

// Call right before saving, once everything is drawn: it embeds the fonts' glyphs used
// so far. Returns whether the streams were compressed here (false: libharu will compress
// them as usual). Throws std::runtime_error when libharu cannot hold the compressed bytes.
// libdeflate `level` 1..12.
bool predeflate_streams(HPDF_Doc doc, int level);

}  // namespace dspt::draw
