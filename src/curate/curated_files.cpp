#include "curate/curated_files.h"

#include <charconv>

#include "curate/status_rules.h"
#include "io/csv_writer.h"

namespace dspt::curate {
namespace {

// Shortest text that reads back as the same double: the coordinates come out exactly
// as the postcode file gave them, and identically on every run.
std::string shortest(double v) {
    char buffer[32];
    auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, v);
    return ec == std::errc{} ? std::string(buffer, end) : std::string{};
}

const char* file_name(Sector s) {
    switch (s) {
        case Sector::NhsTrust:
            return "curated/trusts.csv";
        case Sector::Icb:
            return "curated/icbs.csv";
        case Sector::Csu:
            return "curated/csus.csv";
    }
    return "curated/trusts.csv";
}

}  // namespace

std::string curated_csv(const BriefingData& data, Sector sector) {
    io::CsvWriter csv;
    const bool trusts = sector == Sector::NhsTrust;
    std::vector<std::string> header = {"code",         "name",         "display_name", "sector",
                                       "icb_ons_code", "icb_ods_code", "icb_name",     "region",
                                       "raw_status",   "status",       "decision",     "published"};
    if (trusts) header.insert(header.end(), {"postcode", "lat", "long"});
    csv.row(header);
    for (const auto& o : data.organisations) {
        if (o.sector != sector) continue;
        std::vector<std::string> row = {o.code,           o.name,
                                        o.display_name,   std::string(sector_label(o.sector)),
                                        o.icb_ons_code,   o.icb_ods_code,
                                        o.icb_name,       o.region_name,
                                        o.raw_status,     std::string(status_label(o.status)),
                                        decision_text(o), o.published ? o.published->iso() : std::string()};
        if (trusts) {
            row.push_back(o.postcode);
            row.push_back(o.location ? shortest(o.location->lat) : "");
            row.push_back(o.location ? shortest(o.location->lon) : "");
        }
        csv.row(row);
    }
    return csv.text();
}

std::vector<io::OutputFile> curated_files(const BriefingData& data) {
    std::vector<io::OutputFile> out;
    for (Sector s : kAllSectors) out.push_back({file_name(s), curated_csv(data, s)});
    return out;
}

}  // namespace dspt::curate
