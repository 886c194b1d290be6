#pragma once
// A style is data, not code (Mapnik's split): colours, fonts, sizes and geometry come from
// styles/*.toml. Style is the loader: it reads the file (and what it `extends`, and a user
// override), then reads every value ONCE into the typed Theme (style/theme.h), e.g.
//   style.theme().status.of(curate::Status::StandardsMet), style.theme().chart.icb.row_min_em.
// Nothing is looked up by key while drawing. At load, a key the theme has and the file lacks,
// a key the file has and the theme lacks, and a value of the wrong type are each an
// io::InputError naming the file, the line and the key (issue #12 item 3). Styles may
// `extends` another style file (the slides style extends nhs.toml and overrides a few keys).
//
// A user's style is an OVERRIDE (issue #13 item 10): a TOML file holding only the keys it
// changes, applied on top of the default style for the PDF and of the slide style alike.
// Every key of an override must be a key of the default style (else an error at the
// override's file:line:column); a value equal to the default's is no change, so a full
// copy of nhs.toml with one colour edited changes that colour and nothing else, and its
// relative paths (fonts.directory, png.slide_style) stay those of the default.
#include <memory>
#include <string>
#include <vector>

#include "style/theme.h"

namespace dspt::style {

class Style {
public:
    static Style load(const std::string& path);  // throws io::InputError
    // `path` (with what it extends) and then the changes of `user_override` on top, the
    // changes being the override's keys whose values differ from the style at
    // `defaults_path` (the default style, e.g. nhs.toml, also when `path` is slides.toml).
    // An empty `user_override` is plain load(path). Throws io::InputError.
    static Style load(const std::string& path, const std::string& user_override,
                      const std::string& defaults_path);
    ~Style();
    Style(Style&&) noexcept;
    Style& operator=(Style&&) noexcept;

    // Every value of the style, typed; path-valued keys (fonts.directory, png.slide_style)
    // already resolved against the directory of the style file that wrote them.
    const Theme& theme() const;

    const std::string& path() const;
    // The dotted keys the override changed (values differing from the default), sorted;
    // empty without an override.
    const std::vector<std::string>& overridden_keys() const;

private:
    Style();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dspt::style
