#include "io/text_encoding.h"

#include <boost/test/unit_test.hpp>

#include "io/input_error.h"

using namespace dspt::io;

BOOST_AUTO_TEST_SUITE(text_encoding)

BOOST_AUTO_TEST_CASE(utf8_with_and_without_bom) {
    TextEncoding enc{};
    BOOST_TEST(decode_to_utf8("\xEF\xBB\xBF"
                              "a,b\n",
                              "f", &enc) == "a,b\n");
    BOOST_TEST((enc == TextEncoding::Utf8Bom));
    BOOST_TEST(decode_to_utf8("caf\xC3\xA9", "f", &enc) == "caf\xC3\xA9");
    BOOST_TEST((enc == TextEncoding::Utf8));
    BOOST_TEST(decode_to_utf8("plain", "f", &enc) == "plain");
    BOOST_TEST((enc == TextEncoding::Ascii));
}

BOOST_AUTO_TEST_CASE(windows_1252_is_decoded_not_mangled) {
    TextEncoding enc{};
    // St John’s – €5 “quoted” café: 0x92, 0x96, 0x80, 0x93/0x94, 0xE9.
    const std::string out = decode_to_utf8(
        "St John\x92s \x96 \x80"
        "5 \x93q\x94 caf\xE9",
        "f", &enc);
    BOOST_TEST(out == "St John\u2019s \u2013 \u20AC5 \u201Cq\u201D caf\u00E9");
    BOOST_TEST((enc == TextEncoding::Windows1252));
    BOOST_TEST(decode_to_utf8("\x8A\x9F\xA0\xFF", "f") == "\u0160\u0178\u00A0\u00FF");
}

BOOST_AUTO_TEST_CASE(stray_cp1252_byte_in_utf8_file) {
    TextDecoder d("f.csv");
    std::string out;
    d.decode("caf\xC3\xA9\nit\x92s", true, out);
    BOOST_TEST(out == "caf\u00E9\nit\u2019s");
    BOOST_TEST(d.fallback_bytes() == 1u);
    BOOST_TEST(d.first_fallback_line() == 2u);
    BOOST_TEST(d.first_fallback_column() == 3u);
}

BOOST_AUTO_TEST_CASE(utf16_with_bom) {
    // "a,€\n𝄞" in UTF-16LE and UTF-16BE (the clef is a surrogate pair).
    const std::string le(
        "\xFF\xFE"
        "a\0,\0\xAC\x20\n\0\x34\xD8\x1E\xDD",
        14);
    const std::string be(
        "\xFE\xFF"
        "\0a\0,\x20\xAC\0\n\xD8\x34\xDD\x1E",
        14);
    TextEncoding enc{};
    BOOST_TEST(decode_to_utf8(le, "f", &enc) == "a,\u20AC\n\U0001D11E");
    BOOST_TEST((enc == TextEncoding::Utf16Le));
    BOOST_TEST(decode_to_utf8(be, "f", &enc) == "a,\u20AC\n\U0001D11E");
    BOOST_TEST((enc == TextEncoding::Utf16Be));
    BOOST_CHECK_THROW(decode_to_utf8(std::string("\xFF\xFE"
                                                 "a\0\x34\xD8",
                                                 6),
                                     "f"),
                      InputError);
}

BOOST_AUTO_TEST_CASE(chunk_boundaries_inside_characters) {
    // Every split point of a mixed text must give the same result as one chunk.
    const std::string utf8 =
        "\xEF\xBB\xBF"
        "x\xE2\x82\xAC y\xF0\x9D\x84\x9E z\xC3\xA9";
    const std::string utf16(
        "\xFF\xFE"
        "a\0\x34\xD8\x1E\xDD"
        "b\0",
        10);
    for (const std::string& text : {utf8, utf16}) {
        const std::string whole = decode_to_utf8(text, "f");
        for (std::size_t cut = 0; cut <= text.size(); ++cut) {
            TextDecoder d("f");
            std::string out;
            d.decode(std::string_view(text).substr(0, cut), false, out);
            d.decode(std::string_view(text).substr(cut), true, out);
            BOOST_TEST(out == whole, "cut at " << cut);
        }
    }
}

BOOST_AUTO_TEST_CASE(binary_is_an_error_with_position) {
    try {
        decode_to_utf8(std::string("a,b\nc,\xFF\x00\x01", 9), "data.bin");
        BOOST_FAIL("no error");
    } catch (const InputError& e) {
        BOOST_TEST(e.line() == 2u);
        BOOST_TEST(e.column() == 4u);  // after "c,ÿ"
        BOOST_TEST(std::string(e.what()).find("data.bin:2:4:") == 0);
        BOOST_TEST(std::string(e.what()).find("binary file?") != std::string::npos);
    }
    // Undefined in Windows-1252 and not UTF-8 either.
    BOOST_CHECK_THROW(decode_to_utf8("ab\x81", "f"), InputError);
}

BOOST_AUTO_TEST_SUITE_END()
