// The only translation unit that includes toml++ (it compiles slowly): everything else
// sees Style through style.h.
#include "style/style.h"

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <sstream>
#include <stdexcept>

#include "io/input_error.h"

namespace dspt::style {

namespace fs = std::filesystem;

namespace {

// A chain longer than this is almost certainly a cycle (a.toml extends b.toml extends a.toml).
constexpr int kMaxExtendsDepth = 8;

std::string node_file(const toml::node& node, const std::string& fallback) {
    const auto& src = node.source();
    return src.path ? std::string(*src.path) : fallback;
}

const char* type_name(const toml::node& node) {
    switch (node.type()) {
        case toml::node_type::table:
            return "a table";
        case toml::node_type::array:
            return "an array";
        case toml::node_type::string:
            return "a string";
        case toml::node_type::integer:
            return "an integer";
        case toml::node_type::floating_point:
            return "a number";
        case toml::node_type::boolean:
            return "a boolean";
        case toml::node_type::date:
            return "a date";
        case toml::node_type::time:
            return "a time";
        case toml::node_type::date_time:
            return "a date-time";
        default:
            return "nothing";
    }
}

// Tables merge key by key so an extending style overrides single values; anything
// else (values, arrays) is replaced whole. Nodes are moved, never copied: a toml++ copy
// drops the source position that error messages need.
void merge_into(toml::table& base, toml::table&& over) {
    for (auto&& [key, node] : over) {
        auto* base_node = base.get(key);
        if (base_node && base_node->is_table() && node.is_table()) {
            merge_into(*base_node->as_table(), std::move(*node.as_table()));
        } else {
            base.insert_or_assign(key, std::move(node));
        }
    }
}

toml::table parse_file(const fs::path& path, const std::string& requested_by) {
    try {
        return toml::parse_file(path.string());
    } catch (const toml::parse_error& e) {
        const auto& b = e.source().begin;
        throw io::InputError(path.string(), b.line, b.column, std::string(e.description()));
    } catch (const std::exception& e) {
        // toml++ reports a missing or unreadable file as a parse error without a position
        // on some builds and as a plain exception on others.
        const std::string msg = requested_by.empty() ? std::string("cannot read style file: ") + e.what()
                                                     : "cannot read style file extended by " + requested_by;
        throw io::InputError(path.string(), msg);
    }
}

toml::table load_with_extends(const fs::path& path, int depth, const std::string& requested_by) {
    if (depth > kMaxExtendsDepth) {
        throw io::InputError(path.string(), "style files extend each other too deeply (a cycle?)");
    }
    if (!fs::is_regular_file(path)) {
        throw io::InputError(path.string(), requested_by.empty()
                                                ? "style file not found"
                                                : "style file not found (extended by " + requested_by + ")");
    }
    toml::table own = parse_file(path, requested_by);
    const toml::node* extends = own.get("extends");
    if (!extends) return own;
    const auto* base_name = extends->as_string();
    if (!base_name) {
        const auto& b = extends->source().begin;
        throw io::InputError(
            path.string(), b.line, b.column,
            std::string("\"extends\" must be a file name string, found ") + type_name(*extends));
    }
    const fs::path base_path = path.parent_path() / fs::path(base_name->get());
    toml::table merged = load_with_extends(base_path, depth + 1, path.string());
    own.erase("extends");
    merge_into(merged, std::move(own));
    return merged;
}

bool is_number(const toml::node& node) { return node.is_integer() || node.is_floating_point(); }

// Same TOML value: numbers by value (18 == 18.0), everything else by its TOML text.
bool same_value(const toml::node& a, const toml::node& b) {
    if (is_number(a) && is_number(b)) return a.value<double>() == b.value<double>();
    if (a.type() != b.type()) return false;
    std::ostringstream ta, tb;
    a.visit([&](const auto& x) { ta << x; });
    b.visit([&](const auto& x) { tb << x; });
    return ta.str() == tb.str();
}

[[noreturn]] void override_error(const std::string& file, const toml::key& key, const toml::node& node,
                                 const std::string& message) {
    // The key's own position when toml++ kept it, else the value's.
    const auto& at = key.source().begin.line ? key.source().begin : node.source().begin;
    throw io::InputError(file, at.line, at.column, message);
}

// The keys of `over` that change `base`, moved out of `over` (so they keep their source
// positions and paths resolve against the override file). A key `base` lacks, or a value of
// another kind than the default's, is an error at the override's position: an override
// can only change what the default style already has.
toml::table changes_of(toml::table& over, const toml::table& base, const std::string& prefix,
                       const std::string& over_path, const std::string& defaults_path,
                       std::vector<std::string>& changed) {
    toml::table out;
    for (auto&& [key, node] : over) {
        const std::string dotted =
            prefix.empty() ? std::string(key.str()) : prefix + "." + std::string(key.str());
        const toml::node* def = base.get(key.str());
        if (!def) {
            override_error(over_path, key, node,
                           "style key \"" + dotted + "\" is not a key of the default style " + defaults_path +
                               " (a style override may only change keys the default style has)");
        }
        const bool same_kind = (is_number(node) && is_number(*def)) || node.type() == def->type();
        if (!same_kind) {
            override_error(over_path, key, node,
                           "style key \"" + dotted + "\" must be " +
                               (is_number(*def) ? "a number" : type_name(*def)) +
                               " as in the default style, found " + type_name(node));
        }
        if (auto* table = node.as_table()) {
            toml::table sub = changes_of(*table, *def->as_table(), dotted, over_path, defaults_path, changed);
            if (!sub.empty()) out.insert_or_assign(key, std::move(sub));
        } else if (!same_value(node, *def)) {
            changed.push_back(dotted);
            out.insert_or_assign(key, std::move(node));
        }
    }
    return out;
}

}  // namespace

struct Style::Impl {
    std::string path;
    toml::table root;
    std::vector<std::string> overridden;

    // Walks "a.b.c" through nested tables; null when any part is absent.
    const toml::node* find(std::string_view key) const {
        const toml::node* node = &root;
        std::size_t start = 0;
        while (node) {
            const std::size_t dot = key.find('.', start);
            const std::string_view part =
                key.substr(start, dot == std::string_view::npos ? std::string_view::npos : dot - start);
            const auto* table = node->as_table();
            if (!table || part.empty()) return nullptr;
            node = table->get(part);
            if (dot == std::string_view::npos) return node;
            start = dot + 1;
        }
        return nullptr;
    }

    const toml::node& require(std::string_view key) const {
        const toml::node* node = find(key);
        if (!node) throw io::InputError(path, "style key \"" + std::string(key) + "\" is missing");
        return *node;
    }

    [[noreturn]] void mismatch(const toml::node& node, std::string_view key, std::string_view wanted) const {
        const auto& b = node.source().begin;
        throw io::InputError(node_file(node, path), b.line, b.column,
                             "style key \"" + std::string(key) + "\" must be " + std::string(wanted) +
                                 ", found " + type_name(node));
    }

    draw::Color to_color(const toml::node& node, std::string_view key) const {
        const auto* s = node.as_string();
        if (!s) mismatch(node, key, "a colour string \"#rrggbb\"");
        try {
            return draw::Color::from_hex(s->get());
        } catch (const std::invalid_argument& e) {
            const auto& b = node.source().begin;
            throw io::InputError(node_file(node, path), b.line, b.column,
                                 "style key \"" + std::string(key) + "\": " + e.what());
        }
    }

    double to_number(const toml::node& node, std::string_view key) const {
        if (const auto* i = node.as_integer()) return static_cast<double>(i->get());
        if (const auto* f = node.as_floating_point()) return f->get();
        mismatch(node, key, "a number");
    }

    const toml::array& to_array(const toml::node& node, std::string_view key, std::string_view wanted) const {
        const auto* a = node.as_array();
        if (!a) mismatch(node, key, wanted);
        return *a;
    }
};

Style::Style() : impl_(std::make_unique<Impl>()) {}
Style::~Style() = default;
Style::Style(Style&&) noexcept = default;
Style& Style::operator=(Style&&) noexcept = default;

Style Style::load(const std::string& path) {
    Style style;
    style.impl_->path = path;
    style.impl_->root = load_with_extends(fs::path(path), 0, "");
    return style;
}

Style Style::load(const std::string& path, const std::string& user_override,
                  const std::string& defaults_path) {
    Style style = load(path);
    if (user_override.empty()) return style;
    if (!fs::is_regular_file(user_override))
        throw io::InputError(user_override, "style override file not found");
    toml::table over = parse_file(user_override, "");
    const toml::table defaults = load_with_extends(fs::path(defaults_path), 0, "");
    toml::table changes =
        changes_of(over, defaults, "", user_override, defaults_path, style.impl_->overridden);
    std::sort(style.impl_->overridden.begin(), style.impl_->overridden.end());
    merge_into(style.impl_->root, std::move(changes));
    return style;
}

draw::Color Style::color(std::string_view key) const { return impl_->to_color(impl_->require(key), key); }

double Style::number(std::string_view key) const { return impl_->to_number(impl_->require(key), key); }

std::string Style::text(std::string_view key) const {
    const toml::node& node = impl_->require(key);
    const auto* s = node.as_string();
    if (!s) impl_->mismatch(node, key, "a string");
    return s->get();
}

bool Style::flag(std::string_view key) const {
    const toml::node& node = impl_->require(key);
    const auto* b = node.as_boolean();
    if (!b) impl_->mismatch(node, key, "true or false");
    return b->get();
}

std::vector<draw::Color> Style::colors(std::string_view key) const {
    const auto& array = impl_->to_array(impl_->require(key), key, "an array of colour strings");
    std::vector<draw::Color> out;
    out.reserve(array.size());
    for (const auto& element : array) out.push_back(impl_->to_color(element, key));
    return out;
}

std::vector<double> Style::numbers(std::string_view key) const {
    const auto& array = impl_->to_array(impl_->require(key), key, "an array of numbers");
    std::vector<double> out;
    out.reserve(array.size());
    for (const auto& element : array) out.push_back(impl_->to_number(element, key));
    return out;
}

bool Style::has(std::string_view key) const { return impl_->find(key) != nullptr; }

std::vector<std::string> Style::keys(std::string_view table_key) const {
    const toml::node& node = impl_->require(table_key);
    const auto* table = node.as_table();
    if (!table) impl_->mismatch(node, table_key, "a table");
    std::vector<std::string> out;
    for (const auto& [key, value] : *table) out.emplace_back(key.str());
    std::sort(out.begin(), out.end());
    return out;
}

const std::string& Style::path() const { return impl_->path; }

const std::vector<std::string>& Style::overridden_keys() const { return impl_->overridden; }

std::string Style::directory() const { return fs::path(impl_->path).parent_path().string(); }

std::string Style::resolved_path(std::string_view key) const {
    const toml::node& node = impl_->require(key);
    const auto* s = node.as_string();
    if (!s) impl_->mismatch(node, key, "a path string");
    const fs::path value(s->get());
    if (value.is_absolute()) return value.lexically_normal().string();
    // Relative to the file that wrote the value, so an extended style's paths keep working.
    const fs::path base = fs::path(node_file(node, impl_->path)).parent_path();
    return (base / value).lexically_normal().string();
}

}  // namespace dspt::style
