#include "cli/briefing_facts.h"

#include "stats/tables.h"

namespace dspt::cli {

std::string sector_key(curate::Sector sector) {
    switch (sector) {
        case curate::Sector::NhsTrust:
            return "nhs_trust";
        case curate::Sector::Icb:
            return "icb";
        case curate::Sector::Csu:
            return "csu";
    }
    return "unknown";
}

BriefingFacts briefing_facts(const curate::BriefingData& data, const stats::SummaryTable& table) {
    BriefingFacts facts;
    facts.title = data.title;
    facts.reference_date = data.reference_date.iso();
    facts.edition = data.edition;
    if (data.has_previous) {
        if (data.previous_reference_date) facts.previous_reference_date = data.previous_reference_date->iso();
        facts.status_changes = data.changes.size();
    }
    // The same table the PDF's cover and the summary CSVs are computed from.
    for (std::size_t i = 0; i < curate::kAllSectors.size() && i < table.rows.size(); ++i) {
        const stats::SummaryRow& row = table.rows[i];
        SectorFigures s;
        s.key = sector_key(curate::kAllSectors[i]);
        s.in_export = row.in_export;
        s.by_status = row.counts;
        s.organisations = row.total();
        s.met_or_exceeded = row.counts[static_cast<std::size_t>(curate::Status::StandardsMet)] +
                            row.counts[static_cast<std::size_t>(curate::Status::StandardsExceeded)];
        s.met_or_exceeded_percent = stats::format_percent_of(s.met_or_exceeded, s.organisations);
        facts.sectors.push_back(s);
    }
    return facts;
}

}  // namespace dspt::cli
