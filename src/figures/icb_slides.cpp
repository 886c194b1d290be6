#include "figures/icb_slides.h"

#include "figures/icb_slide.h"
#include "figures/png_export.h"

namespace dspt::figures {

std::filesystem::path icb_slide_path(const std::filesystem::path& png_subdirectory,
                                     const stats::IcbBrief& brief) {
    const std::string& code = brief.icb.ods_code.empty() ? brief.icb.ons_code : brief.icb.ods_code;
    return png_subdirectory / "icb" / (code + ".png");
}

std::vector<io::OutputFile> render_icb_slides(const FigureInputs& slide, const draw::FontLibrary& fonts,
                                              const std::filesystem::path& png_subdirectory) {
    const auto& t = slide.style.theme();
    const double w = t.slide.width, h = t.slide.height;
    std::vector<PngJob> jobs;
    for (const auto& brief : slide.derived().icb_briefs) {
        jobs.push_back({icb_slide_path(png_subdirectory, brief), w, h, t.slide.scale, 0,
                        [&slide, &brief, w, h](draw::Canvas& c) {
                            draw_icb_slide(c, draw::Rect{0, 0, w, h}, slide, brief);
                        },
                        t.colors.background});
    }
    return render_png_jobs(fonts, jobs);
}

std::vector<SlideAltRow> icb_slide_alt_rows(const FigureInputs& slide,
                                            const std::filesystem::path& png_subdirectory) {
    std::vector<SlideAltRow> rows;
    for (const auto& brief : slide.derived().icb_briefs)
        rows.push_back({icb_slide_path(png_subdirectory, brief).generic_string(), icb_slide_title(brief),
                        icb_slide_alt(slide, brief)});
    return rows;
}

}  // namespace dspt::figures
