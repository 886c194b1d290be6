// The ONS Sub-ICB location -> ICB -> NHS England region lookup. ONS renames the
// columns every year (ICB22CD, ICB23CD, ...), so they are found by pattern.
#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <unordered_map>

#include "io/csv_reader.h"
#include "io/input_error.h"
#include "io/reader_support.h"
#include "io/readers.h"

namespace dspt::io {
namespace {

enum Role { kIcbCd, kIcbCdh, kIcbNm, kRegionCd, kRegionCdh, kRegionNm, kRoleCount };

struct Pattern {
    const char* prefix;  // followed by two digits (the year)
    const char* suffix;
};
const std::array<Pattern, kRoleCount> kPatterns{
    {{"ICB", "CD"}, {"ICB", "CDH"}, {"ICB", "NM"}, {"NHSER", "CD"}, {"NHSER", "CDH"}, {"NHSER", "NM"}}};

// "icb23cdh" matches {ICB, CDH}; case-insensitive, trimmed.
bool matches(const Pattern& p, std::string_view name) {
    std::string upper;
    for (char c : detail::trim(name)) upper += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    const std::string_view prefix = p.prefix, suffix = p.suffix;
    if (upper.size() != prefix.size() + 2 + suffix.size()) return false;
    if (upper.compare(0, prefix.size(), prefix) != 0) return false;
    for (std::size_t k = prefix.size(); k < prefix.size() + 2; ++k) {
        if (upper[k] < '0' || upper[k] > '9') return false;
    }
    return upper.compare(prefix.size() + 2, suffix.size(), suffix) == 0;
}

std::string display(const Pattern& p) { return std::string(p.prefix) + "yy" + p.suffix; }

}  // namespace

OnsLookup read_ons_lookup(const std::string& path, Warnings& warnings) {
    CsvReader csv(path);
    csv.next();
    const std::size_t header_line = csv.line();
    std::vector<std::string> header;
    for (std::size_t i = 0; i < csv.size(); ++i) header.emplace_back(detail::trim(csv[i]));

    std::array<std::size_t, kRoleCount> column{};
    std::string missing;
    for (int r = 0; r < kRoleCount; ++r) {
        std::optional<std::size_t> found;
        for (std::size_t i = 0; i < header.size() && !found; ++i) {
            if (matches(kPatterns[r], header[i])) found = i;
        }
        if (found) {
            column[r] = *found;
        } else {
            missing += (missing.empty() ? "" : ", ") + display(kPatterns[r]);
        }
    }
    if (!missing.empty()) {
        throw InputError(path, header_line, 0,
                         "missing column(s) " + missing +
                             " (yy = any year, e.g. ICB23CD); columns found: " + detail::join_header(header));
    }

    OnsLookup lookup;
    std::unordered_map<std::string, std::size_t> by_code;  // ICB ONS code -> index in lookup.icbs
    std::unordered_map<std::string, std::size_t> by_ods;   // ICB ODS code -> line it was first given
    // The ICB codes name files (icb/<code>.pdf) and join every table: a value that is not a
    // code (a path, a stray comma) or one ODS code given to two ICBs is the wrong file or a
    // broken one, and stops the run here rather than overwrite or misfile an ICB's page.
    const auto require_code = [&](int role, const std::string& value) {
        const bool ok = !value.empty() && value.size() <= 16 &&
                        std::all_of(value.begin(), value.end(),
                                    [](char c) { return std::isalnum(static_cast<unsigned char>(c)) != 0; });
        if (!ok)
            csv.fail(column[role],
                     "'" + detail::excerpt(value) + "' is not an ICB code (letters and digits)");
    };
    std::size_t data_rows = 0;
    while (csv.next()) {
        ++data_rows;
        const auto get = [&](int role) -> std::string {
            const std::size_t c = column[role];
            return c < csv.size() ? std::string(detail::trim(csv[c])) : std::string();
        };
        IcbInfo icb{get(kIcbCd), get(kIcbCdh), get(kIcbNm), get(kRegionCd), get(kRegionCdh), get(kRegionNm)};
        if (icb.ons_code.empty()) {
            warnings.add("missing-code", csv.where(column[kIcbCd] < csv.size() ? column[kIcbCd] : csv.size()),
                         "lookup row has no ICB code; skipped");
            continue;
        }
        const auto [it, inserted] = by_code.emplace(icb.ons_code, lookup.icbs.size());
        if (inserted) {
            require_code(kIcbCd, icb.ons_code);
            if (!icb.ods_code.empty()) {
                require_code(kIcbCdh, icb.ods_code);
                const auto [seen, fresh] = by_ods.emplace(icb.ods_code, csv.line());
                if (!fresh)
                    csv.fail(column[kIcbCdh], "ICB code " + icb.ods_code + " is given to ICB " +
                                                  icb.ons_code + " here and to another ICB on line " +
                                                  std::to_string(seen->second));
            }
            lookup.icbs.push_back(std::move(icb));
            continue;
        }
        const IcbInfo& first = lookup.icbs[it->second];
        if (first.ods_code != icb.ods_code || first.name != icb.name ||
            first.region_ons_code != icb.region_ons_code) {
            warnings.add("inconsistent-icb", csv.where(column[kIcbCd]),
                         "ICB " + detail::excerpt(icb.ons_code) + " is listed here as " +
                             detail::excerpt(icb.ods_code) + " '" + detail::excerpt(icb.name) + "' in " +
                             icb.region_ons_code + " but earlier as " + first.ods_code + " '" +
                             detail::excerpt(first.name) + "' in " + first.region_ons_code +
                             "; the first is kept");
        }
    }
    if (data_rows == 0) throw InputError(path, header_line, 0, "no data rows (the file has only a header)");
    detail::report_encoding(csv, warnings);
    return lookup;
}

}  // namespace dspt::io
