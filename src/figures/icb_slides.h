#pragma once
// Every ICB's slide as a PNG: png/icb/<ICB ODS code>.png at the slide size (1920 x 1080),
// drawn and encoded like the figures' slides (figures/png_export.h), with a row each for
// png/alt_text.csv.
#include <filesystem>
#include <string>
#include <vector>

#include "draw/font_library.h"
#include "figures/figure.h"
#include "io/atomic_file.h"

namespace dspt::figures {

// "png/icb/QOP.png" (the ICB's ODS code; its ONS code when the lookup gives no ODS code).
std::filesystem::path icb_slide_path(const std::filesystem::path& png_subdirectory,
                                     const stats::IcbBrief& brief);

std::vector<io::OutputFile> render_icb_slides(const FigureInputs& slide, const draw::FontLibrary& fonts,
                                              const std::filesystem::path& png_subdirectory);

struct SlideAltRow {
    std::string file, title, alt;
};
std::vector<SlideAltRow> icb_slide_alt_rows(const FigureInputs& slide,
                                            const std::filesystem::path& png_subdirectory);

}  // namespace dspt::figures
