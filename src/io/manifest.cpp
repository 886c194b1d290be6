// The run manifest (TOML). The only file of this module that includes toml++: it is
// slow to compile. Every error names the manifest and the TOML line:column.
#include "io/manifest.h"

#include <toml++/toml.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "io/input_error.h"

namespace dspt::io {
namespace {

namespace fs = std::filesystem;

const char* type_name(toml::node_type t) {
    switch (t) {
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
        case toml::node_type::none:
            break;
    }
    return "nothing";
}

class ManifestReader {
public:
    ManifestReader(std::string path, bool need_boundaries)
        : path_(std::move(path)), dir_(fs::path(path_).parent_path()), need_boundaries_(need_boundaries) {}

    Manifest read() {
        std::error_code ec;
        if (fs::is_directory(path_, ec)) throw InputError(path_, "is a folder, not a manifest file");
        std::ifstream in(path_, std::ios::binary);
        if (!in) throw InputError(path_, "cannot open the manifest");
        std::ostringstream text;
        text << in.rdbuf();
        toml::table root;
        try {
            root = toml::parse(text.str(), path_);
        } catch (const toml::parse_error& e) {
            throw InputError(path_, e.source().begin.line, e.source().begin.column,
                             "TOML syntax error: " + std::string(e.description()));
        }

        Manifest m;
        m.path = path_;
        for (auto&& [key, node] : root) {
            const std::string name(key.str());
            if (name != "briefing" && name != "inputs" && name != "history") unknown(key, "");
            if (name == "history") {
                if (!node.is_array_of_tables())
                    wrong_type(key, node, "an array of tables ([[history]] entries)");
            } else if (!node.is_table()) {
                wrong_type(key, node, "a table");
            }
        }
        if (const auto* briefing = root["briefing"].as_table()) read_briefing(*briefing, m);
        const auto* inputs = root["inputs"].as_table();
        if (!inputs)
            throw InputError(path_, "missing table [inputs] (dspt_export, ods_trusts, ons_lookup, ...)");
        read_inputs(*inputs, m);
        if (const auto* history = root["history"].as_array())
            for (const auto& entry : *history) m.history.push_back(read_history(*entry.as_table()));
        return m;
    }

private:
    [[noreturn]] void fail(const toml::source_region& where, const std::string& message) const {
        throw InputError(path_, where.begin.line, where.begin.column, message);
    }
    [[noreturn]] void unknown(const toml::key& key, const std::string& table) const {
        fail(key.source(),
             "unknown key '" + (table.empty() ? "" : table + ".") + std::string(key.str()) + "'");
    }
    [[noreturn]] void wrong_type(const toml::key& key, const toml::node& node,
                                 const std::string& expected) const {
        fail(node.source().begin.line ? node.source() : key.source(),
             "'" + std::string(key.str()) + "' must be " + expected + ", not " + type_name(node.type()));
    }

    std::string string_value(const toml::key& key, const toml::node& node) const {
        const auto* s = node.as_string();
        if (!s) wrong_type(key, node, "a string");
        return s->get();
    }

    // Resolved against the manifest's folder; must name an existing file.
    std::string input_path(const std::string& key_name, const toml::node& node,
                           const std::string& text) const {
        if (text.empty()) fail(node.source(), "'inputs." + key_name + "' is an empty path");
        const std::string resolved = resolved_path(text);
        std::error_code ec;
        const auto status = fs::status(resolved, ec);
        if (!fs::exists(status))
            fail(node.source(), "'inputs." + key_name + "': file not found: " + resolved);
        if (fs::is_directory(status)) {
            fail(node.source(), "'inputs." + key_name + "' names a folder, not a file: " + resolved);
        }
        return resolved;
    }

    static bool is_edition_text(const std::string& e) {
        return e.size() == 5 && e[2] == '/' && std::isdigit(static_cast<unsigned char>(e[0])) &&
               std::isdigit(static_cast<unsigned char>(e[1])) &&
               std::isdigit(static_cast<unsigned char>(e[3])) &&
               std::isdigit(static_cast<unsigned char>(e[4]));
    }

    // "NHS Trust", "ICB", "CSU" (also their long labels, any case and spacing).
    std::string sector_value(const toml::node& node, const std::string& text) const {
        std::string k;
        for (char c : text)
            if (std::isalnum(static_cast<unsigned char>(c)))
                k += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (k == "nhstrust" || k == "nhstrusts") return "NHS Trust";
        if (k == "icb" || k == "integratedcareboardicb" || k == "integratedcareboard") return "ICB";
        if (k == "csu" || k == "commissioningsupportunitcsu" || k == "commissioningsupportunit") return "CSU";
        fail(node.source(),
             "'history.sector' = \"" + text + "\" is not a sector: \"NHS Trust\", \"ICB\" or \"CSU\"");
    }

    // One [[history]] entry: export (required), date (else from the file name), edition, sector.
    HistoryEntry read_history(const toml::table& table) const {
        HistoryEntry h;
        h.line = table.source().begin.line;
        std::optional<Date> date;
        bool has_export = false;
        for (auto&& [key, node] : table) {
            const std::string name(key.str());
            if (name == "export") {
                const std::string text = string_value(key, node);
                if (text.empty()) fail(node.source(), "'history.export' is an empty path");
                h.export_path = resolved_path(text);
                std::error_code ec;
                const auto status = fs::status(h.export_path, ec);
                if (!fs::exists(status))
                    fail(node.source(), "'history.export': file not found: " + h.export_path);
                if (fs::is_directory(status))
                    fail(node.source(), "'history.export' names a folder, not a file: " + h.export_path);
                has_export = true;
            } else if (name == "date") {
                if (const auto* d = node.as_date()) {
                    const toml::date v = d->get();
                    date = parse_iso_date(Date{v.year, v.month, v.day}.iso());
                    if (!date) fail(node.source(), "'history.date' is not a valid date");
                } else if (const auto* s = node.as_string()) {
                    date = parse_iso_date(s->get());
                    if (!date)
                        fail(node.source(), "'history.date' = \"" + s->get() + "\" is not a date YYYY-MM-DD");
                } else {
                    wrong_type(key, node, "a date (2022-09-09) or a string \"2022-09-09\"");
                }
            } else if (name == "edition") {
                const std::string e = string_value(key, node);
                if (!is_edition_text(e))
                    fail(node.source(), "'history.edition' = \"" + e + "\" is not an edition like \"21/22\"");
                h.edition = e;
            } else if (name == "sector") {
                h.sector = sector_value(node, string_value(key, node));
            } else {
                unknown(key, "history");
            }
        }
        const std::string file = fs::path(h.export_path).filename().string();
        if (!has_export) fail(table.source(), "[[history]] entry without 'export' (the snapshot's file)");
        if (!date) {
            date = date_from_snapshot_file_name(file);
            if (!date)
                fail(table.source(), "[[history]] entry names no 'date' and its file name '" + file +
                                         "' holds no dd_mm_yyyy or dd_mm_yy date");
        }
        h.date = *date;
        return h;
    }

    void read_briefing(const toml::table& table, Manifest& m) const {
        for (auto&& [key, node] : table) {
            const std::string name(key.str());
            if (name == "title") {
                m.title = string_value(key, node);
            } else if (name == "reference_date") {
                if (const auto* d = node.as_date()) {
                    const toml::date v = d->get();
                    const auto date = parse_iso_date(Date{v.year, v.month, v.day}.iso());
                    if (!date) fail(node.source(), "'briefing.reference_date' is not a valid date");
                    m.reference_date = date;
                } else if (const auto* s = node.as_string()) {
                    m.reference_date = parse_iso_date(s->get());
                    if (!m.reference_date) {
                        fail(node.source(),
                             "'briefing.reference_date' = \"" + s->get() + "\" is not a date YYYY-MM-DD");
                    }
                } else {
                    wrong_type(key, node, "a date (2023-11-16) or a string \"2023-11-16\"");
                }
            } else if (name == "edition") {
                const std::string e = string_value(key, node);
                const bool ok = e.size() == 5 && e[2] == '/' &&
                                std::isdigit(static_cast<unsigned char>(e[0])) &&
                                std::isdigit(static_cast<unsigned char>(e[1])) &&
                                std::isdigit(static_cast<unsigned char>(e[3])) &&
                                std::isdigit(static_cast<unsigned char>(e[4]));
                if (!ok)
                    fail(node.source(),
                         "'briefing.edition' = \"" + e + "\" is not an edition like \"22/23\"");
                m.edition = e;
            } else if (name == "icb_pages") {
                const auto* b = node.as_boolean();
                if (!b) wrong_type(key, node, "true or false");
                m.icb_pages = b->get();
            } else {
                unknown(key, "briefing");
            }
        }
    }

    void read_inputs(const toml::table& table, Manifest& m) const {
        bool has_trusts = false;
        // Not a structured binding: clang 14 (the fuzz build) cannot capture one in a lambda.
        for (auto&& entry : table) {
            const toml::key& key = entry.first;
            const toml::node& node = entry.second;
            const std::string name(key.str());
            const auto one = [&]() { return input_path(name, node, string_value(key, node)); };
            if (name == "dspt_export") {
                m.dspt_export = one();
            } else if (name == "previous_export") {
                m.previous_export = one();
            } else if (name == "ods_csus") {
                m.ods_csus = one();
            } else if (name == "ods_successors") {
                m.ods_successors = one();
            } else if (name == "ons_lookup") {
                m.ons_lookup = one();
            } else if (name == "icb_boundaries" || name == "region_boundaries") {
                // A run that draws no map does not read them: their path is kept, unchecked.
                const std::string path = need_boundaries_ ? one() : resolved_path(string_value(key, node));
                (name == "icb_boundaries" ? m.icb_boundaries : m.region_boundaries) = path;
            } else if (name == "postcodes") {
                m.postcodes = one();
            } else if (name == "ods_trusts") {
                has_trusts = true;
                // One file is also accepted as a plain string.
                if (node.is_string()) {
                    m.ods_trusts.push_back(one());
                } else if (const auto* array = node.as_array()) {
                    if (array->empty())
                        fail(node.source(), "'inputs.ods_trusts' is empty (list the etr and ect files)");
                    for (const auto& item : *array) {
                        const auto* s = item.as_string();
                        if (!s) {
                            fail(item.source(),
                                 std::string("'inputs.ods_trusts' must list file paths (strings), not ") +
                                     type_name(item.type()));
                        }
                        m.ods_trusts.push_back(input_path(name, item, s->get()));
                    }
                } else {
                    wrong_type(key, node, "an array of file paths");
                }
            } else {
                unknown(key, "inputs");
            }
        }
        std::string missing;
        const auto need = [&](bool present, const char* key) {
            if (!present) missing += std::string(missing.empty() ? "" : ", ") + "'inputs." + key + "'";
        };
        need(!m.dspt_export.empty(), "dspt_export");
        need(has_trusts, "ods_trusts");
        need(!m.ons_lookup.empty(), "ons_lookup");
        need(!need_boundaries_ || !m.icb_boundaries.empty(), "icb_boundaries");
        need(!need_boundaries_ || !m.region_boundaries.empty(), "region_boundaries");
        if (!missing.empty()) fail(table.source(), "missing required key(s) " + missing);
    }

    std::string resolved_path(const std::string& text) const {
        const fs::path p(text);
        return (p.is_absolute() ? p : dir_ / p).lexically_normal().string();
    }

    std::string path_;
    fs::path dir_;
    bool need_boundaries_;
};

}  // namespace

Manifest read_manifest(const std::string& path, bool need_boundaries) {
    return ManifestReader(path, need_boundaries).read();
}

}  // namespace dspt::io
