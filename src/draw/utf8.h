#pragma once
// UTF-8 to code points for text shaping. Bad input never throws: each byte that does not
// start a well-formed sequence (truncated, overlong, surrogate, > U+10FFFF) becomes one
// U+FFFD, so a stray Latin-1 byte in a CSV shows as a replacement mark, not a crash.
#include <string>
#include <string_view>
#include <vector>

namespace dspt::draw {

inline constexpr char32_t kReplacementChar = 0xFFFD;

std::u32string decode_utf8(std::string_view utf8);
std::string encode_utf8(std::u32string_view codepoints);

}  // namespace dspt::draw
