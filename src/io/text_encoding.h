#pragma once
// Turns the bytes of an input file into UTF-8, whatever the portal or a spreadsheet
// saved: UTF-8 with or without BOM, Windows-1252 (what Excel writes as "CSV" on
// Windows), UTF-16 LE/BE with BOM. Works on chunks so that a 1 GB file streams.
#include <cstddef>
#include <string>
#include <string_view>

namespace dspt::io {

enum class TextEncoding {
    Ascii,  // nothing but ASCII seen (so far)
    Utf8,   // valid UTF-8 without BOM
    Utf8Bom,
    Windows1252,  // not valid UTF-8: every byte is one cp1252 character
    Utf16Le,
    Utf16Be,
};

// Incremental decoder. Throws InputError (file:line:column of the offending character)
// for bytes that are not text in any supported encoding ("binary file?").
class TextDecoder {
public:
    explicit TextDecoder(std::string file_name);

    // Appends the UTF-8 text of the next chunk to `out`. A character cut off at the end
    // of the chunk is held back until the next call; `last` says no more bytes follow.
    void decode(std::string_view chunk, bool last, std::string& out);

    TextEncoding encoding() const { return encoding_; }
    // Bytes of a UTF-8 file that were not valid UTF-8 and were read as Windows-1252
    // (a file pasted together from two sources). Readers report them as a warning.
    std::size_t fallback_bytes() const { return fallback_bytes_; }
    // Line and column (1-based, in characters) of the first fallback byte, if any.
    std::size_t first_fallback_line() const { return first_fallback_line_; }
    std::size_t first_fallback_column() const { return first_fallback_column_; }

private:
    void decode_bytes(std::string_view in, bool last, std::string& out);
    void decode_utf16(std::string_view in, bool last, std::string& out);
    [[noreturn]] void fail(const std::string& out, std::size_t out_from, const std::string& message) const;
    void advance_position(const std::string& out, std::size_t out_from);
    std::pair<std::size_t, std::size_t> position_at(const std::string& out, std::size_t out_from) const;

    std::string file_name_;
    TextEncoding encoding_ = TextEncoding::Ascii;
    bool started_ = false;
    std::string carry_;  // undecoded bytes held back from the previous chunk
    std::size_t fallback_bytes_ = 0;
    std::size_t first_fallback_line_ = 0;
    std::size_t first_fallback_column_ = 0;
    // Position (1-based line, characters already on that line) at the start of the next chunk's output.
    std::size_t line_ = 1;
    std::size_t column_chars_ = 0;
};

// Whole-buffer convenience: the UTF-8 text of `bytes` (BOM removed).
std::string decode_to_utf8(std::string_view bytes, const std::string& file_name,
                           TextEncoding* detected = nullptr);

}  // namespace dspt::io
