#pragma once
// A style is data, not code (Mapnik's split): colours, fonts, sizes and geometry
// come from styles/*.toml and are looked up by dotted key, e.g.
//   style.color("status.standards_met"), style.number("chart.bar_height").
// A key the code asks for that the file lacks is an error naming file and key, so a
// figure never silently falls back to a hard-coded look. Styles may `extends` another
// style file (the slides style extends nhs.toml and overrides a few keys).
//
// A user's style is an OVERRIDE (issue #13 item 10): a TOML file holding only the keys it
// changes, applied on top of the default style for the PDF and of the slide style alike.
// Every key of an override must be a key of the default style (else an error at the
// override's file:line:column); a value equal to the default's is no change, so a full
// copy of nhs.toml with one colour edited changes that colour and nothing else, and its
// relative paths (fonts.directory, png.slide_style) stay those of the default.
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "draw/geometry.h"

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

    draw::Color color(std::string_view key) const;
    double number(std::string_view key) const;
    std::string text(std::string_view key) const;
    bool flag(std::string_view key) const;
    std::vector<draw::Color> colors(std::string_view key) const;  // an array of "#rrggbb"
    std::vector<double> numbers(std::string_view key) const;
    bool has(std::string_view key) const;
    // Names of the entries of a table, e.g. keys("status") -> {"not_published", ...}, sorted
    // (TOML keeps no order). Throws io::InputError if the key is not a table.
    std::vector<std::string> keys(std::string_view table_key) const;

    const std::string& path() const;
    // The dotted keys the override changed (values differing from the default), sorted;
    // empty without an override.
    const std::vector<std::string>& overridden_keys() const;
    std::string directory() const;  // for resolving font paths etc.
    // A path-valued key (e.g. "fonts.directory") resolved against the directory of the
    // style file that wrote it, so a value inherited through `extends` keeps working.
    std::string resolved_path(std::string_view key) const;

private:
    Style();
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace dspt::style
