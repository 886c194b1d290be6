#include "io/text_encoding.h"

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstdio>
#include <cstring>

#include "io/byte_scan.h"
#include "io/input_error.h"

namespace dspt::io {
namespace {

// 1 for bytes that pass through unchanged: printable ASCII and the whitespace controls.
constexpr std::array<std::uint8_t, 256> make_plain_table() {
    std::array<std::uint8_t, 256> t{};
    for (int b = 0x20; b < 0x80; ++b) t[static_cast<std::size_t>(b)] = 1;
    for (int b : {0x09, 0x0A, 0x0B, 0x0C, 0x0D}) t[static_cast<std::size_t>(b)] = 1;
    return t;
}
constexpr auto kPlain = make_plain_table();

// Windows-1252 0x80..0x9F; 0 marks the five bytes the code page leaves undefined.
constexpr std::array<char32_t, 32> kCp1252High{
    0x20AC, 0,      0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160,
    0x2039, 0x0152, 0,      0x017D, 0,      0,      0x2018, 0x2019, 0x201C, 0x201D, 0x2022,
    0x2013, 0x2014, 0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0,      0x017E, 0x0178};

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

// Windows-1252 code point of a byte >= 0x80, 0 if undefined.
char32_t cp1252(std::uint8_t b) { return b >= 0xA0 ? char32_t{b} : kCp1252High[b - 0x80u]; }

// Length of the UTF-8 sequence at in[i]: > 0 valid, 0 cut off by the end of `in`, -1 invalid.
// Rejects overlong forms, surrogates and code points above U+10FFFF.
int utf8_length(std::string_view in, std::size_t i) {
    const auto b0 = static_cast<std::uint8_t>(in[i]);
    int len;
    std::uint8_t lo = 0x80, hi = 0xBF;  // allowed range of the second byte
    if (b0 >= 0xC2 && b0 <= 0xDF) {
        len = 2;
    } else if (b0 >= 0xE0 && b0 <= 0xEF) {
        len = 3;
        if (b0 == 0xE0) lo = 0xA0;
        if (b0 == 0xED) hi = 0x9F;
    } else if (b0 >= 0xF0 && b0 <= 0xF4) {
        len = 4;
        if (b0 == 0xF0) lo = 0x90;
        if (b0 == 0xF4) hi = 0x8F;
    } else {
        return -1;
    }
    for (int k = 1; k < len; ++k) {
        if (i + static_cast<std::size_t>(k) >= in.size()) return 0;
        const auto b = static_cast<std::uint8_t>(in[i + static_cast<std::size_t>(k)]);
        if (k == 1 ? (b < lo || b > hi) : (b < 0x80 || b > 0xBF)) return -1;
    }
    return len;
}

std::string hex_byte(unsigned b) {
    char buf[8];
    std::snprintf(buf, sizeof buf, "0x%02X", b & 0xFFu);
    return buf;
}

bool is_continuation(char c) { return (static_cast<std::uint8_t>(c) & 0xC0) == 0x80; }

}  // namespace

TextDecoder::TextDecoder(std::string file_name) : file_name_(std::move(file_name)) {}

void TextDecoder::decode(std::string_view chunk, bool last, std::string& out) {
    std::string joined;
    std::string_view in = chunk;
    if (!carry_.empty()) {
        joined.reserve(carry_.size() + chunk.size());
        joined.append(carry_).append(chunk);
        carry_.clear();
        in = joined;
    }
    if (!started_) {
        // Wait for enough bytes to recognise a byte order mark.
        if (in.size() < 3 && !last) {
            carry_.assign(in);
            return;
        }
        started_ = true;
        if (in.substr(0, 3) == "\xEF\xBB\xBF") {
            encoding_ = TextEncoding::Utf8Bom;
            in.remove_prefix(3);
        } else if (in.substr(0, 2) == "\xFF\xFE") {
            encoding_ = TextEncoding::Utf16Le;
            in.remove_prefix(2);
        } else if (in.substr(0, 2) == "\xFE\xFF") {
            encoding_ = TextEncoding::Utf16Be;
            in.remove_prefix(2);
        }
    }
    const std::size_t out_from = out.size();
    if (encoding_ == TextEncoding::Utf16Le || encoding_ == TextEncoding::Utf16Be) {
        decode_utf16(in, last, out);
    } else {
        decode_bytes(in, last, out);
    }
    advance_position(out, out_from);
}

void TextDecoder::decode_bytes(std::string_view in, bool last, std::string& out) {
    const std::size_t out_from = out.size();
    const std::size_t n = in.size();
    std::size_t i = 0;
    while (i < n) {
        std::size_t j = i;
        for (;;) {
            while (n - j >= 8 && detail::plain_printable8(in.data() + j)) j += 8;
            // A line break or a non-ASCII byte is in the next 8: look at them one by one.
            const std::size_t stop = std::min(n, j + 8);
            while (j < stop && kPlain[static_cast<std::uint8_t>(in[j])]) ++j;
            if (j < stop || j == n) break;
        }
        out.append(in.data() + i, j - i);
        i = j;
        if (i == n) break;
        const auto b = static_cast<std::uint8_t>(in[i]);
        if (b < 0x80) {
            fail(out, out_from,
                 "control byte " + hex_byte(b) + (b == 0 ? " (NUL)" : "") +
                     " is not text (binary file? UTF-16 needs a byte order mark)");
        }
        if (encoding_ != TextEncoding::Windows1252) {
            const int len = utf8_length(in, i);
            if (len == 0 && !last) {
                carry_.assign(in.substr(i));
                return;
            }
            if (len > 0) {
                if (encoding_ == TextEncoding::Ascii) encoding_ = TextEncoding::Utf8;
                out.append(in.data() + i, static_cast<std::size_t>(len));
                i += static_cast<std::size_t>(len);
                continue;
            }
            if (encoding_ == TextEncoding::Ascii) {
                // Everything before was ASCII, which reads the same in Windows-1252.
                encoding_ = TextEncoding::Windows1252;
            } else if (fallback_bytes_++ == 0) {
                const auto [line, column] = position_at(out, out_from);
                first_fallback_line_ = line;
                first_fallback_column_ = column;
            }
        }
        const char32_t cp = cp1252(b);
        if (cp == 0) {
            fail(out, out_from,
                 "byte " + hex_byte(b) + " is neither UTF-8 nor Windows-1252 text (binary file?)");
        }
        append_utf8(out, cp);
        ++i;
    }
}

void TextDecoder::decode_utf16(std::string_view in, bool last, std::string& out) {
    const std::size_t out_from = out.size();
    const bool le = encoding_ == TextEncoding::Utf16Le;
    const auto unit = [&](std::size_t i) -> char32_t {
        const auto a = static_cast<std::uint8_t>(in[i]);
        const auto b = static_cast<std::uint8_t>(in[i + 1]);
        return le ? char32_t(a | (b << 8)) : char32_t((a << 8) | b);
    };
    const std::size_t n = in.size();
    std::size_t i = 0;
    while (i + 1 < n) {
        char32_t cp = unit(i);
        if (cp >= 0xD800 && cp <= 0xDBFF) {
            if (i + 3 >= n) {
                if (!last) break;
                fail(out, out_from, "UTF-16 text ends inside a surrogate pair");
            }
            const char32_t low = unit(i + 2);
            if (low < 0xDC00 || low > 0xDFFF) fail(out, out_from, "invalid UTF-16: unpaired high surrogate");
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
            i += 4;
        } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            fail(out, out_from, "invalid UTF-16: unpaired low surrogate");
        } else {
            i += 2;
        }
        if (cp < 0x80 && !kPlain[cp]) {
            fail(out, out_from,
                 "control character " + hex_byte(static_cast<unsigned>(cp)) + " is not text (binary file?)");
        }
        append_utf8(out, cp);
    }
    if (i < n) {
        if (!last) {
            carry_.assign(in.substr(i));
        } else {
            fail(out, out_from, "UTF-16 text has an odd number of bytes");
        }
    }
}

std::pair<std::size_t, std::size_t> TextDecoder::position_at(const std::string& out,
                                                             std::size_t out_from) const {
    const char* begin = out.data() + out_from;
    const char* end = out.data() + out.size();
    const std::size_t newlines = detail::count_newlines(begin, end);
    const char* line_begin = begin;
    if (newlines > 0) {
        line_begin =
            static_cast<const char*>(memrchr(begin, '\n', static_cast<std::size_t>(end - begin))) + 1;
    }
    const auto chars =
        static_cast<std::size_t>(std::count_if(line_begin, end, [](char c) { return !is_continuation(c); }));
    return newlines == 0 ? std::pair{line_, column_chars_ + chars + 1}
                         : std::pair{line_ + newlines, chars + 1};
}

void TextDecoder::advance_position(const std::string& out, std::size_t out_from) {
    const auto [line, column] = position_at(out, out_from);
    line_ = line;
    column_chars_ = column - 1;
}

void TextDecoder::fail(const std::string& out, std::size_t out_from, const std::string& message) const {
    const auto [line, column] = position_at(out, out_from);
    throw InputError(file_name_, line, column, message);
}

std::string decode_to_utf8(std::string_view bytes, const std::string& file_name, TextEncoding* detected) {
    TextDecoder decoder(file_name);
    std::string out;
    out.reserve(bytes.size());
    decoder.decode(bytes, true, out);
    if (detected) *detected = decoder.encoding();
    return out;
}

}  // namespace dspt::io
