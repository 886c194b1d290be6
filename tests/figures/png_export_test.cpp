// PNG and SVG export: the files, their pixel sizes, the print resolution chunk, determinism.
#include "figures/png_export.h"

#include <boost/test/unit_test.hpp>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "draw/cairo_canvas.h"
#include "figure_fixtures.h"
#include "figures/svg_export.h"

using namespace dspt;
using namespace dspt::test;

namespace {

std::uint32_t be32(const std::string& b, std::size_t at) {
    return (std::uint32_t(static_cast<unsigned char>(b[at])) << 24) |
           (std::uint32_t(static_cast<unsigned char>(b[at + 1])) << 16) |
           (std::uint32_t(static_cast<unsigned char>(b[at + 2])) << 8) |
           std::uint32_t(static_cast<unsigned char>(b[at + 3]));
}
// IHDR width/height of a PNG held in a string.
std::pair<std::uint32_t, std::uint32_t> png_size(const std::string& b) { return {be32(b, 16), be32(b, 20)}; }

}  // namespace

BOOST_AUTO_TEST_SUITE(png_export)

BOOST_AUTO_TEST_CASE(variants_have_the_promised_pixel_sizes) {
    const auto& data = sample_with_previous();
    const figures::FigureInputs slide{data, slides_style()};
    const figures::FigureInputs print{data, nhs_style()};
    figures::PngOptions options;
    options.also_2x = true;
    options.print = true;
    options.print_dpi = 100;  // small, to keep the test quick; 180 x 126 mm from the style
    const auto files = figures::render_pngs(slide, print, fonts(), options);
    const auto n = figures::all_figures(slide).size();
    BOOST_REQUIRE_EQUAL(files.size(), 3 * n);
    for (std::size_t i = 0; i < n; ++i) {
        BOOST_CHECK_EQUAL(files[i].relative_path.parent_path().string(), "png");
        BOOST_CHECK_EQUAL(files[i].relative_path.extension().string(), ".png");
        BOOST_CHECK(png_size(files[i].bytes) == std::make_pair(1920u, 1080u));
        BOOST_CHECK(png_size(files[n + i].bytes) == std::make_pair(3840u, 2160u));
        BOOST_CHECK(files[n + i].relative_path.stem().string().ends_with("@2x"));
        // 180 mm at 100 dpi = 708.66 px; 126 mm = 496.06 px.
        BOOST_CHECK(png_size(files[2 * n + i].bytes) == std::make_pair(709u, 496u));
        BOOST_CHECK(files[2 * n + i].relative_path.stem().string().ends_with("@print"));
        // pHYs right after IHDR: 100 dpi = 3937 pixels per metre.
        const auto& p = files[2 * n + i].bytes;
        BOOST_CHECK_EQUAL(p.substr(37, 4), "pHYs");
        BOOST_CHECK_EQUAL(be32(p, 41), 3937u);
        BOOST_CHECK(files[i].bytes.substr(37, 4) != "pHYs");
    }
    BOOST_CHECK_EQUAL(files[0].relative_path.string(), "png/status_by_sector.png");
}

// What the run does with render_pngs(): write the files atomically under `dir`.
std::vector<std::filesystem::path> write_pngs(const std::filesystem::path& dir,
                                              const figures::FigureInputs& slide,
                                              const figures::FigureInputs& print,
                                              const draw::FontLibrary& fonts,
                                              const figures::PngOptions& options) {
    const auto files = figures::render_pngs(slide, print, fonts, options);
    io::write_files_atomically(dir, files);
    std::vector<std::filesystem::path> paths;
    for (const auto& f : files) paths.push_back(dir / f.relative_path);
    return paths;
}

BOOST_AUTO_TEST_CASE(export_writes_files_and_same_inputs_give_same_bytes) {
    const auto& data = sample_without_previous();
    const figures::FigureInputs slide{data, slides_style()};
    const auto dir = std::filesystem::temp_directory_path() / "dspt-charts-png-test";
    std::filesystem::remove_all(dir);
    const auto first = write_pngs(dir, slide, slide, fonts(), {});
    BOOST_REQUIRE(!first.empty());
    auto read = [](const std::filesystem::path& p) {
        std::ifstream in(p, std::ios::binary);
        return std::string(std::istreambuf_iterator<char>(in), {});
    };
    std::vector<std::string> before;
    for (const auto& p : first) {
        BOOST_CHECK(std::filesystem::is_regular_file(p));
        before.push_back(read(p));
    }
    const auto second = write_pngs(dir, slide, slide, fonts(), {});
    BOOST_REQUIRE_EQUAL(second.size(), first.size());
    for (std::size_t i = 0; i < second.size(); ++i) BOOST_CHECK(read(second[i]) == before[i]);
    // No temporary files left behind by the atomic writes.
    std::size_t entries = 0;
    for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir / "png")) ++entries;
    BOOST_CHECK_EQUAL(entries, first.size());
    std::filesystem::remove_all(dir);
}

BOOST_AUTO_TEST_CASE(pngs_encoded_on_worker_threads_match_a_serial_render_in_order) {
    // render_pngs encodes on worker threads while it draws the next figure; each file must
    // still be the bytes of its own figure, in figure order, as one canvas drawn and encoded
    // on this thread gives them.
    const auto& data = sample_with_previous();
    const figures::FigureInputs slide{data, slides_style()};
    const auto files = figures::render_pngs(slide, slide, fonts(), {});
    const auto figures = figures::all_figures(slide);
    BOOST_REQUIRE_EQUAL(files.size(), figures.size());
    const double w = slide.style.theme().slide.width, h = slide.style.theme().slide.height;
    const double scale = slide.style.theme().slide.scale;
    for (std::size_t i = 0; i < figures.size(); ++i) {
        draw::CairoCanvas canvas(fonts(), w, h, scale, slide.style.theme().colors.background);
        figures[i].draw(canvas, draw::Rect{0, 0, w, h}, slide);
        const auto serial = canvas.png_bytes();
        BOOST_CHECK_EQUAL(files[i].relative_path.string(), "png/" + figures[i].id + ".png");
        BOOST_CHECK_MESSAGE(files[i].bytes == std::string(serial.begin(), serial.end()), figures[i].id);
    }
}

BOOST_AUTO_TEST_CASE(svgs_are_vector_slides_with_the_same_bytes_every_time) {
    const auto& data = sample_with_previous();
    const figures::FigureInputs slide{data, slides_style()};
    const auto files = figures::render_svgs(slide, fonts());
    const auto figures = figures::all_figures(slide);
    BOOST_REQUIRE_EQUAL(files.size(), figures.size());
    for (std::size_t i = 0; i < files.size(); ++i) {
        const auto& svg = files[i].bytes;
        BOOST_CHECK_EQUAL(files[i].relative_path.string(), "svg/" + figures[i].id + ".svg");
        BOOST_CHECK(svg.starts_with("<?xml"));
        BOOST_CHECK(svg.find("width=\"960pt\" height=\"540pt\"") != std::string::npos);
        BOOST_CHECK(svg.find("<path") != std::string::npos);
        BOOST_CHECK(svg.find("<image") == std::string::npos);  // vector: no embedded raster
        BOOST_CHECK(svg.ends_with("</svg>\n"));
    }
    const auto again = figures::render_svgs(slide, fonts());
    BOOST_REQUIRE_EQUAL(again.size(), files.size());
    for (std::size_t i = 0; i < files.size(); ++i) BOOST_CHECK(again[i].bytes == files[i].bytes);
}

BOOST_AUTO_TEST_SUITE_END()
