#include "figures/png_export.h"

#include <algorithm>
#include <cmath>
#include <deque>
#include <future>
#include <memory>
#include <stdexcept>
#include <thread>

#include "draw/cairo_canvas.h"

namespace dspt::figures {

namespace {

constexpr double kPointsPerInch = 72.0;
constexpr double kMillimetresPerInch = 25.4;

}  // namespace

std::vector<PngVariant> png_variants(const style::Style& slide_style, const style::Style& print_style,
                                     const PngOptions& options) {
    const double w = slide_style.theme().slide.width;
    const double h = slide_style.theme().slide.height;
    const double scale = slide_style.theme().slide.scale;
    std::vector<PngVariant> out = {{"", w, h, scale, 0}};
    if (options.also_2x) out.push_back({"@2x", w, h, 2 * scale, 0});
    if (options.print) {
        // Print figures are laid out in points (the page style's unit), and rasterised at
        // the dpi: one point is dpi/72 pixels.
        const double mm_w =
            options.print_width_mm > 0 ? options.print_width_mm : print_style.theme().png.print_width_mm;
        const double mm_h =
            options.print_height_mm > 0 ? options.print_height_mm : print_style.theme().png.print_height_mm;
        const double dpi = options.print_dpi > 0 ? options.print_dpi : print_style.theme().print.dpi;
        if (!(mm_w > 0 && mm_h > 0 && dpi > 0))
            throw std::invalid_argument("print PNG size and dpi must be positive");
        out.push_back({"@print", mm_w / kMillimetresPerInch * kPointsPerInch,
                       mm_h / kMillimetresPerInch * kPointsPerInch, dpi / kPointsPerInch, dpi});
    }
    return out;
}

std::vector<io::OutputFile> render_png_jobs(const draw::FontLibrary& fonts, const std::vector<PngJob>& jobs) {
    // Encoding (deflate, draw/png_encoder) is much of a figure's time and touches only the finished
    // image, so it runs on worker threads while this thread draws the next figure. Drawing
    // stays on this thread: FreeType faces are not safe to share across threads. Each
    // canvas is destroyed here too, after its encoder has finished (the future is declared
    // after the canvas, so it is waited for first even when an exception unwinds). Where
    // no thread can be started, the encoding runs deferred, on this thread.
    struct Encoding {
        std::unique_ptr<draw::CairoCanvas> canvas;
        std::future<std::vector<unsigned char>> bytes;
        std::filesystem::path path;
    };
    const std::size_t max_in_flight = std::max(1u, std::thread::hardware_concurrency());
    std::deque<Encoding> in_flight;
    std::vector<io::OutputFile> files;
    files.reserve(jobs.size());
    auto finish_oldest = [&] {
        const auto bytes = in_flight.front().bytes.get();
        files.push_back(
            {in_flight.front().path, std::string(reinterpret_cast<const char*>(bytes.data()), bytes.size())});
        in_flight.pop_front();
    };
    for (const PngJob& job : jobs) {
        auto canvas =
            std::make_unique<draw::CairoCanvas>(fonts, job.width, job.height, job.scale, job.background);
        job.draw(*canvas);
        if (in_flight.size() >= max_in_flight) finish_oldest();
        const draw::CairoCanvas* drawn = canvas.get();
        const double dpi = job.dpi;
        auto bytes = std::async(std::launch::async | std::launch::deferred, [drawn, dpi] {
            // The print PNG says its resolution, so it prints at its physical size.
            return drawn->png_bytes(dpi);
        });
        in_flight.push_back({std::move(canvas), std::move(bytes), job.path});
    }
    while (!in_flight.empty()) finish_oldest();
    return files;
}

std::vector<io::OutputFile> render_pngs(const FigureInputs& slide, const FigureInputs& print,
                                        const draw::FontLibrary& fonts, const PngOptions& options) {
    std::vector<PngJob> jobs;
    for (const auto& v : png_variants(slide.style, print.style, options)) {
        const FigureInputs& inputs = v.suffix == "@print" ? print : slide;
        for (auto& fig : all_figures(inputs)) {
            const double w = v.width, h = v.height;
            jobs.push_back({options.subdirectory / (fig.id + v.suffix + ".png"), w, h, v.scale, v.dpi,
                            [f = std::move(fig.draw), &inputs, w, h](draw::Canvas& c) {
                                f(c, draw::Rect{0, 0, w, h}, inputs);
                            },
                            inputs.style.theme().colors.background});
        }
    }
    return render_png_jobs(fonts, jobs);
}

}  // namespace dspt::figures
