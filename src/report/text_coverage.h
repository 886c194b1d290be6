#pragma once
// Text the fonts cannot draw (a title in Chinese, an emoji in a name) would print as
// empty boxes, silently. Before anything is drawn, every text that comes from the inputs
// is checked against the fonts, and each one with characters they lack is a counted
// "undrawable-text" warning naming the text and the characters.
#include <string>
#include <string_view>

#include "curate/briefing_data.h"
#include "draw/font_library.h"
#include "io/warnings.h"

namespace dspt::report {

// The characters of `utf8` that neither font face has a glyph for, as "U+4E2D U+1F680"
// (each once, in order of appearance); "" when every character can be drawn.
std::string undrawable_characters(const draw::FontLibrary& fonts, std::string_view utf8);

// Checks the title, and every organisation, ICB and region name the briefing prints.
// `manifest_path` is the file the title came from.
void warn_undrawable_text(const curate::BriefingData& data, const draw::FontLibrary& fonts,
                          const std::string& manifest_path, io::Warnings& warnings);

}  // namespace dspt::report
