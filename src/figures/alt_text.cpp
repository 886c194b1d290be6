#include "figures/alt_text.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <map>

#include "figures/icb_names.h"
#include "stats/tables.h"

namespace dspt::figures {
namespace {

using curate::Status;

constexpr std::size_t idx(Status s) { return static_cast<std::size_t>(s); }

std::string lower(std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
}

std::string join(const std::vector<std::string>& parts, const char* last = " and ") {
    std::string out;
    for (std::size_t i = 0; i < parts.size(); ++i) {
        if (i > 0) out += (i + 1 == parts.size()) ? last : ", ";
        out += parts[i];
    }
    return out;
}

std::string score(double v) {
    const std::string s = stats::format_fixed(v, 2);
    if (s.front() == '-') return "\u2212" + s.substr(1);
    return v > 0 ? "+" + s : s;
}

std::size_t good(const stats::SummaryRow& r) {
    return r.counts[idx(Status::StandardsMet)] + r.counts[idx(Status::StandardsExceeded)];
}

std::string share(std::size_t part, std::size_t whole) {
    return stats::format_percent_of(part, whole) + "% (" + std::to_string(part) + " of " +
           std::to_string(whole) + ")";
}

// "34 met, 7 exceeded, 1 approaching" for the statuses that occur, most common first.
std::vector<std::pair<Status, std::size_t>> by_count(const std::array<std::size_t, 5>& counts) {
    std::vector<std::pair<Status, std::size_t>> out;
    for (Status s : curate::kAllStatuses)
        if (counts[idx(s)] > 0) out.emplace_back(s, counts[idx(s)]);
    std::stable_sort(out.begin(), out.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    return out;
}

}  // namespace

std::string status_by_sector_alt(const FigureInputs& in) {
    const auto& summary = in.derived().by_sector;
    std::vector<std::string> parts;
    const char* names[] = {"NHS trusts", "ICBs", "CSUs"};
    for (std::size_t i = 0; i < 3 && i < summary.rows.size(); ++i) {
        if (!summary.rows[i].in_export) {
            parts.push_back(names[i] + std::string(" not in this export"));
            continue;
        }
        if (summary.rows[i].total() == 0) continue;
        parts.push_back(names[i] + std::string(" ") + share(good(summary.rows[i]), summary.rows[i].total()));
    }
    return "Stacked bars of DSPT status by sector. Met or exceeded the standard: " + join(parts) +
           ". Data: tables/summary_by_sector.csv.";
}

std::string trusts_by_region_alt(const FigureInputs& in) {
    const auto& regions = in.derived().by_region;
    const stats::SummaryRow* best = nullptr;
    const stats::SummaryRow* worst = nullptr;
    auto rate = [](const stats::SummaryRow& r) {
        return static_cast<double>(good(r)) / static_cast<double>(r.total());
    };
    for (const auto& r : regions.rows) {
        if (r.total() == 0) continue;
        if (!best || rate(r) > rate(*best)) best = &r;
        if (!worst || rate(r) < rate(*worst)) worst = &r;
    }
    if (!best)
        return "Bars of NHS trusts' DSPT status by NHS England region: no trusts. Data: "
               "tables/trusts_by_region.csv.";
    return "Bars of NHS trusts' DSPT status in " + std::to_string(regions.rows.size()) +
           " NHS England regions. Met or exceeded the standard: highest " + best->label + " " +
           share(good(*best), best->total()) + ", lowest " + worst->label + " " +
           share(good(*worst), worst->total()) + ". Data: tables/trusts_by_region.csv.";
}

namespace {

// The ICBs that have a composite score (all of them unless the export holds no ICB rows).
std::vector<stats::IcbScore> scored_icbs(const FigureInputs& in) {
    auto scores = in.derived().scores;
    std::erase_if(scores, [](const stats::IcbScore& s) { return !s.has_composite; });
    return scores;
}

std::string trusts_alone(const FigureInputs& in) {
    return in.data.in_export(curate::Sector::Icb)
               ? ""
               : " (no ICB rows in this export: the mean of each ICB's trusts)";
}

}  // namespace

std::string icb_scores_alt(const FigureInputs& in) {
    auto scores = scored_icbs(in);
    if (scores.empty()) return "Bars of ICB composite DSPT scores: no ICBs. Data: tables/icb_scores.csv.";
    std::stable_sort(scores.begin(), scores.end(),
                     [](const auto& a, const auto& b) { return a.composite_score > b.composite_score; });
    const auto positive =
        std::count_if(scores.begin(), scores.end(), [](const auto& s) { return s.composite_score > 0; });
    return std::to_string(scores.size()) + " ICBs ranked by composite score" + trusts_alone(in) + ", from " +
           score(scores.front().composite_score) + " (" + short_icb_name(scores.front().icb.name) + ") to " +
           score(scores.back().composite_score) + " (" + short_icb_name(scores.back().icb.name) + "); " +
           std::to_string(positive) + " score above zero. Data: tables/icb_scores.csv.";
}

std::string status_changes_alt(const FigureInputs& in) {
    const auto& d = in.data;
    if (!d.has_previous)
        return "No previous export was given for this run, so no changes in status are shown.";
    std::size_t better = 0, worse = 0, entered = 0, left = 0;
    for (const auto& c : d.changes) {
        switch (c.kind) {
            case curate::ChangeKind::Better:
                ++better;
                break;
            case curate::ChangeKind::Worse:
                ++worse;
                break;
            case curate::ChangeKind::Entered:
                ++entered;
                break;
            case curate::ChangeKind::Left:
                ++left;
                break;
        }
    }
    const std::string since =
        d.previous_reference_date ? " since " + d.previous_reference_date->long_form() : "";
    if (d.changes.empty())
        return "No organisation changed DSPT status" + since + ". Data: tables/status_changes.csv.";
    // Entering or leaving the briefing is coverage, not a change of status (METHODOLOGY).
    return std::to_string(better + worse) + " organisations in both exports changed DSPT status" + since +
           ": " + std::to_string(better) + " better, " + std::to_string(worse) + " worse; " +
           std::to_string(entered) + " entered and " + std::to_string(left) +
           " left the briefing. Data: tables/status_changes.csv.";
}

std::string icb_status_map_alt(const FigureInputs& in) {
    std::array<std::size_t, 5> counts{};
    std::map<Status, std::vector<const curate::Organisation*>> icbs;
    std::size_t total = 0;
    for (const auto& o : in.data.organisations) {
        if (o.sector != curate::Sector::Icb) continue;
        ++counts[idx(o.status)];
        icbs[o.status].push_back(&o);
        ++total;
    }
    const auto order = by_count(counts);
    if (!in.data.in_export(curate::Sector::Icb))
        return "Map of England's ICBs: the export holds no ICB rows, so no ICB has a status (not in this "
               "export). Data: tables/icb_scores.csv.";
    if (order.empty()) return "Map of England's ICBs: no ICB in the data. Data: tables/icb_scores.csv.";
    std::string out = "Map of " + std::to_string(total) +
                      " ICBs by DSPT status: " + std::to_string(order[0].second) + " " +
                      lower(curate::status_label(order[0].first));
    for (std::size_t i = 1; i < order.size(); ++i) {
        const auto& [status, n] = order[i];
        out += "; " + std::to_string(n) + " " + lower(curate::status_label(status));
        const auto& list = icbs[status];
        if (n <= 2) {
            std::vector<std::string> names;
            for (const auto* o : list)
                names.push_back(short_icb_name(o->icb_name.empty() ? o->name : o->icb_name));
            out += " (" + join(names) + ")";
        } else {
            // Where most of them are.
            std::map<std::string, std::size_t> regions;
            for (const auto* o : list) ++regions[o->region_name];
            const auto top =
                std::max_element(regions.begin(), regions.end(),
                                 [](const auto& a, const auto& b) { return a.second < b.second; });
            if (!top->first.empty() && top->second * 2 > n)
                out += " (" + std::to_string(top->second) + " in " + top->first + ")";
        }
    }
    return out + ". Data: tables/icb_scores.csv.";
}

std::string icb_composite_map_alt(const FigureInputs& in) {
    auto scores = scored_icbs(in);
    if (scores.empty()) return "Map of ICB composite DSPT scores: no ICBs. Data: tables/icb_scores.csv.";
    std::stable_sort(scores.begin(), scores.end(),
                     [](const auto& a, const auto& b) { return a.composite_score > b.composite_score; });
    const auto negative =
        std::count_if(scores.begin(), scores.end(), [](const auto& s) { return s.composite_score < 0; });
    return "Map of " + std::to_string(scores.size()) + " ICBs shaded by composite score" + trusts_alone(in) +
           " from " + score(scores.back().composite_score) + " (" + short_icb_name(scores.back().icb.name) +
           ") to " + score(scores.front().composite_score) + " (" + short_icb_name(scores.front().icb.name) +
           "); " + std::to_string(negative) + " below zero. Data: tables/icb_scores.csv.";
}

std::string trust_status_map_alt(const FigureInputs& in) {
    std::array<std::size_t, 5> counts{};
    std::size_t trusts = 0, mapped = 0;
    for (const auto& o : in.data.organisations) {
        if (o.sector != curate::Sector::NhsTrust) continue;
        ++trusts;
        if (!o.location) continue;
        ++mapped;
        ++counts[idx(o.status)];
    }
    std::vector<std::string> parts;
    for (const auto& [status, n] : by_count(counts))
        parts.push_back(std::to_string(n) + " " + lower(curate::status_label(status)));
    return "Map of " + std::to_string(mapped) + " of " + std::to_string(trusts) +
           " NHS trusts at their headquarters, coloured by DSPT status: " + join(parts) +
           ". Data: curated/trusts.csv.";
}

namespace {
// "Jun 2019": the day is in tables/trend.csv; the alternative text stays short.
std::string month_year(const io::Date& d) {
    const std::string s = d.short_form();
    return s.substr(s.find(' ') + 1);
}
}  // namespace

std::string trend_alt(const FigureInputs& in) {
    const auto& trend = in.data.trend;
    if (trend.empty()) return "No earlier snapshots were given for this run, so no trend is shown.";
    // NHS trusts point by point; the other panels first and last share only.
    std::string out = "NHS trusts meeting or exceeding the standard: ";
    std::vector<std::string> trusts;
    for (const auto& p : trend)
        if (p.sector == curate::Sector::NhsTrust)
            trusts.push_back(stats::format_percent_of(p.met_or_exceeded(), p.n()) + "% of " +
                             std::to_string(p.n()) + " (" + month_year(p.date) + ", " + p.edition + ")");
    out += join(trusts, ", ") + ".";
    for (auto s : {curate::Sector::Icb, curate::Sector::Csu}) {
        std::vector<const curate::TrendPoint*> pts;
        for (const auto& p : trend)
            if (p.sector == s) pts.push_back(&p);
        if (pts.size() < 2) continue;
        out += " " + std::string(curate::sector_short_label(s)) +
               "s: " + stats::format_percent_of(pts.front()->met_or_exceeded(), pts.front()->n()) + "% to " +
               stats::format_percent_of(pts.back()->met_or_exceeded(), pts.back()->n()) + "%.";
    }
    return out + " Each snapshot as it stood. Data: tables/trend.csv.";
}

std::string alt_text_of(const Figure& figure, const FigureInputs& inputs) {
    return figure.alt_text ? figure.alt_text(inputs) : figure.title;
}

}  // namespace dspt::figures
