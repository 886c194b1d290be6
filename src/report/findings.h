#pragma once
// The words of the briefing that carry numbers: the cover's headline figures and the
// key-findings sentences. Every number is computed here from the curated data and the
// stats tables; none is typed by hand.
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "stats/ranks.h"
#include "stats/tables.h"

namespace dspt::report {

struct Headline {
    std::string value;   // "63.5%"
    std::string label;   // "of NHS trusts met or exceeded the standard"
    std::string detail;  // "134 of 211"
};

// Trusts, ICBs and CSUs meeting or exceeding the standard (share of each sector).
std::vector<Headline> cover_headlines(const stats::SummaryTable& summary);

// The key findings, one sentence per item, in reading order.
std::vector<std::string> key_findings(const curate::BriefingData& data, const stats::SummaryTable& summary,
                                      const stats::SummaryTable& by_region,
                                      const std::vector<stats::RankedIcbScore>& ranked);

// The trend's opening sentence, from its NHS trust points (first and last): "The share of
// NHS trusts that met or exceeded the standard rose from 55.5% on 17 June 2019 (18/19
// edition, 229 trusts) to 72.9% on 16 November 2023 (22/23 edition, 210 trusts)." Empty
// without a trend.
std::string trend_sentence(const curate::BriefingData& data);
// Its caveat: each snapshot as it stood, N per point.
std::string trend_caveat(const curate::BriefingData& data);

// A composite score as printed: two decimals with a true minus sign ("−1.25", "0.50").
std::string format_score(double score);

// Per sector and status, the counts of the previous snapshot, rebuilt from the current
// counts and the month-on-month changes (which list every organisation that moved,
// entered or left). Rows in kAllSectors order.
std::vector<std::array<long, 5>> previous_counts(const curate::BriefingData& data,
                                                 const stats::SummaryTable& summary);

}  // namespace dspt::report
