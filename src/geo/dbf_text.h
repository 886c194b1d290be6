#pragma once
// Text in .dbf files is raw bytes in whatever code page the producer used; the .cpg
// sidecar (or the header's language driver id) says which. ONS writes UTF-8; older
// ESRI tools write Windows-1252 ("ANSI 1252"). Everything inside the tool is UTF-8.
#include <string>
#include <string_view>

namespace dspt::geo {

enum class DbfEncoding { Utf8, Windows1252, Latin1, Unknown };

// From shapelib's DBFGetCodePage(): the .cpg text ("UTF-8", "1252", "ANSI 1252",
// "ISO-8859-1", ...) or "LDID/<n>" from the header. Empty/LDID/0 -> Unknown.
// `recognised` is false when a code page was named but is not one we decode.
DbfEncoding dbf_encoding_from_codepage(std::string_view codepage, bool& recognised);

bool is_valid_utf8(std::string_view s);
std::string windows1252_to_utf8(std::string_view s);
std::string latin1_to_utf8(std::string_view s);

// Decodes one value. Unknown: UTF-8 if the bytes are valid UTF-8, else Windows-1252.
// `bad_utf8` is set when the encoding says UTF-8 but the bytes are not (decoded as 1252).
std::string dbf_text_to_utf8(std::string_view raw, DbfEncoding encoding, bool& bad_utf8);

// Trims the blanks dBASE pads fields with (and stray NULs/tabs).
std::string_view trim_dbf(std::string_view s);

}  // namespace dspt::geo
