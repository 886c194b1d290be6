#pragma once
// Text alternatives for the slides, so whoever builds the slide deck can paste them into
// each picture's alt-text field: png/alt_text.csv lists every slide PNG the run writes
// (file, title, alternative text), and each SVG carries its title and text as <title> and
// <desc>. The words are the figures' own (figures/alt_text.h), the same as the PDF's /Alt.
#include <string>
#include <string_view>

#include "figures/figure.h"
#include "figures/png_export.h"
#include "io/atomic_file.h"

namespace dspt::figures {

// png/alt_text.csv for the PNGs render_pngs() writes with these inputs and options, one row
// per file in the same order, with a header row; RFC 4180 quoting, UTF-8.
// `icb_slides`: also a row for each ICB's slide (figures/icb_slides.h), after the figures.
io::OutputFile slide_alt_text_file(const FigureInputs& slide, const FigureInputs& print,
                                   const PngOptions& options, bool icb_slides = false);

// The SVG document with <title> and <desc> as the first children of its root element.
std::string with_svg_title(std::string_view svg, std::string_view title, std::string_view description);

}  // namespace dspt::figures
