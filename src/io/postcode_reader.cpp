// Postcode coordinates: a small `pcds,lat,long` slice or the whole ONS Postcode
// Directory (~2.7 M rows x ~50 columns, ~1 GB). Only the wanted postcodes are
// converted; every other row costs one normalisation and one hash lookup.
#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <optional>

#include "io/csv_reader.h"
#include "io/input_error.h"
#include "io/reader_support.h"
#include "io/readers.h"

namespace dspt::io {
namespace {

// header_key() forms, best first: ONSPD has pcd (7-character), pcd2 and pcds (with one space).
constexpr std::array<const char*, 4> kPostcodeNames{"pcds", "pcd", "pcd2", "postcode"};
constexpr std::array<const char*, 2> kLatNames{"lat", "latitude"};
constexpr std::array<const char*, 4> kLonNames{"long", "lon", "lng", "longitude"};

template <std::size_t N>
std::optional<std::size_t> find_column(const std::vector<std::string>& keys,
                                       const std::array<const char*, N>& names) {
    for (const char* name : names) {
        for (std::size_t i = 0; i < keys.size(); ++i) {
            if (keys[i] == name) return i;
        }
    }
    return std::nullopt;
}

std::optional<double> parse_number(std::string_view text) {
    text = detail::trim(text);
    if (!text.empty() && text.front() == '+') text.remove_prefix(1);
    double value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (text.empty() || ec != std::errc() || end != text.data() + text.size() || !std::isfinite(value)) {
        return std::nullopt;
    }
    return value;
}

}  // namespace

PostcodeIndex read_postcodes(const std::string& path, const std::unordered_set<std::string>& wanted,
                             Warnings& warnings) {
    CsvReader csv(path);
    csv.next();
    const std::size_t header_line = csv.line();
    std::vector<std::string> header, keys;
    for (std::size_t i = 0; i < csv.size(); ++i) {
        header.emplace_back(detail::trim(csv[i]));
        keys.push_back(detail::header_key(header.back()));
    }
    const auto pc_col = find_column(keys, kPostcodeNames);
    const auto lat_col = find_column(keys, kLatNames);
    const auto lon_col = find_column(keys, kLonNames);
    if (!pc_col || !lat_col || !lon_col) {
        std::string missing;
        if (!pc_col) missing += "pcds";
        if (!lat_col) missing += missing.empty() ? "lat" : ", lat";
        if (!lon_col) missing += missing.empty() ? "long" : ", long";
        throw InputError(path, header_line, 0,
                         "missing column(s) " + missing +
                             " (a postcode file needs pcds, lat and long, as in the ONS Postcode Directory); "
                             "columns found: " +
                             detail::join_header(header));
    }

    PostcodeIndex index;
    if (wanted.empty()) return index;
    const std::size_t needed = std::max({*pc_col, *lat_col, *lon_col}) + 1;
    std::size_t short_rows = 0, first_short_line = 0;
    std::string key;
    key.reserve(16);
    while (csv.next()) {
        if (csv.size() < needed) {
            if (short_rows++ == 0) first_short_line = csv.line();
            continue;
        }
        key.clear();
        for (char c : csv[*pc_col]) {
            if (c == ' ' || c == '\t') continue;
            key += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
        }
        if (!wanted.contains(key)) continue;

        const auto lat = parse_number(csv[*lat_col]);
        const auto lon = parse_number(csv[*lon_col]);
        if (!lat || !lon) {
            warnings.add("bad-coordinates", csv.where(lat ? *lon_col : *lat_col),
                         "postcode " + detail::excerpt(detail::trim(csv[*pc_col])) + " has coordinates '" +
                             detail::excerpt(detail::trim(csv[*lat_col])) + "', '" +
                             detail::excerpt(detail::trim(csv[*lon_col])) +
                             "' that are not numbers; treated as not found");
            continue;
        }
        // ONSPD writes lat 99.999999 (long 0) for postcodes that have no grid reference.
        if (*lat > 99.9 && *lat < 100.0) {
            warnings.add(
                "no-coordinates", csv.where(*lat_col),
                "postcode " + detail::excerpt(detail::trim(csv[*pc_col])) +
                    " has no grid reference in the postcode file (lat 99.999999); treated as not found");
            continue;
        }
        if (std::fabs(*lat) > 90 || std::fabs(*lon) > 180) {
            warnings.add("bad-coordinates", csv.where(std::fabs(*lat) > 90 ? *lat_col : *lon_col),
                         "postcode " + detail::excerpt(detail::trim(csv[*pc_col])) +
                             " has coordinates out of range (" +
                             detail::excerpt(detail::trim(csv[*lat_col])) + ", " +
                             detail::excerpt(detail::trim(csv[*lon_col])) + "); treated as not found");
            continue;
        }
        const auto [it, inserted] = index.emplace(key, LatLon{*lat, *lon});
        if (!inserted && (it->second.lat != *lat || it->second.lon != *lon)) {
            warnings.add("duplicate-postcode", csv.where(*pc_col),
                         "postcode " + detail::excerpt(key) +
                             " appears again with different coordinates; the first is kept");
        }
    }
    if (short_rows > 0) {
        warnings.add(
            "ragged-row", Where{path, first_short_line, 0},
            std::to_string(short_rows) +
                " row(s) have too few fields to hold a postcode and its coordinates (first here); skipped");
    }
    detail::report_encoding(csv, warnings);
    return index;
}

}  // namespace dspt::io
