#include "geo/dbf_text.h"

#include <cctype>
#include <cstdint>

namespace dspt::geo {

namespace {

std::string normalise(std::string_view s) {
    std::string out;
    for (char c : s) {
        const auto u = static_cast<unsigned char>(c);
        if (std::isalnum(u) || c == '/') out += static_cast<char>(std::toupper(u));
    }
    return out;
}

void append_utf8(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Windows-1252 0x80..0x9F; the five undefined bytes map to U+FFFD.
constexpr std::uint16_t kCp1252High[32] = {0x20AC, 0xFFFD, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021,
                                           0x02C6, 0x2030, 0x0160, 0x2039, 0x0152, 0xFFFD, 0x017D, 0xFFFD,
                                           0xFFFD, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014,
                                           0x02DC, 0x2122, 0x0161, 0x203A, 0x0153, 0xFFFD, 0x017E, 0x0178};

}  // namespace

DbfEncoding dbf_encoding_from_codepage(std::string_view codepage, bool& recognised) {
    recognised = true;
    const std::string cp = normalise(codepage);
    if (cp.empty() || cp == "LDID/0") return DbfEncoding::Unknown;
    if (cp == "UTF8" || cp == "65001" || cp == "UTF8BOM") return DbfEncoding::Utf8;
    // LDID 3 = Windows ANSI, 87 (0x57) = ANSI 1252.
    if (cp == "1252" || cp == "ANSI1252" || cp == "CP1252" || cp == "WINDOWS1252" || cp == "ANSI" ||
        cp == "LDID/3" || cp == "LDID/87")
        return DbfEncoding::Windows1252;
    if (cp == "ISO88591" || cp == "88591" || cp == "LATIN1" || cp == "28591") return DbfEncoding::Latin1;
    recognised = false;
    return DbfEncoding::Unknown;
}

bool is_valid_utf8(std::string_view s) {
    std::size_t i = 0;
    while (i < s.size()) {
        const auto c = static_cast<unsigned char>(s[i]);
        std::size_t len;
        std::uint32_t cp;
        if (c < 0x80) {
            ++i;
            continue;
        } else if ((c & 0xE0) == 0xC0) {
            len = 2;
            cp = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            len = 3;
            cp = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            len = 4;
            cp = c & 0x07;
        } else {
            return false;
        }
        if (i + len > s.size()) return false;
        for (std::size_t k = 1; k < len; ++k) {
            const auto d = static_cast<unsigned char>(s[i + k]);
            if ((d & 0xC0) != 0x80) return false;
            cp = (cp << 6) | (d & 0x3F);
        }
        // Overlong forms, surrogates and out-of-range code points are not UTF-8.
        if ((len == 2 && cp < 0x80) || (len == 3 && cp < 0x800) || (len == 4 && cp < 0x10000) ||
            cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += len;
    }
    return true;
}

std::string windows1252_to_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) {
        const auto c = static_cast<unsigned char>(ch);
        if (c >= 0x80 && c < 0xA0)
            append_utf8(out, kCp1252High[c - 0x80]);
        else
            append_utf8(out, c);
    }
    return out;
}

std::string latin1_to_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (char ch : s) append_utf8(out, static_cast<unsigned char>(ch));
    return out;
}

std::string dbf_text_to_utf8(std::string_view raw, DbfEncoding encoding, bool& bad_utf8) {
    bad_utf8 = false;
    switch (encoding) {
        case DbfEncoding::Windows1252:
            return windows1252_to_utf8(raw);
        case DbfEncoding::Latin1:
            return latin1_to_utf8(raw);
        case DbfEncoding::Utf8:
            if (is_valid_utf8(raw)) return std::string(raw);
            bad_utf8 = true;
            return windows1252_to_utf8(raw);
        case DbfEncoding::Unknown:
            break;
    }
    return is_valid_utf8(raw) ? std::string(raw) : windows1252_to_utf8(raw);
}

std::string_view trim_dbf(std::string_view s) {
    auto blank = [](char c) { return c == ' ' || c == '\t' || c == '\0' || c == '\r' || c == '\n'; };
    while (!s.empty() && blank(s.front())) s.remove_prefix(1);
    while (!s.empty() && blank(s.back())) s.remove_suffix(1);
    return s;
}

}  // namespace dspt::geo
