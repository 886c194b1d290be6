#include "style/style.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <string>

#include "io/input_error.h"

namespace fs = std::filesystem;
using dspt::draw::Color;
using dspt::io::InputError;
using dspt::style::Style;

namespace {

const std::string kStyles = std::string(DSPT_SOURCE_DIR) + "/styles/";

// A scratch directory of small style files, removed at the end of the test.
struct TempStyles {
    fs::path dir;
    TempStyles() {
        dir = fs::temp_directory_path() /
              ("dspt_style_test_" + std::to_string(std::hash<std::string>{}(
                                        boost::unit_test::framework::current_test_case().full_name())));
        fs::create_directories(dir);
    }
    ~TempStyles() { fs::remove_all(dir); }
    std::string write(const std::string& name, const std::string& text) const {
        std::ofstream(dir / name) << text;
        return (dir / name).string();
    }
};

std::string slurp(const std::string& path) {
    std::ifstream in(path);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

// nhs.toml with `from` replaced by `to` (which must be there once).
std::string nhs_with(const std::string& from, const std::string& to) {
    std::string text = slurp(kStyles + "nhs.toml");
    const auto at = text.find(from);
    BOOST_REQUIRE(at != std::string::npos);
    BOOST_REQUIRE(text.find(from, at + 1) == std::string::npos);
    return text.replace(at, from.size(), to);
}

// 1-based line of the first occurrence of `needle` in `text`.
std::size_t line_of(const std::string& text, const std::string& needle) {
    const auto at = text.find(needle);
    BOOST_REQUIRE(at != std::string::npos);
    return 1 + static_cast<std::size_t>(std::count(text.begin(), text.begin() + static_cast<long>(at), '\n'));
}

bool contains(const std::string& haystack, const std::string& needle) {
    return haystack.find(needle) != std::string::npos;
}

bool close(const Color& c, int r, int g, int b) {
    auto near = [](double v, int x) { return std::abs(v * 255 - x) < 1e-9; };
    return near(c.r, r) && near(c.g, g) && near(c.b, b) && c.a == 1;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(style)

BOOST_AUTO_TEST_CASE(nhs_style_has_identity_and_status_colours) {
    const Style s = Style::load(kStyles + "nhs.toml");
    const auto& t = s.theme();
    BOOST_TEST(close(t.colors.nhs_blue, 0x00, 0x5E, 0xB8));
    BOOST_TEST(close(t.colors.text, 0x21, 0x2B, 0x32));
    BOOST_TEST(close(t.status.standards_not_met, 0xD5, 0x28, 0x1B));
    BOOST_TEST(close(t.status.of(dspt::curate::Status::StandardsExceeded), 0x00, 0x30, 0x87));
    BOOST_TEST(close(t.status_text.of(dspt::curate::Status::StandardsNotMet), 0xFF, 0xFF, 0xFF));
    BOOST_TEST(t.score.colors.size() == 7u);
    BOOST_TEST(t.score.min == -3.0);
    BOOST_TEST(t.score.max == 3.0);
    BOOST_TEST(t.slide.width * t.slide.scale == 1920.0);
    BOOST_TEST(t.slide.height * t.slide.scale == 1080.0);
    BOOST_TEST(t.print.dpi == 300);
    BOOST_TEST(t.page.columns == 12);
    BOOST_TEST(t.text.body == 10.0);
    BOOST_TEST(t.fonts.regular == "LiberationSans-Regular.ttf");
    BOOST_TEST(t.report.language == "en-GB");
    BOOST_TEST(t.report.figure.aspect_trend == 0.9);
}

BOOST_AUTO_TEST_CASE(font_directory_resolves_relative_to_the_style_file) {
    const Style s = Style::load(kStyles + "slides.toml");
    const fs::path dir = s.theme().fonts.directory;
    BOOST_TEST(fs::equivalent(dir, fs::path(DSPT_SOURCE_DIR) / "fonts"));
    BOOST_TEST(fs::is_regular_file(dir / s.theme().fonts.bold));
    BOOST_TEST(fs::equivalent(s.theme().png.slide_style, kStyles + "slides.toml"));
}

BOOST_AUTO_TEST_CASE(slides_extend_nhs_and_override_text_sizes) {
    const Style nhs = Style::load(kStyles + "nhs.toml");
    const Style slides = Style::load(kStyles + "slides.toml");
    BOOST_TEST(slides.theme().text.title == 28.0);
    BOOST_TEST(slides.theme().text.title > nhs.theme().text.title);
    BOOST_TEST(slides.theme().text.body > nhs.theme().text.body);
    BOOST_TEST(slides.theme().chrome.padding == 30.0);
    // Inherited untouched, including keys of a table the slide style partly overrides.
    BOOST_TEST(slides.theme().status.standards_met == nhs.theme().status.standards_met);
    BOOST_TEST(slides.theme().text.line_spacing == nhs.theme().text.line_spacing);
    BOOST_TEST(slides.theme().score.colors == nhs.theme().score.colors);
    BOOST_TEST(slides.theme().chrome.title_gap_em == nhs.theme().chrome.title_gap_em);
    BOOST_TEST(slides.path() == kStyles + "slides.toml");
}

// Issue #12 item 3: a style is checked whole at load, against the theme's schema.
BOOST_AUTO_TEST_CASE(unknown_key_is_an_error_at_load_naming_file_line_and_key) {
    TempStyles t;
    const std::string text = nhs_with("row_min_em = 1.3", "row_min_em = 1.3\n  row_mni_em = 1.3");
    const std::string path = t.write("typo.toml", text);
    try {
        (void)Style::load(path);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == path);
        BOOST_TEST(e.line() == line_of(text, "row_mni_em"));
        BOOST_TEST(e.column() == 3u);
        BOOST_TEST(contains(e.what(), "\"chart.icb.row_mni_em\" is unknown"), e.what());
        BOOST_TEST(contains(e.what(), path + ":" + std::to_string(e.line()) + ":3:"), e.what());
    }
    // A whole table nothing reads, and a key the old style had and nothing reads any more.
    BOOST_CHECK_THROW((void)Style::load(t.write("t.toml", nhs_with("[print]", "[prnt]\nx = 1\n[print]"))),
                      InputError);
    try {
        (void)Style::load(t.write("old.toml", nhs_with("scale = 2\n", "scale = 2\nmargin = 36\n")));
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(contains(e.what(), "\"slide.margin\" is unknown"), e.what());
    }
}

BOOST_AUTO_TEST_CASE(missing_key_is_an_error_at_load_naming_file_line_and_key) {
    TempStyles t;
    const std::string text = nhs_with("row_min_em = 1.3", "");
    const std::string path = t.write("short.toml", text);
    try {
        (void)Style::load(path);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == path);
        BOOST_TEST(e.line() == line_of(text, "[chart.icb]"));  // the table that lacks it
        BOOST_TEST(contains(e.what(), "style key \"chart.icb.row_min_em\" is missing"), e.what());
        BOOST_TEST(contains(e.what(), path + ":" + std::to_string(e.line()) + ": "), e.what());
    }
    // A style without the report's tables fails at load, not in the middle of a render.
    const std::string fonts_only =
        t.write("fonts.toml", "[fonts]\ndirectory = \"f\"\nregular = \"r\"\nbold = \"b\"\n");
    try {
        (void)Style::load(fonts_only);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == fonts_only);
        BOOST_TEST(contains(e.what(), "style key \"colors\" is missing"), e.what());
    }
}

BOOST_AUTO_TEST_CASE(wrong_type_is_an_error_at_load_naming_file_line_column_and_key) {
    TempStyles t;
    const auto expect = [&](const std::string& name, const std::string& text, const std::string& needle,
                            std::size_t column, const std::string& message) {
        const std::string path = t.write(name, text);
        try {
            (void)Style::load(path);
            BOOST_FAIL("no exception: " + name);
        } catch (const InputError& e) {
            BOOST_TEST(e.file() == path);
            BOOST_TEST(e.line() == line_of(text, needle), name);
            BOOST_TEST(e.column() == column, name);
            BOOST_TEST(contains(e.what(), message), e.what());
        }
    };
    expect("string.toml", nhs_with("row_min_em = 1.3", "row_min_em = \"wide\""), "row_min_em", 14,
           "style key \"chart.icb.row_min_em\" must be a number, found a string");
    expect("colour.toml", nhs_with("nhs_blue = \"#005EB8\"", "  nhs_blue = \"#005EBZ\""), "nhs_blue", 14,
           "style key \"colors.nhs_blue\"");
    expect("int.toml", nhs_with("columns = 12 ", "columns = 12.5 "), "columns = 12.5", 11,
           "style key \"page.columns\" must be an integer, found a number");
    expect("flag.toml", nhs_with("center = false\nswatch_outline", "center = 0\nswatch_outline"),
           "center = 0", 10, "style key \"chrome.legend.center\" must be true or false, found an integer");
    expect("list.toml", nhs_with("colors = [\"#B2182B\"", "colors = [1, \"#B2182B\""), "colors = [1", 11,
           "style key \"score.colors\" must be a colour string");
    expect("table.toml",
           nhs_with("[report.trend]\nsentence_columns = 7", "[report.trend.x]\nsentence_columns = 7"),
           "[report.trend.x]", 0, "style key \"report.trend.sentence_columns\" is missing");
}

BOOST_AUTO_TEST_CASE(an_error_in_an_extended_file_names_that_file) {
    TempStyles t;
    const std::string base_text = nhs_with("row_min_em = 1.3", "row_min_em = true");
    const std::string base = t.write("base.toml", base_text);
    const std::string top = t.write("top.toml", "extends = \"base.toml\"\n[text]\ntitle = 28\n");
    try {
        (void)Style::load(top);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == base);
        BOOST_TEST(e.line() == line_of(base_text, "row_min_em"));
    }
    // The extending file's own unknown key names the extending file.
    t.write("good.toml", slurp(kStyles + "nhs.toml"));
    const std::string typo =
        t.write("typo.toml", "extends = \"good.toml\"\n[text]\ntitle = 28\ntitel = 28\n");
    try {
        (void)Style::load(typo);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == typo);
        BOOST_TEST(e.line() == 4u);
        BOOST_TEST(contains(e.what(), "\"text.titel\" is unknown"), e.what());
    }
    // And the extended values are the extending file's where it sets them.
    BOOST_TEST(
        Style::load(t.write("ok.toml", "extends = \"good.toml\"\n[text]\ntitle = 28\n")).theme().text.title ==
        28.0);
}

BOOST_AUTO_TEST_CASE(bad_files_are_input_errors) {
    TempStyles t;
    BOOST_CHECK_THROW(Style::load((t.dir / "absent.toml").string()), InputError);
    const std::string syntax = t.write("syntax.toml", "[a]\nx = = 1\n");
    try {
        (void)Style::load(syntax);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == syntax);
        BOOST_TEST(e.line() == 2u);
    }
    const std::string missing_base = t.write("orphan.toml", "extends = \"nowhere.toml\"\n");
    try {
        (void)Style::load(missing_base);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(std::string(e.what()).find("nowhere.toml") != std::string::npos);
    }
    const std::string a = t.write("cycle_a.toml", "extends = \"cycle_b.toml\"\n");
    t.write("cycle_b.toml", "extends = \"cycle_a.toml\"\n");
    BOOST_CHECK_THROW(Style::load(a), InputError);
    const std::string not_string = t.write("num.toml", "extends = 3\n");
    BOOST_CHECK_THROW(Style::load(not_string), InputError);
}

// Issue #13 item 10: a user's style is an override of the default, for PDF and slides alike.
BOOST_AUTO_TEST_CASE(override_changes_its_keys_in_the_default_and_the_slide_style) {
    TempStyles t;
    const std::string nhs = kStyles + "nhs.toml";
    const std::string over = t.write("mine.toml",
                                     "[colors]\nnhs_blue = \"#FF00FF\"\ntext = \"#212B32\"  # the default's\n"
                                     "[text]\nbody = 10.0  # the default's, as a float\n");
    const Style page = Style::load(nhs, over, nhs);
    const Style slides = Style::load(kStyles + "slides.toml", over, nhs);
    BOOST_TEST(close(page.theme().colors.nhs_blue, 0xFF, 0x00, 0xFF));
    BOOST_TEST(close(slides.theme().colors.nhs_blue, 0xFF, 0x00, 0xFF));
    // Values equal to the default's are no change: the slides keep their own text size.
    BOOST_TEST(slides.theme().text.body == 15.0);
    BOOST_TEST(page.overridden_keys() == std::vector<std::string>{"colors.nhs_blue"});
    // Untouched keys and paths stay the default's: fonts from the project's fonts/, the
    // slide style beside nhs.toml, although the override lives elsewhere.
    BOOST_TEST(close(page.theme().colors.dark_grey, 0x42, 0x55, 0x63));
    BOOST_TEST(fs::equivalent(page.theme().fonts.directory, std::string(DSPT_SOURCE_DIR) + "/fonts"));
    BOOST_TEST(fs::equivalent(page.theme().png.slide_style, kStyles + "slides.toml"));
    // Without an override, load(path, "", defaults) is load(path).
    BOOST_TEST(close(Style::load(nhs, "", nhs).theme().colors.nhs_blue, 0x00, 0x5E, 0xB8));
}

BOOST_AUTO_TEST_CASE(a_full_copy_of_the_default_with_one_change_is_that_change) {
    TempStyles t;
    const std::string nhs = kStyles + "nhs.toml";
    std::ifstream in(nhs);
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find("nhs_blue = \"#005EB8\"");
    BOOST_REQUIRE(at != std::string::npos);
    text.replace(at, 20, "nhs_blue = \"#123456\"");
    const Style slides = Style::load(kStyles + "slides.toml", t.write("copy.toml", text), nhs);
    BOOST_TEST(close(slides.theme().colors.nhs_blue, 0x12, 0x34, 0x56));
    BOOST_TEST(slides.theme().text.title == 28.0);  // slides.toml's, not the copy's 18
    BOOST_TEST(slides.overridden_keys() == std::vector<std::string>{"colors.nhs_blue"});
    BOOST_TEST(fs::equivalent(slides.theme().fonts.directory, std::string(DSPT_SOURCE_DIR) + "/fonts"));
}

BOOST_AUTO_TEST_CASE(override_fonts_directory_is_relative_to_the_override) {
    TempStyles t;
    const std::string nhs = kStyles + "nhs.toml";
    fs::create_directories(t.dir / "myfonts");
    const std::string over = t.write("f.toml", "[fonts]\ndirectory = \"myfonts\"\n");
    BOOST_TEST(fs::equivalent(Style::load(nhs, over, nhs).theme().fonts.directory, t.dir / "myfonts"));
}

BOOST_AUTO_TEST_CASE(override_key_unknown_to_the_default_names_file_line_column) {
    TempStyles t;
    const std::string nhs = kStyles + "nhs.toml";
    const std::string over =
        t.write("typo.toml", "[colors]\nnhs_blue = \"#FF00FF\"\n  nhs_bleu = \"#00FF00\"\n");
    try {
        (void)Style::load(nhs, over, nhs);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == over);
        BOOST_TEST(e.line() == 3u);
        BOOST_TEST(e.column() == 3u);
        BOOST_TEST(std::string(e.what()).find("\"colors.nhs_bleu\" is not a key of the default style") !=
                       std::string::npos,
                   e.what());
    }
    const std::string table = t.write("table.toml", "[colours]\nnhs_blue = \"#FF00FF\"\n");
    BOOST_CHECK_THROW((void)Style::load(nhs, table, nhs), InputError);
    const std::string extends = t.write("extends.toml", "extends = \"nhs.toml\"\n");
    BOOST_CHECK_THROW((void)Style::load(nhs, extends, nhs), InputError);
    // Another kind of value than the default's: a table where a colour is, a string for a size.
    const std::string kind = t.write("kind.toml", "[text]\nbody = \"large\"\n");
    try {
        (void)Style::load(nhs, kind, nhs);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.line() == 2u);
        BOOST_TEST(std::string(e.what()).find("\"text.body\" must be a number as in the default style, found "
                                              "a string") != std::string::npos,
                   e.what());
    }
    BOOST_CHECK_THROW((void)Style::load(nhs, (t.dir / "absent.toml").string(), nhs), InputError);
    // The override goes through the theme's schema too: an integer key given a fraction.
    const std::string fraction = t.write("fraction.toml", "[page]\ncolumns = 12.5\n");
    try {
        (void)Style::load(nhs, fraction, nhs);
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == fraction);
        BOOST_TEST(e.line() == 2u);
        BOOST_TEST(contains(e.what(), "\"page.columns\" must be an integer"), e.what());
    }
}

BOOST_AUTO_TEST_SUITE_END()
