// The DSPT portal export. The portal has renamed its columns over the years
// (2019: "ODSCode, OrganisationName, PublicationStatus, ..."; 2023: "Code,
// Organisation Name, Status, ..."), and the published cuts of snapshots name them again
// differently ("ODS Code, ODS Org Name"), so columns are found by alias, not position.
#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <unordered_map>

#include "io/csv_reader.h"
#include "io/input_error.h"
#include "io/reader_support.h"
#include "io/readers.h"

namespace dspt::io {
namespace {

enum Role { kCode, kName, kStatus, kPublished, kSector, kIcb, kRoleCount };

struct RoleSpec {
    const char* display;                  // as in the current export
    std::array<const char*, 6> aliases;   // header_key() forms, exact; nullptr ends the list
    std::array<const char*, 3> prefixes;  // header_key() forms that start with one of these
    bool required;
};

const std::array<RoleSpec, kRoleCount> kRoles{{
    {"Code", {"code", "odscode", "organisationcode", "orgcode", nullptr}, {}, true},
    {"Organisation Name",
     {"organisationname", "organizationname", "name", "orgname", "odsorgname", nullptr},
     {},
     true},
    {"Status", {"status", "publicationstatus", nullptr}, {}, true},
    {"Date Of Publication",
     {"dateofpublication", "publicationdate", "datepublished", "published", nullptr},
     {},
     false},
    {"Primary Sector", {"primarysector", "sector", nullptr}, {}, false},
    // "Integrated Care Board (where available, from ODS)"; 2019: "CCG (from ODS and CQC)".
    {"Integrated Care Board", {"icb", "ccg", nullptr}, {"integratedcareboard", "ccg", "icb"}, false},
}};

bool matches(const RoleSpec& spec, const std::string& key) {
    for (const char* alias : spec.aliases) {
        if (alias == nullptr) break;
        if (key == alias) return true;
    }
    for (const char* prefix : spec.prefixes) {
        if (prefix != nullptr && key.rfind(prefix, 0) == 0) return true;
    }
    return false;
}

std::string also_accepted(const RoleSpec& spec) {
    std::string out;
    for (const char* alias : spec.aliases) {
        if (alias == nullptr) break;
        if (!out.empty()) out += ", ";
        out += alias;
    }
    return out;
}

// A row repeated cell for cell (an export appended to itself, a copy pasted twice) says
// nothing new: it is dropped before any other per-row check, so N copies of a row
// with a warning give that warning once, and the copies are counted in ONE warning.
// Every distinct row is kept once, in one arena string indexed by its hash: a trend read
// of the 2019 export passes 31,970 rows here, and a string (and a set node) per row
// tripled the time of that read.
class ExactDuplicates {
public:
    // True when the current record repeats an earlier one exactly.
    bool seen_before(const CsvReader& csv) {
        // Each field length-prefixed, so "a,b" + "c" never equals "a" + "b,c".
        key_.clear();
        for (std::size_t i = 0; i < csv.size(); ++i) {
            const std::string_view field = csv[i];
            const auto length = static_cast<std::uint32_t>(field.size());
            key_.append(reinterpret_cast<const char*>(&length), sizeof length);
            key_.append(field);
        }
        const std::size_t hash = std::hash<std::string_view>{}(key_);
        const auto [first, last] = rows_.equal_range(hash);
        for (auto it = first; it != last; ++it) {
            if (std::string_view(arena_).substr(it->second.offset, it->second.length) != key_) continue;
            if (first_lines_.size() < kLinesNamed) first_lines_.push_back(csv.line());
            ++count_;
            return true;
        }
        rows_.emplace(hash, Span{arena_.size(), key_.size()});
        arena_ += key_;
        return false;
    }

    void report(const std::string& path, Warnings& warnings) const {
        if (count_ == 0) return;
        std::string lines;
        for (const std::size_t line : first_lines_)
            lines += (lines.empty() ? "" : ", ") + std::to_string(line);
        warnings.add("exact-duplicate-row", Where{path, first_lines_.front(), 0},
                     std::to_string(count_) +
                         " row(s) repeat an earlier row in every column and are ignored; " +
                         (first_lines_.size() == 1 ? "line " : "lines ") + lines +
                         (count_ > first_lines_.size() ? ", ..." : ""));
    }

private:
    struct Span {
        std::size_t offset;
        std::size_t length;
    };
    static constexpr std::size_t kLinesNamed = 5;
    std::string key_;                                  // the current row's key (reused)
    std::string arena_;                                // the keys of the distinct rows so far
    std::unordered_multimap<std::size_t, Span> rows_;  // hash -> key in arena_
    std::vector<std::size_t> first_lines_;
    std::size_t count_ = 0;
};

}  // namespace

DsptExport read_dspt_export(const std::string& path, Warnings& warnings, const ExportReadOptions& options) {
    CsvReader csv(path);
    csv.next();  // the header; an empty file throws here
    const std::size_t header_line = csv.line();
    std::vector<std::string> header;
    for (std::size_t i = 0; i < csv.size(); ++i) header.emplace_back(detail::trim(csv[i]));

    std::array<std::optional<std::size_t>, kRoleCount> column;
    for (std::size_t i = 0; i < header.size(); ++i) {
        const std::string key = detail::header_key(header[i]);
        for (int r = 0; r < kRoleCount; ++r) {
            if (r == kPublished && !options.publication_dates) continue;
            if (!column[r] && matches(kRoles[r], key)) {
                column[r] = i;
                break;
            }
        }
    }
    for (int r = 0; r < kRoleCount; ++r) {
        if (column[r] || (r == kPublished && !options.publication_dates)) continue;
        const RoleSpec& spec = kRoles[r];
        const std::string what = "column '" + std::string(spec.display) +
                                 "' (case and spaces ignored; also accepted: " + also_accepted(spec) + ")";
        if (spec.required) {
            throw InputError(path, header_line, 0,
                             "missing " + what + "; columns found: " + detail::join_header(header));
        }
        if (options.warn_missing_columns)
            warnings.add("missing-column", Where{path, header_line, 0},
                         "no " + what + "; its values are read as empty");
    }

    DsptExport result;
    result.path = path;
    std::unordered_map<std::string, std::size_t> by_code;  // code -> index in result.records
    std::size_t data_rows = 0;
    ExactDuplicates exact_duplicates;
    const auto value = [&](int role) -> std::string_view {
        const auto c = column[role];
        return c && *c < csv.size() ? detail::trim(csv[*c]) : std::string_view{};
    };

    while (csv.next()) {
        ++data_rows;
        if (exact_duplicates.seen_before(csv)) continue;
        if (csv.size() != header.size()) {
            warnings.add("ragged-row", csv.where(0),
                         "row has " + std::to_string(csv.size()) + " fields, the header has " +
                             std::to_string(header.size()) +
                             (csv.size() < header.size() ? "; the missing fields are read as empty"
                                                         : "; the extra fields are ignored"));
        }
        if (options.keep_sector && !options.keep_sector(value(kSector))) continue;
        DsptRecord record;
        record.code = value(kCode);
        record.line = csv.line();
        if (record.code.empty()) {
            warnings.add("missing-code",
                         csv.where(column[kCode] && *column[kCode] < csv.size() ? *column[kCode] : 0),
                         "row has no organisation code; skipped");
            continue;
        }
        record.name = value(kName);
        record.status = value(kStatus);
        record.primary_sector = value(kSector);
        record.icb_name = value(kIcb);
        if (const auto text = value(kPublished); !text.empty()) {
            record.published = parse_dd_mm_yyyy(text);
            if (!record.published) record.published = parse_iso_date(text);
            if (!record.published) {
                warnings.add("unparsed-date", csv.where(*column[kPublished]),
                             "'" + detail::excerpt(text) + "' is not a date (dd/mm/yyyy); " +
                                 detail::excerpt(record.code) + " is read as having no publication date",
                             record.code);
            }
        }
        const auto [it, inserted] = by_code.emplace(record.code, result.records.size());
        if (!inserted) {
            const DsptRecord& first = result.records[it->second];
            if (first.status != record.status) {
                warnings.add("duplicate-code", csv.where(*column[kCode]),
                             "code " + detail::excerpt(record.code) + " appears on line " +
                                 std::to_string(first.line) + " ('" + detail::excerpt(first.status) +
                                 "') and line " + std::to_string(record.line) + " ('" +
                                 detail::excerpt(record.status) + "'); the first is kept",
                             record.code);
            }
            continue;
        }
        result.records.push_back(std::move(record));
    }
    if (data_rows == 0) throw InputError(path, header_line, 0, "no data rows (the file has only a header)");
    exact_duplicates.report(path, warnings);
    detail::report_encoding(csv, warnings);
    return result;
}

}  // namespace dspt::io
