#include "figures/svg_export.h"

#include "draw/cairo_canvas.h"
#include "figures/alt_text.h"
#include "figures/slide_alt_text.h"

namespace dspt::figures {

std::vector<io::OutputFile> render_svgs(const FigureInputs& slide, const draw::FontLibrary& fonts,
                                        const std::filesystem::path& subdirectory) {
    const double w = slide.style.theme().slide.width;
    const double h = slide.style.theme().slide.height;
    std::vector<io::OutputFile> files;
    for (const auto& fig : all_figures(slide)) {
        auto canvas = draw::CairoCanvas::make_svg(fonts, w, h, slide.style.theme().colors.background);
        fig.draw(*canvas, draw::Rect{0, 0, w, h}, slide);
        files.push_back({subdirectory / (fig.id + ".svg"),
                         with_svg_title(canvas->svg_document(), fig.title, alt_text_of(fig, slide))});
    }
    return files;
}

}  // namespace dspt::figures
