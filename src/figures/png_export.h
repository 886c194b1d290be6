#pragma once
// Every figure of all_figures() as a PNG, through the Cairo backend:
//   png/<id>.png        the slide: slide.width x slide.height canvas units (960 x 540) at
//                       slide.scale (2) -> 1920 x 1080 px, laid out in the slide style
//   png/<id>@2x.png     optional, the same at twice the scale -> 3840 x 2160 px
//   png/<id>@print.png  optional, laid out in the print (page) style at a physical size
//                       (png.print_width_mm x png.print_height_mm unless given) and
//                       print.dpi (300) unless given
// The PNGs are built in memory first (io::OutputFile), so a run that fails leaves the
// previous outputs untouched; writing is atomic per file (temporary + rename). The same
// inputs give byte-identical files.
#include <filesystem>
#include <functional>
#include <string>
#include <vector>

#include "draw/font_library.h"
#include "figures/figure.h"
#include "io/atomic_file.h"

namespace dspt::figures {

struct PngOptions {
    std::filesystem::path subdirectory = "png";  // relative to the run's output folder
    bool also_2x = false;
    bool print = false;
    double print_width_mm = 0;   // 0: the print style's png.print_width_mm
    double print_height_mm = 0;  // 0: the print style's png.print_height_mm
    double print_dpi = 0;        // 0: the print style's print.dpi
};

// The canvas size (units) and scale of each variant, for callers and tests.
struct PngVariant {
    std::string suffix;  // "", "@2x", "@print"
    double width = 0, height = 0, scale = 1;
    double dpi = 0;  // @print: written into the PNG (pHYs), 0 for screen variants
};
std::vector<PngVariant> png_variants(const style::Style& slide_style, const style::Style& print_style,
                                     const PngOptions& options);

// One PNG to draw and encode: `draw` paints a width x height canvas (units) at `scale`.
struct PngJob {
    std::filesystem::path path;  // relative to the run's output folder
    double width = 0, height = 0, scale = 1;
    double dpi = 0;  // written into the PNG (pHYs) when > 0
    std::function<void(draw::Canvas&)> draw;
    draw::Color background;
};
// Draws the jobs in order on this thread and encodes them on worker threads; the files
// come back in the jobs' order, byte-identical to a serial draw + encode.
std::vector<io::OutputFile> render_png_jobs(const draw::FontLibrary& fonts, const std::vector<PngJob>& jobs);

// One image in memory. `slide` lays out in the slide style; `print` (may be the same inputs)
// is used for @print only. Figures whose draw throws are not caught: a broken figure
// fails the run rather than leaving a gap in the slide pack.
std::vector<io::OutputFile> render_pngs(const FigureInputs& slide, const FigureInputs& print,
                                        const draw::FontLibrary& fonts, const PngOptions& options);

}  // namespace dspt::figures
