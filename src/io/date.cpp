#include "io/date.h"

#include <array>
#include <charconv>
#include <ostream>

namespace dspt::io {
namespace {

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

int days_in_month(int year, int month) {
    static constexpr std::array<int, 12> days{31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    return month == 2 && is_leap(year) ? 29 : days[static_cast<std::size_t>(month - 1)];
}

// Years outside this range are typos in practice (0023, 20233), not history.
std::optional<Date> make_date(int year, int month, int day) {
    if (year < 1800 || year > 2999 || month < 1 || month > 12 || day < 1) return std::nullopt;
    if (day > days_in_month(year, month)) return std::nullopt;
    return Date{year, month, day};
}

// Parses all of `text` as a run of digits of length in [min_len, max_len].
std::optional<int> digits(std::string_view text, std::size_t min_len, std::size_t max_len) {
    if (text.size() < min_len || text.size() > max_len) return std::nullopt;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return std::nullopt;
        value = value * 10 + (c - '0');
    }
    return value;
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

// "a<sep>b<sep>c" -> three parts, or nothing if the separator count is not exactly two.
std::optional<std::array<std::string_view, 3>> split3(std::string_view text, char sep) {
    const auto first = text.find(sep);
    if (first == std::string_view::npos) return std::nullopt;
    const auto second = text.find(sep, first + 1);
    if (second == std::string_view::npos || text.find(sep, second + 1) != std::string_view::npos)
        return std::nullopt;
    return std::array<std::string_view, 3>{text.substr(0, first), text.substr(first + 1, second - first - 1),
                                           text.substr(second + 1)};
}

const std::array<const char*, 12> kMonthNames{"January",   "February", "March",    "April",
                                              "May",       "June",     "July",     "August",
                                              "September", "October",  "November", "December"};

std::string two_digits(int v) { return std::string(1, char('0' + v / 10)) + char('0' + v % 10); }

}  // namespace

std::string Date::iso() const {
    return std::to_string(year) + '-' + two_digits(month) + '-' + two_digits(day);
}

std::string Date::long_form() const {
    if (month < 1 || month > 12) return iso();
    return std::to_string(day) + ' ' + kMonthNames[static_cast<std::size_t>(month - 1)] + ' ' +
           std::to_string(year);
}

std::string Date::short_form() const {
    if (month < 1 || month > 12) return iso();
    const std::string_view name(kMonthNames[static_cast<std::size_t>(month - 1)]);
    return std::to_string(day) + ' ' + std::string(name.substr(0, 3)) + ' ' + std::to_string(year);
}

long Date::days_since_epoch() const {
    // Howard Hinnant's days_from_civil: exact for the proleptic Gregorian calendar.
    const long y = year - (month <= 2 ? 1 : 0);
    const long era = (y >= 0 ? y : y - 399) / 400;
    const long yoe = y - era * 400;
    const long mp = (month + 9) % 12;
    const long doy = (153 * mp + 2) / 5 + day - 1;
    const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

std::ostream& operator<<(std::ostream& out, const Date& date) { return out << date.iso(); }

std::optional<Date> parse_yyyymmdd(std::string_view text) {
    text = trim(text);
    if (text.size() != 8) return std::nullopt;
    const auto y = digits(text.substr(0, 4), 4, 4);
    const auto m = digits(text.substr(4, 2), 2, 2);
    const auto d = digits(text.substr(6, 2), 2, 2);
    if (!y || !m || !d) return std::nullopt;
    return make_date(*y, *m, *d);
}

std::optional<Date> parse_dd_mm_yyyy(std::string_view text) {
    // Spreadsheets drop leading zeros ("1/7/2019"), so one or two digits are accepted.
    const auto parts = split3(trim(text), '/');
    if (!parts) return std::nullopt;
    const auto d = digits((*parts)[0], 1, 2);
    const auto m = digits((*parts)[1], 1, 2);
    const auto y = digits((*parts)[2], 4, 4);
    if (!y || !m || !d) return std::nullopt;
    return make_date(*y, *m, *d);
}

std::optional<Date> parse_iso_date(std::string_view text) {
    const auto parts = split3(trim(text), '-');
    if (!parts) return std::nullopt;
    const auto y = digits((*parts)[0], 4, 4);
    const auto m = digits((*parts)[1], 2, 2);
    const auto d = digits((*parts)[2], 2, 2);
    if (!y || !m || !d) return std::nullopt;
    return make_date(*y, *m, *d);
}

namespace {

std::optional<Date> date_from_file_name(std::string_view file_name, bool two_digit_years) {
    // Only the last path component: folder names may carry their own dates.
    if (const auto slash = file_name.find_last_of("/\\"); slash != std::string_view::npos)
        file_name.remove_prefix(slash + 1);
    std::optional<Date> found;
    // Every maximal run "d_m_yyyy" (separator '_' or '-'); the last valid one wins.
    std::size_t i = 0;
    while (i < file_name.size()) {
        if (file_name[i] < '0' || file_name[i] > '9' ||
            (i > 0 && file_name[i - 1] >= '0' && file_name[i - 1] <= '9')) {
            ++i;
            continue;
        }
        std::size_t j = i;
        std::array<std::string_view, 3> parts;
        std::size_t n = 0;
        char sep = 0;
        while (n < 3) {
            std::size_t k = j;
            while (k < file_name.size() && file_name[k] >= '0' && file_name[k] <= '9') ++k;
            if (k == j) break;
            parts[n++] = file_name.substr(j, k - j);
            j = k;
            if (n == 3 || j >= file_name.size()) break;
            const char c = file_name[j];
            if ((c != '_' && c != '-') || (sep != 0 && c != sep)) break;
            sep = c;
            ++j;
        }
        if (n == 3) {
            const auto d = digits(parts[0], 1, 2);
            const auto m = digits(parts[1], 1, 2);
            auto y = digits(parts[2], 4, 4);
            if (!y && two_digit_years) {
                y = digits(parts[2], 2, 2);
                if (y) *y += 2000;
            }
            if (d && m && y) {
                if (auto date = make_date(*y, *m, *d)) found = date;
            }
        }
        // Runs may overlap ("2023_16_11_2023"), so retry from the next run of digits.
        while (i < file_name.size() && file_name[i] >= '0' && file_name[i] <= '9') ++i;
    }
    return found;
}

}  // namespace

std::optional<Date> date_from_export_file_name(std::string_view file_name) {
    return date_from_file_name(file_name, false);
}

std::optional<Date> date_from_snapshot_file_name(std::string_view file_name) {
    return date_from_file_name(file_name, true);
}

}  // namespace dspt::io
