#pragma once
// Word-at-a-time byte search (SWAR) for the hot loops of the CSV reader and the text
// decoder: the ONS Postcode Directory is ~1 GB, and a byte-by-byte loop is the bulk of
// its reading time. Internal to src/io.
#include <bit>
#include <cstdint>
#include <cstring>

namespace dspt::io::detail {

inline constexpr std::uint64_t kOnes = 0x0101010101010101ULL;
inline constexpr std::uint64_t kHighs = 0x8080808080808080ULL;

inline std::uint64_t load64(const char* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

// High bit set in each byte of v that is zero. The lowest flagged byte is always a
// true zero (higher ones may be borrow artefacts), which is all find_any3 needs.
inline std::uint64_t zero_bytes(std::uint64_t v) { return (v - kOnes) & ~v & kHighs; }

// First position in [p, end) holding a, b or c; `end` if none.
inline const char* find_any3(const char* p, const char* end, char a, char b, char c) {
    if constexpr (std::endian::native == std::endian::little) {
        const std::uint64_t ma = kOnes * static_cast<std::uint8_t>(a);
        const std::uint64_t mb = kOnes * static_cast<std::uint8_t>(b);
        const std::uint64_t mc = kOnes * static_cast<std::uint8_t>(c);
        while (end - p >= 8) {
            const std::uint64_t v = load64(p);
            const std::uint64_t m = zero_bytes(v ^ ma) | zero_bytes(v ^ mb) | zero_bytes(v ^ mc);
            if (m) return p + (std::countr_zero(m) >> 3);
            p += 8;
        }
    }
    while (p < end && *p != a && *p != b && *p != c) ++p;
    return p;
}

// True if none of the 8 bytes at p is >= 0x80 or below 0x20 (a control or line break).
inline bool plain_printable8(const char* p) {
    const std::uint64_t v = load64(p);
    return ((v | ((v - kOnes * 0x20) & ~v)) & kHighs) == 0;
}

// Number of '\n' in [p, end).
inline std::size_t count_newlines(const char* p, const char* end) {
    std::size_t n = 0;
    while (p < end) {
        const void* hit = std::memchr(p, '\n', static_cast<std::size_t>(end - p));
        if (!hit) break;
        ++n;
        p = static_cast<const char*>(hit) + 1;
    }
    return n;
}

}  // namespace dspt::io::detail
