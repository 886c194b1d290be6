#include "stats/table_files.h"

#include <map>

#include "io/csv_writer.h"
#include "stats/ranks.h"

namespace dspt::stats {
namespace {

std::vector<std::string> status_header(const std::string& first_column) {
    std::vector<std::string> h{first_column};
    for (auto s : curate::kAllStatuses) h.emplace_back(curate::status_label(s));
    h.emplace_back("Total");
    return h;
}

std::string status_or_absent(const std::optional<curate::Status>& s) {
    return s ? std::string(curate::status_label(*s)) : std::string(kNotInBriefing);
}

SummaryRow total_of(const SummaryTable& table) {
    SummaryRow total{"Total", {}};
    for (const auto& r : table.rows)
        for (std::size_t i = 0; i < total.counts.size(); ++i) total.counts[i] += r.counts[i];
    return total;
}

}  // namespace

std::string summary_counts_csv(const SummaryTable& table, const std::string& first_column) {
    io::CsvWriter csv;
    csv.row(status_header(first_column));
    for (const auto& r : table.rows) {
        std::vector<std::string> row{r.label};
        // A sector the export does not hold has no counts, not counts of zero.
        for (auto c : r.counts) row.push_back(r.in_export ? std::to_string(c) : std::string{});
        row.push_back(r.in_export ? std::to_string(r.total()) : std::string{});
        csv.row(row);
    }
    return csv.text();
}

std::string summary_percent_csv(const SummaryTable& table, const std::string& first_column) {
    io::CsvWriter csv;
    csv.row(status_header(first_column));
    for (const auto& r : table.rows) {
        std::vector<std::string> row{r.label};
        for (auto c : r.counts) row.push_back(r.in_export ? format_percent_of(c, r.total()) : std::string{});
        row.push_back(r.in_export ? format_percent_of(r.total(), r.total()) : std::string{});
        csv.row(row);
    }
    return csv.text();
}

std::string icb_scores_csv(const std::vector<IcbScore>& scores) {
    // The rank is the one every page and slide prints: by the composite to one decimal.
    std::map<std::string, std::string> rank_of;
    for (const auto& r : rank_icb_scores(scores))
        if (r.score.has_composite) rank_of[r.score.icb.ons_code] = r.rank.text();
    io::CsvWriter csv;
    csv.row({"ICB23CD", "ICB23CDH", "ICB23NM", "region", "icb_status", "trusts", "trust_mean_score",
             "composite_score", "rank"});
    for (const auto& s : scores) {
        csv.row(
            {s.icb.ons_code, s.icb.ods_code, s.icb.name, s.icb.region_name,
             s.icb_in_export ? std::string(curate::status_label(s.icb_status)) : std::string(kNotInExport),
             std::to_string(s.trusts),
             s.trusts > 0 ? format_fixed(s.trust_mean_score, kScoreDecimals) : std::string{},
             s.has_composite ? format_fixed(s.composite_score, kScoreDecimals) : std::string{},
             rank_of[s.icb.ons_code]});
    }
    return csv.text();
}

std::string status_changes_csv(const std::vector<curate::StatusChange>& changes) {
    io::CsvWriter csv;
    // change: better / worse (status), entered / left (coverage: never an improvement or decline).
    csv.row({"code", "name", "sector", "previous_status", "current_status", "change"});
    for (const auto& c : changes)
        csv.row({c.code, c.name, std::string(curate::sector_label(c.sector)), status_or_absent(c.previous),
                 status_or_absent(c.current), std::string(curate::change_kind_key(c.kind))});
    return csv.text();
}

std::string trend_csv(const std::vector<curate::TrendPoint>& trend) {
    io::CsvWriter csv;
    std::vector<std::string> header{"date", "edition", "sector"};
    for (auto s : curate::kAllStatuses) header.emplace_back(curate::status_label(s));
    header.emplace_back("N");
    header.emplace_back("met_or_exceeded_pct");
    csv.row(header);
    for (const auto& p : trend) {
        std::vector<std::string> row{p.date.iso(), p.edition, std::string(curate::sector_label(p.sector))};
        for (auto c : p.counts) row.push_back(std::to_string(c));
        row.push_back(std::to_string(p.n()));
        row.push_back(format_percent_of(p.met_or_exceeded(), p.n()));
        csv.row(row);
    }
    return csv.text();
}

std::vector<io::OutputFile> table_files(const curate::BriefingData& data) {
    return table_files(data, compute_briefing_stats(data));
}

std::vector<io::OutputFile> table_files(const curate::BriefingData& data, const BriefingStats& stats) {
    std::vector<io::OutputFile> out;
    const SummaryTable& by_sector = stats.by_sector;
    out.push_back({"tables/summary_by_sector.csv", summary_counts_csv(by_sector, "sector")});
    out.push_back({"tables/summary_by_sector_pct.csv", summary_percent_csv(by_sector, "sector")});
    // The region table gets a Total row in its file only: charts iterate the regions.
    SummaryTable by_region = stats.by_region;
    by_region.rows.push_back(total_of(by_region));
    out.push_back({"tables/trusts_by_region.csv", summary_counts_csv(by_region, "region")});
    out.push_back({"tables/icb_scores.csv", icb_scores_csv(stats.scores)});
    if (data.has_previous) out.push_back({"tables/status_changes.csv", status_changes_csv(data.changes)});
    // Without [[history]] there is no trend: the file is absent, not empty.
    if (!data.trend.empty()) out.push_back({"tables/trend.csv", trend_csv(data.trend)});
    return out;
}

}  // namespace dspt::stats
