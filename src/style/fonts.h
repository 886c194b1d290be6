#pragma once
// The FontLibrary a style names: [fonts] directory (relative to the style file that sets
// it), regular and bold file names.
#include <memory>

#include "draw/font_library.h"
#include "style/style.h"

namespace dspt::style {

// Throws io::InputError when a key is missing and std::runtime_error naming the font file
// when FreeType cannot load it.
std::unique_ptr<draw::FontLibrary> load_fonts(const Style& style);

}  // namespace dspt::style
