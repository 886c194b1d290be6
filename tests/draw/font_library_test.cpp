#include "draw/font_library.h"

#include <boost/test/unit_test.hpp>
#include <stdexcept>
#include <string>

#include "draw/utf8.h"

using namespace dspt::draw;

namespace {

const FontLibrary& fonts() {
    static const FontLibrary library(std::string(DSPT_SOURCE_DIR) + "/fonts", "LiberationSans-Regular.ttf",
                                     "LiberationSans-Bold.ttf");
    return library;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(font_library)

BOOST_AUTO_TEST_CASE(missing_font_file_is_named) {
    try {
        FontLibrary bad("/nonexistent", "Nope.ttf", "LiberationSans-Bold.ttf");
        BOOST_FAIL("no exception");
    } catch (const std::runtime_error& e) {
        BOOST_TEST(std::string(e.what()).find("/nonexistent/Nope.ttf") != std::string::npos);
    }
}

BOOST_AUTO_TEST_CASE(nhs_width_matches_the_hmtx_advances) {
    // Liberation Sans Regular: 2048 units per em; hmtx advances N = H = 1479, S = 1366
    // (read with a separate FreeType program), and no kerning between these pairs.
    const double expected = (1479 + 1479 + 1366) / 2048.0 * 10;
    const TextMetrics m = fonts().measure("NHS", FontFace::Regular, 10);
    BOOST_TEST(m.width == expected, boost::test_tools::tolerance(1e-12));
    // hhea ascender 1854, descender -434.
    BOOST_TEST(m.ascent == 1854 / 2048.0 * 10, boost::test_tools::tolerance(1e-12));
    BOOST_TEST(m.descent == 434 / 2048.0 * 10, boost::test_tools::tolerance(1e-12));
    // Linear in size: no hinting, so 20 pt is exactly twice 10 pt.
    BOOST_TEST(fonts().measure("NHS", FontFace::Regular, 20).width == 2 * expected,
               boost::test_tools::tolerance(1e-12));
    // Bold t and r are wider than regular ones (Arial-compatible metrics).
    BOOST_TEST(fonts().measure("tr", FontFace::Bold, 10).width >
               fonts().measure("tr", FontFace::Regular, 10).width);
    BOOST_TEST(fonts().measure("", FontFace::Regular, 10).width == 0.0);
}

BOOST_AUTO_TEST_CASE(kerning_tightens_av) {
    const double a = fonts().measure("A", FontFace::Regular, 10).width;
    const double v = fonts().measure("V", FontFace::Regular, 10).width;
    const double av = fonts().measure("AV", FontFace::Regular, 10).width;
    BOOST_TEST(av < a + v);
    BOOST_TEST(av == a + v - 152 / 2048.0 * 10, boost::test_tools::tolerance(1e-12));  // kern pair A,V = -152
    const auto glyphs = fonts().shape("AV", FontFace::Regular, 10);
    BOOST_REQUIRE(glyphs.size() == 2u);
    BOOST_TEST(glyphs[0].x == 0.0);
    BOOST_TEST(glyphs[1].x == a - 152 / 2048.0 * 10, boost::test_tools::tolerance(1e-12));
    BOOST_TEST((glyphs[0].codepoint == U'A'));
    BOOST_TEST(glyphs[0].glyph_index != 0u);
}

BOOST_AUTO_TEST_CASE(invalid_utf8_becomes_replacement_characters) {
    const std::string bad = std::string("a\xFF") + "b\xE2\x82" + "\xC0\xAF" + "\xED\xA0\x80";
    const std::u32string cps = decode_utf8(bad);
    // One U+FFFD per offending byte: FF; E2 82 (truncated); C0 AF (overlong); ED A0 80 (surrogate).
    BOOST_TEST(cps.size() == 10u);
    BOOST_TEST((cps[0] == U'a' && cps[1] == kReplacementChar && cps[2] == U'b'));
    for (std::size_t i = 3; i < cps.size(); ++i) BOOST_TEST((cps[i] == kReplacementChar));
    const auto glyphs = fonts().shape(bad, FontFace::Regular, 10);
    BOOST_TEST(glyphs.size() == 10u);
    BOOST_TEST(fonts().measure(bad, FontFace::Regular, 10).width > 0);
    BOOST_TEST(
        (decode_utf8("\xF0\x9F\x98\x80\xE2\x80\xA6\xC3\xA9") == std::u32string{0x1F600, 0x2026, 0xE9}));
    BOOST_TEST(encode_utf8(decode_utf8("Café … 😀")) == "Café … 😀");
}

BOOST_AUTO_TEST_CASE(control_characters_are_not_drawn) {
    BOOST_TEST(fonts().shape("a\nb\x01", FontFace::Regular, 10).size() == 2u);
    BOOST_TEST(fonts().measure("a\tb", FontFace::Regular, 10).width ==
               fonts().measure("a b", FontFace::Regular, 10).width);
}

BOOST_AUTO_TEST_CASE(ellipsize_fits_and_cuts_at_a_word) {
    const std::string text = "Integrated Care Board for Cheshire and Merseyside";
    const double full = fonts().measure(text, FontFace::Regular, 10).width;
    BOOST_TEST(fonts().ellipsize(text, FontFace::Regular, 10, full) == text);
    const double max = full * 0.6;
    const std::string cut = fonts().ellipsize(text, FontFace::Regular, 10, max);
    BOOST_TEST(cut == "Integrated Care Board for…");
    BOOST_TEST(fonts().measure(cut, FontFace::Regular, 10).width <= max);
    // A longer cut would not have fitted.
    BOOST_TEST(fonts().measure("Integrated Care Board for Cheshire…", FontFace::Regular, 10).width > max);

    // One long word is cut between letters.
    const std::string word = "Supercalifragilistic";
    const double w = fonts().measure(word, FontFace::Bold, 12).width / 2;
    const std::string short_word = fonts().ellipsize(word, FontFace::Bold, 12, w);
    BOOST_TEST(short_word.substr(0, 4) == "Supe");
    BOOST_TEST(short_word.ends_with("…"));
    BOOST_TEST(fonts().measure(short_word, FontFace::Bold, 12).width <= w);
    BOOST_TEST(fonts().ellipsize(word, FontFace::Bold, 12, 0.5).empty());
}

BOOST_AUTO_TEST_CASE(wrap_keeps_every_line_within_the_width) {
    const std::string text =
        "Organisations that have not published a DSPT assessment are shown in grey; "
        "the composite score weighs each status from -3 to 3.";
    for (double max : {60.0, 100.0, 180.0, 400.0}) {
        const auto lines = fonts().wrap(text, FontFace::Regular, 9, max);
        BOOST_REQUIRE(!lines.empty());
        std::string rejoined;
        for (const std::string& line : lines) {
            BOOST_TEST(fonts().measure(line, FontFace::Regular, 9).width <= max);
            BOOST_TEST(!line.empty());
            rejoined += (rejoined.empty() ? "" : " ") + line;
        }
        BOOST_TEST(rejoined == text);  // no word lost, none ellipsized at these widths
    }
    const auto one = fonts().wrap(text, FontFace::Regular, 9, 1e6);
    BOOST_TEST(one.size() == 1u);
    // Greedy: the first line could not take the next word.
    const auto lines = fonts().wrap(text, FontFace::Regular, 9, 100);
    BOOST_TEST(lines.size() > 3u);
    const std::string next_word = lines[1].substr(0, lines[1].find(' '));
    BOOST_TEST(fonts().measure(lines[0] + " " + next_word, FontFace::Regular, 9).width > 100.0);
}

BOOST_AUTO_TEST_CASE(wrap_edge_cases) {
    BOOST_TEST(fonts().wrap("", FontFace::Regular, 10, 100).empty());
    BOOST_TEST(fonts().wrap("   ", FontFace::Regular, 10, 100).empty());
    const auto paragraphs = fonts().wrap("one\n\ntwo", FontFace::Regular, 10, 100);
    BOOST_TEST(paragraphs == (std::vector<std::string>{"one", "", "two"}), boost::test_tools::per_element());
    const auto long_word = fonts().wrap("a Pneumonoultramicroscopic b", FontFace::Regular, 10, 40);
    BOOST_REQUIRE(long_word.size() == 3u);
    BOOST_TEST(long_word[1].ends_with("…"));
    BOOST_TEST(fonts().measure(long_word[1], FontFace::Regular, 10).width <= 40);
}

BOOST_AUTO_TEST_SUITE_END()
