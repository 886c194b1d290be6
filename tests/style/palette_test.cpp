// The palettes of the shipped styles stay readable for colour-blind readers: every pair of
// status colours, and "no data" against every score stop, is simulated for protanopia,
// deuteranopia and tritanopia (Machado, Oliveira & Fernandes 2009, severity 1) and must
// stay far apart in CIE Lab. Guards against a well-meant edit of styles/*.toml.
#include <array>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <string>

#include "style/style.h"

using dspt::draw::Color;
using dspt::style::Style;

namespace {

using Matrix = std::array<std::array<double, 3>, 3>;
constexpr Matrix kNormal{{{1, 0, 0}, {0, 1, 0}, {0, 0, 1}}};
constexpr Matrix kProtanopia{
    {{0.152286, 1.052583, -0.204868}, {0.114503, 0.786281, 0.099216}, {-0.003882, -0.048116, 1.051998}}};
constexpr Matrix kDeuteranopia{
    {{0.367322, 0.860646, -0.227968}, {0.280085, 0.672501, 0.047413}, {-0.011820, 0.042940, 0.968881}}};
constexpr Matrix kTritanopia{
    {{1.255528, -0.076749, -0.178779}, {-0.078411, 0.930809, 0.147602}, {0.004733, 0.691367, 0.303900}}};

double linear(double c) { return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4); }

std::array<double, 3> lab(const Color& c, const Matrix& m) {
    const double in[3] = {linear(c.r), linear(c.g), linear(c.b)};
    double rgb[3];
    for (int i = 0; i < 3; ++i)
        rgb[i] = std::clamp(m[i][0] * in[0] + m[i][1] * in[1] + m[i][2] * in[2], 0.0, 1.0);
    const double x = (0.4124 * rgb[0] + 0.3576 * rgb[1] + 0.1805 * rgb[2]) / 0.95047;
    const double y = 0.2126 * rgb[0] + 0.7152 * rgb[1] + 0.0722 * rgb[2];
    const double z = (0.0193 * rgb[0] + 0.1192 * rgb[1] + 0.9505 * rgb[2]) / 1.08883;
    auto f = [](double t) { return t > 0.008856 ? std::cbrt(t) : 7.787 * t + 16.0 / 116; };
    return {116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))};
}

double delta_e(const Color& a, const Color& b, const Matrix& m) {
    const auto la = lab(a, m), lb = lab(b, m);
    return std::hypot(la[0] - lb[0], la[1] - lb[1], la[2] - lb[2]);
}

// WCAG 2 contrast ratio.
double contrast(const Color& a, const Color& b) {
    auto lum = [](const Color& c) {
        return 0.2126 * linear(c.r) + 0.7152 * linear(c.g) + 0.0722 * linear(c.b);
    };
    const double la = lum(a), lb = lum(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

const char* const kStatusKeys[] = {"not_published", "standards_not_met", "approaching_standards",
                                   "standards_met", "standards_exceeded"};

}  // namespace

BOOST_AUTO_TEST_SUITE(palettes)

// Every colour is parsed (and checked) when the style loads (style/theme.h).
BOOST_AUTO_TEST_CASE(every_colour_entry_parses) {
    for (const char* file : {"nhs.toml", "slides.toml"}) {
        BOOST_CHECK_NO_THROW((void)Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/" + file));
    }
}

BOOST_AUTO_TEST_CASE(status_colours_stay_apart_under_colour_blindness) {
    const Style s = Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/slides.toml");
    for (const Matrix* m : {&kNormal, &kProtanopia, &kDeuteranopia, &kTritanopia}) {
        for (int i = 0; i < 5; ++i) {
            for (int j = i + 1; j < 5; ++j) {
                const Color a = s.theme().status.of(dspt::curate::kAllStatuses[static_cast<std::size_t>(i)]);
                const Color b = s.theme().status.of(dspt::curate::kAllStatuses[static_cast<std::size_t>(j)]);
                BOOST_TEST_CONTEXT(kStatusKeys[i] << " vs " << kStatusKeys[j] << " matrix "
                                                  << (m - &kNormal)) {
                    BOOST_TEST(delta_e(a, b, *m) >= 25.0);
                }
            }
        }
    }
}

BOOST_AUTO_TEST_CASE(text_on_status_fills_is_legible) {
    const Style s = Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/nhs.toml");
    for (const auto status : dspt::curate::kAllStatuses) {
        BOOST_TEST_CONTEXT(kStatusKeys[static_cast<int>(status)]) {
            BOOST_TEST(contrast(s.theme().status.of(status), s.theme().status_text.of(status)) >= 4.5);
        }
    }
}

BOOST_AUTO_TEST_CASE(score_scale_diverges_and_no_data_stands_apart) {
    const Style s = Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/nhs.toml");
    const auto stops = s.theme().score.colors;
    BOOST_REQUIRE(stops.size() % 2 == 1);  // an odd count puts a stop exactly on 0
    BOOST_TEST(s.theme().score.min == -s.theme().score.max);
    const Color no_data = s.theme().score.no_data;
    for (const Matrix* m : {&kNormal, &kProtanopia, &kDeuteranopia, &kTritanopia}) {
        // The two ends are told apart by hue, not only lightness.
        BOOST_TEST(delta_e(stops.front(), stops.back(), *m) >= 40.0);
        for (const Color& stop : stops) BOOST_TEST(delta_e(no_data, stop, *m) >= 20.0);
    }
    // Lightness rises to the neutral centre and falls after it: symmetric, no false peaks.
    const std::size_t mid = stops.size() / 2;
    for (std::size_t i = 0; i + 1 < stops.size(); ++i) {
        const double l0 = lab(stops[i], kNormal)[0], l1 = lab(stops[i + 1], kNormal)[0];
        BOOST_TEST((i < mid ? l1 > l0 : l1 < l0));
    }
}

BOOST_AUTO_TEST_SUITE_END()
