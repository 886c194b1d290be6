#pragma once
// The briefing's tables as CSV files under tables/.
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "io/atomic_file.h"
#include "stats/briefing_stats.h"
#include "stats/tables.h"

namespace dspt::stats {

// Printed in status_changes.csv for the side of an organisation that entered (previous)
// or left (current) the universe: it was not in that month's briefing at all.
inline constexpr const char* kNotInBriefing = "(not in briefing)";

// Decimal places of the ICB scores in icb_scores.csv.
inline constexpr int kScoreDecimals = 3;

// tables/summary_by_sector.csv, summary_by_sector_pct.csv, trusts_by_region.csv,
// icb_scores.csv, when the run has a previous export status_changes.csv, and when it
// has earlier snapshots trend.csv.
std::vector<io::OutputFile> table_files(const curate::BriefingData& data);
// The same, from the run's statistics computed once (stats/briefing_stats.h).
std::vector<io::OutputFile> table_files(const curate::BriefingData& data, const BriefingStats& stats);

// "sector,Not Published,...,Standards Exceeded,Total" (first column named `first_column`).
std::string summary_counts_csv(const SummaryTable& table, const std::string& first_column);
// Same layout with row percentages, one decimal; the Total column is 100.0 (or 0.0 for an empty row).
std::string summary_percent_csv(const SummaryTable& table, const std::string& first_column);
// ICB23CD,ICB23CDH,ICB23NM,region,icb_status,trusts,trust_mean_score,composite_score
// (trust_mean_score blank for an ICB with no trusts).
std::string icb_scores_csv(const std::vector<IcbScore>& scores);
// code,name,sector,previous_status,current_status
std::string status_changes_csv(const std::vector<curate::StatusChange>& changes);
// date,edition,sector,Not Published,...,Standards Exceeded,N,met_or_exceeded_pct: one row
// per snapshot and sector, by date (the briefing's own point last).
std::string trend_csv(const std::vector<curate::TrendPoint>& trend);

}  // namespace dspt::stats
