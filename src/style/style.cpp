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

// Reads one table of the style into a struct of theme.h by walking the struct's visit()
// (its schema): every key of the schema must be in the table with a value of its type, and
// every key of the table must be in the schema. Errors name the file that wrote the key
// (a style and the file it extends, or the override) and its line and column.
class Reader {
public:
    Reader(const toml::table& table, std::string prefix, const std::string& fallback_file)
        : table_(table), prefix_(std::move(prefix)), fallback_(fallback_file) {}

    void operator()(const char* key, double& out) { out = number(need(key), key); }

    void operator()(const char* key, int& out) {
        const toml::node& node = need(key);
        const auto* i = node.as_integer();
        if (!i) mismatch(node, key, "an integer");
        out = static_cast<int>(i->get());
    }

    void operator()(const char* key, bool& out) {
        const toml::node& node = need(key);
        const auto* b = node.as_boolean();
        if (!b) mismatch(node, key, "true or false");
        out = b->get();
    }

    void operator()(const char* key, std::string& out) {
        const toml::node& node = need(key);
        const auto* s = node.as_string();
        if (!s) mismatch(node, key, "a string");
        out = s->get();
    }

    void operator()(const char* key, draw::Color& out) { out = color(need(key), key); }

    void operator()(const char* key, std::vector<draw::Color>& out) {
        const toml::node& node = need(key);
        const auto* a = node.as_array();
        if (!a) mismatch(node, key, "an array of colour strings \"#rrggbb\"");
        out.clear();
        for (const auto& element : *a) out.push_back(color(element, key));
    }

    // A file name, relative to the directory of the style file that wrote it, so a value
    // inherited through `extends` keeps working.
    void path(const char* key, std::string& out) {
        const toml::node& node = need(key);
        const auto* s = node.as_string();
        if (!s) mismatch(node, key, "a path string");
        const fs::path value(s->get());
        if (value.is_absolute()) {
            out = value.lexically_normal().string();
        } else {
            const fs::path base = fs::path(node_file(node, fallback_)).parent_path();
            out = (base / value).lexically_normal().string();
        }
    }

    template <class T>
    void table(const char* key, T& out) {
        const toml::node& node = need(key);
        const auto* sub = node.as_table();
        if (!sub) mismatch(node, key, "a table");
        Reader reader(*sub, dotted(key), fallback_);
        out.visit(reader);
        reader.reject_unknown();
    }

    // A key of the table that the schema did not ask for.
    void reject_unknown() const {
        for (const auto& [key, node] : table_) {
            if (std::find(seen_.begin(), seen_.end(), key.str()) != seen_.end()) continue;
            const auto& at = key.source().begin.line ? key.source() : node.source();
            const std::string file = at.path ? std::string(*at.path) : node_file(node, fallback_);
            throw io::InputError(
                file, at.begin.line, at.begin.column,
                "style key \"" + dotted(key.str()) + "\" is unknown (no figure or page reads it)");
        }
    }

private:
    std::string dotted(std::string_view key) const {
        return prefix_.empty() ? std::string(key) : prefix_ + "." + std::string(key);
    }

    const toml::node& need(const char* key) {
        seen_.emplace_back(key);
        const toml::node* node = table_.get(key);
        if (!node) {
            // The position of the table that lacks it (its header line).
            const auto& at = table_.source();
            const std::string file = at.path ? std::string(*at.path) : fallback_;
            throw io::InputError(file, at.begin.line, 0, "style key \"" + dotted(key) + "\" is missing");
        }
        return *node;
    }

    [[noreturn]] void mismatch(const toml::node& node, std::string_view key, std::string_view wanted) const {
        const auto& b = node.source().begin;
        throw io::InputError(node_file(node, fallback_), b.line, b.column,
                             "style key \"" + dotted(key) + "\" must be " + std::string(wanted) + ", found " +
                                 type_name(node));
    }

    draw::Color color(const toml::node& node, std::string_view key) const {
        const auto* s = node.as_string();
        if (!s) mismatch(node, key, "a colour string \"#rrggbb\"");
        try {
            return draw::Color::from_hex(s->get());
        } catch (const std::invalid_argument& e) {
            const auto& b = node.source().begin;
            throw io::InputError(node_file(node, fallback_), b.line, b.column,
                                 "style key \"" + dotted(key) + "\": " + e.what());
        }
    }

    double number(const toml::node& node, std::string_view key) const {
        if (const auto* i = node.as_integer()) return static_cast<double>(i->get());
        if (const auto* f = node.as_floating_point()) return f->get();
        mismatch(node, key, "a number");
    }

    const toml::table& table_;
    std::string prefix_;
    const std::string& fallback_;
    std::vector<std::string_view> seen_;
};

Theme read_theme(const toml::table& root, const std::string& path) {
    Theme theme;
    Reader reader(root, "", path);
    theme.visit(reader);
    reader.reject_unknown();
    return theme;
}

}  // namespace

struct Style::Impl {
    std::string path;
    std::vector<std::string> overridden;
    Theme theme;
};

Style::Style() : impl_(std::make_unique<Impl>()) {}
Style::~Style() = default;
Style::Style(Style&&) noexcept = default;
Style& Style::operator=(Style&&) noexcept = default;

Style Style::load(const std::string& path) { return load(path, "", path); }

Style Style::load(const std::string& path, const std::string& user_override,
                  const std::string& defaults_path) {
    Style style;
    style.impl_->path = path;
    toml::table root = load_with_extends(fs::path(path), 0, "");
    if (!user_override.empty()) {
        if (!fs::is_regular_file(user_override))
            throw io::InputError(user_override, "style override file not found");
        toml::table over = parse_file(user_override, "");
        const toml::table defaults = load_with_extends(fs::path(defaults_path), 0, "");
        toml::table changes =
            changes_of(over, defaults, "", user_override, defaults_path, style.impl_->overridden);
        std::sort(style.impl_->overridden.begin(), style.impl_->overridden.end());
        merge_into(root, std::move(changes));
    }
    // The one read of the values: everything after this uses the typed theme.
    style.impl_->theme = read_theme(root, path);
    return style;
}

const Theme& Style::theme() const { return impl_->theme; }

const std::string& Style::path() const { return impl_->path; }

const std::vector<std::string>& Style::overridden_keys() const { return impl_->overridden; }

}  // namespace dspt::style
