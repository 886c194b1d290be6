#include "curate/sector_coverage.h"

#include <algorithm>
#include <map>

namespace dspt::curate {
namespace {

// Letters and digits only, lower case: "CCG / Integrated Care Board (ICB)" and
// "ccg/integrated care board (icb)" are one label.
std::string label_key(std::string_view text) {
    std::string k;
    for (char c : text) {
        if (c >= 'A' && c <= 'Z')
            k += static_cast<char>(c - 'A' + 'a');
        else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'))
            k += c;
    }
    return k;
}

}  // namespace

std::optional<Sector> sector_of_label(std::string_view primary_sector) {
    const std::string k = label_key(primary_sector);
    if (k == "nhstrust" || k == "acute" || k == "mentalhealthtrust" || k == "ambulancetrust" ||
        k == "communityservicesprovider" || k == "caretrust")
        return Sector::NhsTrust;
    if (k == "icb" || k.find("integratedcareboard") != std::string::npos) return Sector::Icb;
    if (k == "csu" || k.find("commissioningsupportunit") != std::string::npos) return Sector::Csu;
    return std::nullopt;
}

SectorCoverage sector_coverage(const io::DsptExport& exported) {
    SectorCoverage c;
    c.export_rows = exported.records.size();
    const bool labelled = std::any_of(exported.records.begin(), exported.records.end(),
                                      [](const io::DsptRecord& r) { return !r.primary_sector.empty(); });
    if (!labelled) return c;
    c.in_export = {false, false, false};
    std::map<std::string, std::size_t> outside;
    for (const auto& r : exported.records) {
        if (auto s = sector_of_label(r.primary_sector))
            c.in_export[static_cast<std::size_t>(*s)] = true;
        else
            ++outside[r.primary_sector];
    }
    c.rows_outside_by_sector.assign(outside.begin(), outside.end());
    std::stable_sort(c.rows_outside_by_sector.begin(), c.rows_outside_by_sector.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return c;
}

}  // namespace dspt::curate
