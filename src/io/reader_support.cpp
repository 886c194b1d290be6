#include "io/reader_support.h"

#include "io/input_error.h"

namespace dspt::io::detail {

std::string_view trim(std::string_view s) {
    for (;;) {
        if (!s.empty() && (s.front() == ' ' || s.front() == '\t' || s.front() == '\r' || s.front() == '\n')) {
            s.remove_prefix(1);
        } else if (s.size() >= 2 && s[0] == '\xC2' && s[1] == '\xA0') {
            s.remove_prefix(2);
        } else {
            break;
        }
    }
    for (;;) {
        if (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r' || s.back() == '\n')) {
            s.remove_suffix(1);
        } else if (s.size() >= 2 && s[s.size() - 2] == '\xC2' && s.back() == '\xA0') {
            s.remove_suffix(2);
        } else {
            break;
        }
    }
    return s;
}

std::string header_key(std::string_view name) {
    std::string key;
    for (char c : trim(name)) {
        if (c >= 'A' && c <= 'Z') {
            key += static_cast<char>(c - 'A' + 'a');
        } else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            key += c;
        }
    }
    return key;
}

std::string excerpt(std::string_view text, std::size_t max) {
    if (text.size() <= max) return std::string(text);
    std::size_t cut = max;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;  // whole characters
    return std::string(text.substr(0, cut)) + "...";
}

std::string join_header(const std::vector<std::string>& names) {
    // Capped: a wrong file (or wrong encoding) can make the "header" one huge field.
    constexpr std::size_t kMaxName = 60, kMaxTotal = 400;
    std::string out;
    for (const auto& n : names) {
        if (out.size() > kMaxTotal) {
            out += ", ...";
            break;
        }
        if (!out.empty()) out += ", ";
        if (n.empty()) {
            out += "(blank)";
        } else {
            out += excerpt(n, kMaxName);
        }
    }
    return out;
}

void report_encoding(const CsvReader& reader, Warnings& warnings) {
    const auto& decoder = reader.decoder();
    if (decoder.fallback_bytes() == 0) return;
    warnings.add("mixed-encoding",
                 Where{reader.path(), decoder.first_fallback_line(), decoder.first_fallback_column()},
                 std::to_string(decoder.fallback_bytes()) +
                     " byte(s) of this UTF-8 file are not valid UTF-8 and were read as Windows-1252");
}

}  // namespace dspt::io::detail
