#include "style/fonts.h"

namespace dspt::style {

std::unique_ptr<draw::FontLibrary> load_fonts(const Style& style) {
    return std::make_unique<draw::FontLibrary>(style.resolved_path("fonts.directory"),
                                               style.text("fonts.regular"), style.text("fonts.bold"));
}

}  // namespace dspt::style
