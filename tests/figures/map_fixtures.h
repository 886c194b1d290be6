#pragma once
// The real November 2023 sample, curated and with its boundaries loaded, shared by the map
// tests (loaded once per test run), plus pixel helpers.
#include <unistd.h>

#include <cmath>
#include <filesystem>
#include <memory>
#include <string>

#include "curate/curation.h"
#include "draw/cairo_canvas.h"
#include "io/readers.h"
#include "maps/map_layers.h"
#include "style/fonts.h"
#include "style/style.h"

namespace dspt::figures::testing {

inline const std::string kSample = std::string(DSPT_SHARED_DATA) + "/dspt-2023-11";
inline const std::string kIcbShp = kSample + "/boundaries/ICB_APR_2023_EN_BSC.shp";
inline const std::string kRegionShp = kSample + "/boundaries/NHSER_JUL_2022_EN_BUC.shp";

inline curate::BriefingData load_sample_briefing() {
    io::Warnings w;
    curate::CurationInputs in;
    in.title = "test";
    in.reference_date = io::Date{2023, 11, 16};
    in.edition = "22/23";
    in.current = io::read_dspt_export(kSample + "/dspt/DSPT search results 16_11_2023.csv", w);
    for (const char* f : {"/ods/etr.csv", "/ods/ect.csv"}) {
        auto rows = io::read_ods_organisations(kSample + f, w);
        in.ods_trusts.insert(in.ods_trusts.end(), rows.begin(), rows.end());
    }
    in.ons = io::read_ons_lookup(kSample + "/ons/LOC23_ICB23_NHSER23_EN_LU.csv", w);
    in.postcodes = io::read_postcodes(kSample + "/postcodes/trust_postcodes.csv",
                                      curate::wanted_postcodes(in.ods_trusts), w);
    return curate::curate(in, w);
}

struct Sample {
    style::Style style = style::Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/slides.toml");
    style::Style print_style = style::Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/nhs.toml");
    std::unique_ptr<draw::FontLibrary> fonts = style::load_fonts(style);
    curate::BriefingData data = load_sample_briefing();
    io::Warnings map_warnings;
    dspt::maps::MapLayers maps =
        dspt::maps::load_and_join_map_layers(kIcbShp, kRegionShp, data.icbs, style, map_warnings);
};

inline const Sample& sample() {
    static const Sample s;
    return s;
}

// The slide canvas: 960 x 540 units at scale 2.
inline constexpr double kSlideW = 960, kSlideH = 540, kSlideScale = 2;

inline double channel_distance(const draw::Color& a, const draw::Color& b) {
    return std::max({std::abs(a.r - b.r), std::abs(a.g - b.g), std::abs(a.b - b.b), std::abs(a.a - b.a)});
}

// The device pixel under a canvas point.
inline draw::Color pixel_at(const draw::CairoCanvas& canvas, draw::Point p) {
    const double s = canvas.device_pixels_per_unit();
    return canvas.pixel(static_cast<int>(std::floor(p.x * s)), static_cast<int>(std::floor(p.y * s)));
}

inline std::string describe(const draw::Color& c) {
    auto h = [](double v) { return std::to_string(static_cast<int>(std::lround(v * 255))); };
    return "rgba(" + h(c.r) + "," + h(c.g) + "," + h(c.b) + "," + h(c.a) + ")";
}

// A private folder removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() /
               ("dspt-maps-" + name + "-" + std::to_string(static_cast<long>(::getpid())))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

}  // namespace dspt::figures::testing
