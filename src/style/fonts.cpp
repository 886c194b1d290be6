#include "style/fonts.h"

namespace dspt::style {

std::unique_ptr<draw::FontLibrary> load_fonts(const Style& style) {
    const Fonts& f = style.theme().fonts;
    return std::make_unique<draw::FontLibrary>(f.directory, f.regular, f.bold);
}

}  // namespace dspt::style
