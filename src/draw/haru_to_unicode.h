#pragma once
// libharu 2.3 (Debian 12) gives a UTF-8 TrueType font a /ToUnicode stream that is really
// its encoding CMap ("begincidrange"), which is not valid in a ToUnicode CMap: Poppler
// warns on every page and stricter readers may extract no text. In that mode the codes in
// the content stream are the UTF-16 code units themselves, so the right ToUnicode is the
// identity; this rewrites the stream's content to say so.
#include <hpdf.h>

#include <string>

namespace dspt::draw {

// The text of an identity ToUnicode CMap for two-byte codes (surrogates excluded).
std::string identity_to_unicode_cmap();

// Rewrites the ToUnicode stream of a font from HPDF_GetFont(doc, name, "UTF-8").
// Returns false, leaving the font as it was, when the font is not laid out as expected
// (another libharu version): the document is still valid, just with the old warning.
bool repair_to_unicode(HPDF_Font font);

}  // namespace dspt::draw
