#include "figures/slide_alt_text.h"

#include <stdexcept>

#include "figures/alt_text.h"
#include "figures/icb_slides.h"

namespace dspt::figures {
namespace {

std::string csv_field(std::string_view s) {
    std::string out = "\"";
    for (char c : s) out += c == '"' ? std::string("\"\"") : std::string(1, c);
    return out + "\"";
}

std::string xml_text(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

io::OutputFile slide_alt_text_file(const FigureInputs& slide, const FigureInputs& print,
                                   const PngOptions& options, bool icb_slides) {
    std::string csv = "file,title,alternative text\r\n";
    auto row = [&csv](std::string_view file, std::string_view title, std::string_view alt) {
        csv += csv_field(file) + "," + csv_field(title) + "," + csv_field(alt) + "\r\n";
    };
    for (const auto& v : png_variants(slide.style, print.style, options)) {
        const FigureInputs& inputs = v.suffix == "@print" ? print : slide;
        for (const auto& fig : all_figures(inputs)) {
            const auto file = (options.subdirectory / (fig.id + v.suffix + ".png")).generic_string();
            row(file, fig.title, alt_text_of(fig, inputs));
        }
    }
    if (icb_slides)
        for (const auto& r : icb_slide_alt_rows(slide, options.subdirectory)) row(r.file, r.title, r.alt);
    return {options.subdirectory / "alt_text.csv", csv};
}

std::string with_svg_title(std::string_view svg, std::string_view title, std::string_view description) {
    const auto root = svg.find("<svg");
    const auto end = root == std::string_view::npos ? root : svg.find('>', root);
    if (end == std::string_view::npos) throw std::invalid_argument("not an SVG document");
    std::string out(svg.substr(0, end + 1));
    out += "\n<title>" + xml_text(title) + "</title>\n<desc>" + xml_text(description) + "</desc>";
    out += svg.substr(end + 1);
    return out;
}

}  // namespace dspt::figures
