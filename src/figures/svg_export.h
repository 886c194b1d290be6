#pragma once
// Every figure of all_figures() as an SVG, through the Cairo backend: svg/<id>.svg, laid
// out in the slide style at slide.width x slide.height points (960 x 540, 16:9). For slide
// makers who want to resize a figure without losing sharpness; the PNGs stay the default.
// Each carries the figure's title and alternative text as <title> and <desc>.
// Built in memory (io::OutputFile) like the PNGs, so the run writes them atomically at its end.
#include <filesystem>
#include <vector>

#include "draw/font_library.h"
#include "figures/figure.h"
#include "io/atomic_file.h"

namespace dspt::figures {

std::vector<io::OutputFile> render_svgs(const FigureInputs& slide, const draw::FontLibrary& fonts,
                                        const std::filesystem::path& subdirectory = "svg");

}  // namespace dspt::figures
