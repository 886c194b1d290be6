// ODS "organisation" files (etr, ect, ecsu, eccg) and the successor file (succ):
// machine-written, headerless, fixed column positions. Unlike the portal export these
// are reference data, so a row that breaks the layout stops the run.
#include "io/csv_reader.h"
#include "io/input_error.h"
#include "io/reader_support.h"
#include "io/readers.h"

namespace dspt::io {
namespace {

constexpr std::size_t kOdsMinColumns = 12;  // up to the close date (column 11)
constexpr std::size_t kSuccMinColumns = 4;  // up to the effective date (column 3)

// Blank -> nullopt; otherwise a yyyymmdd date or an InputError at the field.
std::optional<Date> required_format_date(const CsvReader& csv, std::size_t i, const char* what) {
    const auto text = detail::trim(csv[i]);
    if (text.empty()) return std::nullopt;
    if (auto date = parse_yyyymmdd(text)) return date;
    csv.fail(i, std::string(what) + " '" + detail::excerpt(text) + "' is not a date in the form yyyymmdd");
}

}  // namespace

std::vector<OdsOrganisation> read_ods_organisations(const std::string& path, Warnings& warnings) {
    CsvReader csv(path);
    std::vector<OdsOrganisation> rows;
    while (csv.next()) {
        if (csv.size() < kOdsMinColumns) {
            csv.fail(csv.size(), "row has " + std::to_string(csv.size()) +
                                     " column(s); an ODS organisation file has 27 (at least " +
                                     std::to_string(kOdsMinColumns) + " are needed)");
        }
        OdsOrganisation org;
        org.code = detail::trim(csv[0]);
        org.line = csv.line();
        org.source_file = path;
        if (org.code.empty()) {
            warnings.add("missing-code", csv.where(0), "ODS row has no organisation code; skipped");
            continue;
        }
        org.name = detail::trim(csv[1]);
        org.national_grouping = detail::trim(csv[2]);
        org.health_geography = detail::trim(csv[3]);
        org.postcode = detail::trim(csv[9]);
        org.open_date = required_format_date(csv, 10, "open date");
        org.close_date = required_format_date(csv, 11, "close date");
        rows.push_back(std::move(org));
    }
    detail::report_encoding(csv, warnings);
    return rows;
}

std::vector<Successor> read_ods_successors(const std::string& path, Warnings& warnings) {
    CsvReader csv(path);
    std::vector<Successor> rows;
    while (csv.next()) {
        if (csv.size() < kSuccMinColumns) {
            csv.fail(csv.size(),
                     "row has " + std::to_string(csv.size()) +
                         " column(s); an ODS successor file has 5 (predecessor, successor, reason, "
                         "effective date, indicator)");
        }
        Successor s;
        s.predecessor_code = detail::trim(csv[0]);
        s.successor_code = detail::trim(csv[1]);
        s.line = csv.line();
        if (s.predecessor_code.empty() || s.successor_code.empty()) {
            warnings.add("missing-code", csv.where(s.predecessor_code.empty() ? 0 : 1),
                         "successor row lacks a predecessor or successor code; skipped");
            continue;
        }
        s.reason = detail::trim(csv[2]);
        s.effective = required_format_date(csv, 3, "effective date");
        if (csv.size() > 4) s.indicator = detail::trim(csv[4]);
        rows.push_back(std::move(s));
    }
    detail::report_encoding(csv, warnings);
    return rows;
}

}  // namespace dspt::io
