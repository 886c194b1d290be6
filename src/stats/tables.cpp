#include "stats/tables.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <numeric>

namespace dspt::stats {
namespace {

using curate::Sector;
using curate::Status;

std::size_t index_of(Status s) { return static_cast<std::size_t>(s); }

// Ties in decimal arithmetic (x.x5) can land a hair below the half in binary; this
// much slack is far below any difference a count-based figure can have.
constexpr double kTolerance = 1e-9;

}  // namespace

std::size_t SummaryRow::total() const {
    return std::accumulate(counts.begin(), counts.end(), std::size_t{0});
}

double SummaryRow::percent(std::size_t status_index) const {
    const std::size_t t = total();
    if (t == 0 || status_index >= counts.size()) return 0;
    return 100.0 * static_cast<double>(counts[status_index]) / static_cast<double>(t);
}

SummaryTable summarise_by_sector(const curate::BriefingData& data) {
    SummaryTable table;
    for (Sector s : curate::kAllSectors) {
        SummaryRow row{std::string(curate::sector_label(s)), {}};
        row.in_export = data.in_export(s);
        table.rows.push_back(row);
    }
    SummaryRow total{"Total", {}};
    for (const auto& o : data.organisations) {
        ++table.rows[static_cast<std::size_t>(o.sector)].counts[index_of(o.status)];
        ++total.counts[index_of(o.status)];
    }
    table.rows.push_back(total);
    return table;
}

SummaryTable summarise_trusts_by_region(const curate::BriefingData& data) {
    std::map<std::string, SummaryRow> by_region;  // sorted by name
    SummaryRow no_region{kNoRegionLabel, {}};
    for (const auto& o : data.organisations) {
        if (o.sector != Sector::NhsTrust) continue;
        if (o.region_name.empty()) {
            ++no_region.counts[index_of(o.status)];
            continue;
        }
        auto [it, inserted] = by_region.try_emplace(o.region_name, SummaryRow{o.region_name, {}});
        ++it->second.counts[index_of(o.status)];
    }
    SummaryTable table;
    for (auto& [name, row] : by_region) table.rows.push_back(row);
    if (no_region.total() > 0) table.rows.push_back(no_region);
    return table;
}

std::vector<IcbScore> icb_composite_scores(const curate::BriefingData& data) {
    std::vector<IcbScore> out;
    out.reserve(data.icbs.size());
    for (const auto& icb : data.icbs) {
        IcbScore score;
        score.icb = icb;
        int trust_sum = 0;
        for (const auto& o : data.organisations) {
            if (o.sector == Sector::Icb && o.code == icb.ods_code) score.icb_status = o.status;
            if (o.sector == Sector::NhsTrust && o.icb_ods_code == icb.ods_code) {
                ++score.trusts;
                trust_sum += curate::status_score(o.status);
            }
        }
        score.icb_in_export = data.in_export(Sector::Icb);
        const double own = curate::status_score(score.icb_status);
        if (score.trusts > 0)
            score.trust_mean_score = static_cast<double>(trust_sum) / static_cast<double>(score.trusts);
        if (!score.icb_in_export) {
            // METHODOLOGY.md: the composite rests on the trusts alone when the export has no ICB rows.
            score.has_composite = score.trusts > 0;
            score.composite_score = score.has_composite ? score.trust_mean_score : std::nan("");
        } else if (score.trusts == 0) {
            score.composite_score = own;
        } else {
            score.composite_score = 0.5 * score.trust_mean_score + 0.5 * own;
        }
        out.push_back(score);
    }
    return out;
}

std::string format_fixed(double value, int decimals) {
    if (!std::isfinite(value)) return "";
    const double scale = std::pow(10.0, decimals);
    double scaled = std::abs(value) * scale;
    scaled = std::floor(scaled + 0.5 + kTolerance * std::max(1.0, scaled));
    const bool negative = value < 0 && scaled > 0;
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s%.*f", negative ? "-" : "", decimals, scaled / scale);
    return buffer;
}

std::string format_percent(double percent) { return format_fixed(percent, 1); }

std::string format_percent_of(std::size_t part, std::size_t whole) {
    if (whole == 0) return "0.0";
    // tenths of a percent, rounded half up: (1000 * part / whole) + 1/2
    const unsigned long long tenths = (2000ULL * part + whole) / (2ULL * whole);
    return std::to_string(tenths / 10) + "." + std::to_string(tenths % 10);
}

}  // namespace dspt::stats
