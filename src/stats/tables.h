#pragma once
// The numbers of the briefing, computed from the curated organisations only.
#include <array>
#include <cstddef>
#include <string>
#include <vector>

#include "curate/briefing_data.h"

namespace dspt::stats {

// Sector x status counts, in kAllStatuses order.
struct SummaryRow {
    std::string label;  // sector_label(...) or "Total"
    std::array<std::size_t, 5> counts{};
    // false: the export holds no row of this sector, so the row is not a count of zero
    // but "not in this export" (printed as kNotInExport; its CSV cells are empty).
    bool in_export = true;
    std::size_t total() const;
    double percent(std::size_t status_index) const;  // row percentage, 0 when the row is empty
};

struct SummaryTable {
    std::vector<SummaryRow> rows;  // NHS Trust, ICB, CSU, Total
};

SummaryTable summarise_by_sector(const curate::BriefingData& data);

// Trust statuses per NHS England region (regions sorted by name; trusts without a
// region, if any, in a last row labelled kNoRegionLabel). No Total row.
SummaryTable summarise_trusts_by_region(const curate::BriefingData& data);

struct IcbScore {
    io::IcbInfo icb;
    curate::Status icb_status = curate::Status::NotPublished;
    std::size_t trusts = 0;
    double trust_mean_score = 0;  // meaningless when trusts == 0
    // 0.5 * trust mean + 0.5 * own score; own score when no trusts. When the export holds no
    // ICB rows (icb_in_export false) the ICB has no own score: the composite is the trust
    // mean alone, and with no trusts either there is none (has_composite false, NaN).
    double composite_score = 0;
    bool icb_in_export = true;
    bool has_composite = true;
};

// One per ONS ICB, in ICB23CD order.
std::vector<IcbScore> icb_composite_scores(const curate::BriefingData& data);

// Percent with one decimal place as printed everywhere: 65.7. Halves round away from
// zero; a tiny tolerance absorbs binary representation error (0.15 is 0.1499999...),
// so the printed digit is the one decimal arithmetic gives.
std::string format_percent(double percent);
// part / whole as a percent with one decimal, computed in integers (exact halves
// round up); "0.0" when whole is 0. What the tables print.
std::string format_percent_of(std::size_t part, std::size_t whole);
// Fixed decimals, halves away from zero with the same tolerance, never "-0.000".
std::string format_fixed(double value, int decimals);

// Label of the trusts_by_region row for trusts whose ICB is not in the ONS lookup.
inline constexpr const char* kNoRegionLabel = "(no region)";
// What every table, chart and page prints for a sector the export holds no row of.
inline constexpr const char* kNotInExport = "(not in this export)";

}  // namespace dspt::stats
