#include "style/fonts.h"

#include <boost/test/unit_test.hpp>
#include <string>

BOOST_AUTO_TEST_SUITE(style_fonts)

BOOST_AUTO_TEST_CASE(fonts_named_by_the_slide_style_load) {
    const auto style = dspt::style::Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/slides.toml");
    const auto fonts = dspt::style::load_fonts(style);
    BOOST_TEST(fonts->file_path(dspt::draw::FontFace::Bold).ends_with("fonts/LiberationSans-Bold.ttf"));
    BOOST_TEST(fonts->measure("NHS", dspt::draw::FontFace::Regular, 10).width > 0);
}

BOOST_AUTO_TEST_SUITE_END()
