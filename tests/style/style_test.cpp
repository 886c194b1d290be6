#include "style/style.h"

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

bool close(const Color& c, int r, int g, int b) {
    auto near = [](double v, int x) { return std::abs(v * 255 - x) < 1e-9; };
    return near(c.r, r) && near(c.g, g) && near(c.b, b) && c.a == 1;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(style)

BOOST_AUTO_TEST_CASE(nhs_style_has_identity_and_status_colours) {
    const Style s = Style::load(kStyles + "nhs.toml");
    BOOST_TEST(close(s.color("colors.nhs_blue"), 0x00, 0x5E, 0xB8));
    BOOST_TEST(close(s.color("colors.text"), 0x21, 0x2B, 0x32));
    BOOST_TEST(close(s.color("status.standards_not_met"), 0xD5, 0x28, 0x1B));
    BOOST_TEST(close(s.color("status.standards_exceeded"), 0x00, 0x30, 0x87));
    for (const char* key : {"not_published", "standards_not_met", "approaching_standards", "standards_met",
                            "standards_exceeded"}) {
        BOOST_TEST(s.has(std::string("status.") + key));
        BOOST_TEST(s.has(std::string("status_text.") + key));
    }
    BOOST_TEST(s.colors("score.colors").size() == 7u);
    BOOST_TEST(s.number("score.min") == -3.0);
    BOOST_TEST(s.number("score.max") == 3.0);
    BOOST_TEST(s.number("slide.width") * s.number("slide.scale") == 1920.0);
    BOOST_TEST(s.number("slide.height") * s.number("slide.scale") == 1080.0);
    BOOST_TEST(s.number("print.dpi") == 300.0);
    BOOST_TEST(s.number("text.body") == 10.0);
    BOOST_TEST(s.text("fonts.regular") == "LiberationSans-Regular.ttf");
}

BOOST_AUTO_TEST_CASE(font_directory_resolves_relative_to_the_style_file) {
    const Style s = Style::load(kStyles + "slides.toml");
    const fs::path dir = s.resolved_path("fonts.directory");
    BOOST_TEST(fs::equivalent(dir, fs::path(DSPT_SOURCE_DIR) / "fonts"));
    BOOST_TEST(fs::is_regular_file(dir / s.text("fonts.bold")));
}

BOOST_AUTO_TEST_CASE(slides_extend_nhs_and_override_text_sizes) {
    const Style nhs = Style::load(kStyles + "nhs.toml");
    const Style slides = Style::load(kStyles + "slides.toml");
    BOOST_TEST(slides.number("text.title") == 28.0);
    BOOST_TEST(slides.number("text.title") > nhs.number("text.title"));
    BOOST_TEST(slides.number("text.body") > nhs.number("text.body"));
    // Inherited untouched, including keys of a table the slide style partly overrides.
    BOOST_TEST(slides.color("status.standards_met") == nhs.color("status.standards_met"));
    BOOST_TEST(slides.number("text.line_spacing") == nhs.number("text.line_spacing"));
    BOOST_TEST(slides.colors("score.colors") == nhs.colors("score.colors"));
    BOOST_TEST(!slides.has("extends"));
    BOOST_TEST(slides.path() == kStyles + "slides.toml");
}

BOOST_AUTO_TEST_CASE(missing_key_names_file_and_key) {
    const Style s = Style::load(kStyles + "nhs.toml");
    BOOST_TEST(!s.has("status.standards_unknown"));
    try {
        (void)s.color("status.standards_unknown");
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == kStyles + "nhs.toml");
        BOOST_TEST(std::string(e.what()).find("\"status.standards_unknown\"") != std::string::npos);
    }
    BOOST_CHECK_THROW((void)s.number("nothing"), InputError);
    BOOST_CHECK_THROW((void)s.number("text.title.deeper"), InputError);
    BOOST_CHECK_THROW((void)s.number("text..title"), InputError);
}

BOOST_AUTO_TEST_CASE(type_mismatch_reports_line_and_column) {
    TempStyles t;
    const std::string path = t.write("bad.toml",
                                     "[text]\n"
                                     "title = \"big\"\n"
                                     "[colors]\n"
                                     "  nhs_blue = \"#005EBZ\"\n"
                                     "list = [1, \"x\"]\n");
    const Style s = Style::load(path);
    try {
        (void)s.number("text.title");
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == path);
        BOOST_TEST(e.line() == 2u);
        BOOST_TEST(e.column() == 9u);
        BOOST_TEST(std::string(e.what()).find("text.title") != std::string::npos);
    }
    try {
        (void)s.color("colors.nhs_blue");
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.line() == 4u);
        BOOST_TEST(e.column() == 14u);
    }
    try {
        (void)s.numbers("colors.list");
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.line() == 5u);
        BOOST_TEST(e.column() == 12u);
    }
    BOOST_CHECK_THROW((void)s.flag("text.title"), InputError);
}

BOOST_AUTO_TEST_CASE(mismatch_in_an_extended_file_names_that_file) {
    TempStyles t;
    const std::string base = t.write("base.toml", "[a]\nx = 1\ny = \"no\"\n");
    const std::string top = t.write("top.toml", "extends = \"base.toml\"\n[a]\nx = 2\nz = true\n");
    const Style s = Style::load(top);
    BOOST_TEST(s.number("a.x") == 2.0);
    BOOST_TEST(s.flag("a.z"));
    try {
        (void)s.number("a.y");
        BOOST_FAIL("no exception");
    } catch (const InputError& e) {
        BOOST_TEST(e.file() == base);
        BOOST_TEST(e.line() == 3u);
    }
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
    BOOST_TEST(close(page.color("colors.nhs_blue"), 0xFF, 0x00, 0xFF));
    BOOST_TEST(close(slides.color("colors.nhs_blue"), 0xFF, 0x00, 0xFF));
    // Values equal to the default's are no change: the slides keep their own text size.
    BOOST_TEST(slides.number("text.body") == 15.0);
    BOOST_TEST(page.overridden_keys() == std::vector<std::string>{"colors.nhs_blue"});
    // Untouched keys and paths stay the default's: fonts from the project's fonts/, the
    // slide style beside nhs.toml, although the override lives elsewhere.
    BOOST_TEST(close(page.color("colors.dark_blue"), 0x00, 0x30, 0x87));
    BOOST_TEST(
        fs::equivalent(page.resolved_path("fonts.directory"), std::string(DSPT_SOURCE_DIR) + "/fonts"));
    BOOST_TEST(fs::equivalent(page.resolved_path("png.slide_style"), kStyles + "slides.toml"));
    // Without an override, load(path, "", defaults) is load(path).
    BOOST_TEST(close(Style::load(nhs, "", nhs).color("colors.nhs_blue"), 0x00, 0x5E, 0xB8));
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
    BOOST_TEST(close(slides.color("colors.nhs_blue"), 0x12, 0x34, 0x56));
    BOOST_TEST(slides.number("text.title") == 28.0);  // slides.toml's, not the copy's 18
    BOOST_TEST(slides.overridden_keys() == std::vector<std::string>{"colors.nhs_blue"});
    BOOST_TEST(
        fs::equivalent(slides.resolved_path("fonts.directory"), std::string(DSPT_SOURCE_DIR) + "/fonts"));
}

BOOST_AUTO_TEST_CASE(override_fonts_directory_is_relative_to_the_override) {
    TempStyles t;
    const std::string nhs = kStyles + "nhs.toml";
    fs::create_directories(t.dir / "myfonts");
    const std::string over = t.write("f.toml", "[fonts]\ndirectory = \"myfonts\"\n");
    BOOST_TEST(
        fs::equivalent(Style::load(nhs, over, nhs).resolved_path("fonts.directory"), t.dir / "myfonts"));
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
}

BOOST_AUTO_TEST_SUITE_END()
