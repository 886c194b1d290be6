#include "figures/png_export.h"

#include <cmath>
#include <stdexcept>

#include "draw/cairo_canvas.h"

namespace dspt::figures {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kMillimetresPerInch = 25.4;

}  // namespace

std::vector<PngVariant> png_variants(const style::Style& slide_style, const style::Style& print_style,
                                     const PngOptions& options) {
    const double w = slide_style.number("slide.width");
    const double h = slide_style.number("slide.height");
    const double scale = slide_style.number("slide.scale");
    std::vector<PngVariant> out = {{"", w, h, scale}};
    if (options.also_2x) out.push_back({"@2x", w, h, 2 * scale});
    if (options.print) {
        // Print figures are laid out in points (the page style's unit), and rasterised at
        // the dpi: one point is dpi/72 pixels.
        const double mm_w = options.print_width_mm > 0 ? options.print_width_mm : print_style.number("png.print_width_mm");
        const double mm_h =
            options.print_height_mm > 0 ? options.print_height_mm : print_style.number("png.print_height_mm");
        const double dpi = options.print_dpi > 0 ? options.print_dpi : print_style.number("print.dpi");
        if (!(mm_w > 0 && mm_h > 0 && dpi > 0)) throw std::invalid_argument("print PNG size and dpi must be positive");
        out.push_back({"@print", mm_w / kMillimetresPerInch * kPointsPerInch, mm_h / kMillimetresPerInch * kPointsPerInch,
                       dpi / kPointsPerInch});
    }
    return out;
}

std::vector<io::OutputFile> render_pngs(const FigureInputs& slide, const FigureInputs& print,
                                        const draw::FontLibrary& fonts, const PngOptions& options) {
    std::vector<io::OutputFile> files;
    const auto variants = png_variants(slide.style, print.style, options);
    for (const auto& v : variants) {
        const FigureInputs& inputs = v.suffix == "@print" ? print : slide;
        for (const auto& fig : all_figures(inputs)) {
            draw::CairoCanvas canvas(fonts, v.width, v.height, v.scale, inputs.style.color("colors.background"));
            fig.draw(canvas, draw::Rect{0, 0, v.width, v.height}, inputs);
            const auto bytes = canvas.png_bytes();
            files.push_back({options.subdirectory / (fig.id + v.suffix + ".png"),
                             std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size())});
        }
    }
    return files;
}

std::vector<std::filesystem::path> export_pngs(const std::filesystem::path& out_dir, const FigureInputs& slide,
                                               const FigureInputs& print, const draw::FontLibrary& fonts,
                                               const PngOptions& options) {
    const auto files = render_pngs(slide, print, fonts, options);
    io::write_files_atomically(out_dir, files);
    std::vector<std::filesystem::path> paths;
    for (const auto& f : files) paths.push_back(out_dir / f.relative_path);
    return paths;
}

}  // namespace dspt::figures
