#pragma once
// A calendar date without time zone: the DSPT world only ever speaks in days.
#include <compare>
#include <iosfwd>
#include <optional>
#include <string>
#include <string_view>

namespace dspt::io {

struct Date {
    int year = 0;
    int month = 0;
    int day = 0;
    auto operator<=>(const Date&) const = default;

    std::string iso() const;         // 2023-11-16
    std::string long_form() const;   // 16 November 2023
    std::string short_form() const;  // 16 Nov 2023 (table headers)
    long days_since_epoch() const;   // days since 1970-01-01 (for SOURCE_DATE_EPOCH fallbacks)
};

// Prints iso() (lets Boost.Test and logs show dates).
std::ostream& operator<<(std::ostream& out, const Date& date);

// Each returns nullopt for text that is not a valid calendar date in that format.
std::optional<Date> parse_yyyymmdd(std::string_view text);    // ODS: 20231116
std::optional<Date> parse_dd_mm_yyyy(std::string_view text);  // DSPT export: 16/11/2023
std::optional<Date> parse_iso_date(std::string_view text);    // manifest: 2023-11-16
// "DSPT search results 16_11_2023.csv" -> 2023-11-16 (the last dd_mm_yyyy in the name).
std::optional<Date> date_from_export_file_name(std::string_view file_name);
// The same, also accepting a two-digit year (20yy): "DSPT_trusts_21_22_snapshot09_09_22.csv"
// -> 2022-09-09, as published cuts of earlier snapshots are named.
std::optional<Date> date_from_snapshot_file_name(std::string_view file_name);

}  // namespace dspt::io
