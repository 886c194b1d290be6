#include "stats/icb_briefs.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>

namespace dspt::stats {
namespace {

std::optional<double> mean_of(const std::vector<double>& v) {
    if (v.empty()) return std::nullopt;
    return std::accumulate(v.begin(), v.end(), 0.0) / static_cast<double>(v.size());
}

}  // namespace

std::string printed_mean(std::optional<double> mean) { return mean ? printed_composite(*mean) : "\u2013"; }

std::string composite_definition(const curate::BriefingData& data) {
    const std::string scale =
        " (Exceeded +3, Met +1, Approaching \u22121, Not Met or Not Published \u22123); ranks shared as "
        "\"=n\".";
    if (!data.in_export(curate::Sector::Icb))
        return "Composite score: the mean score of the ICB's trusts (the export holds no ICB rows)" + scale;
    return "Composite score: half the mean score of the ICB's trusts plus half its own score, its own score "
           "alone when it has no trusts" +
           scale;
}

std::string status_fact(const IcbBrief& b) {
    return b.status ? std::string(curate::status_label(*b.status)) : std::string("not in this export");
}

std::string score_fact(const IcbBrief& b) { return b.ranked ? b.ranked->printed : "\u2013"; }

std::string rank_fact(const IcbBrief& b) {
    if (!b.ranked) return "no composite score: no ICB status and no trusts";
    return "rank " + b.ranked->rank.text() + " of " + std::to_string(b.icbs_ranked) + " ICBs";
}

std::string change_text(const curate::BriefingData& data, const curate::StatusChange* change,
                        bool short_labels) {
    if (!data.has_previous) return {};
    if (!change) return "No change";
    // Short: "\u25b2 from Approaching"; the arrow and the word carry it, never the colour alone.
    auto was = [&](curate::Status s) {
        return short_labels ? " from " + std::string(curate::status_short_label(s))
                            : " (was " + std::string(curate::status_label(s)) + ")";
    };
    switch (change->kind) {
        case curate::ChangeKind::Better:
            return (short_labels ? "\u25b2" : "Better") + was(*change->previous);
        case curate::ChangeKind::Worse:
            return (short_labels ? "\u25bc" : "Worse") + was(*change->previous);
        case curate::ChangeKind::Entered:
            return short_labels ? "New entry" : "Not in the previous export";
        case curate::ChangeKind::Left:
            break;
    }
    return "Left the briefing";
}

std::vector<IcbBrief> icb_briefs(const curate::BriefingData& data, const BriefingStats& stats) {
    std::unordered_map<std::string, const curate::StatusChange*> changes;
    for (const auto& c : data.changes) changes.emplace(c.code, &c);
    auto change_of = [&](const std::string& code) -> const curate::StatusChange* {
        auto it = changes.find(code);
        return it == changes.end() ? nullptr : it->second;
    };

    std::unordered_map<std::string, const RankedIcbScore*> ranked;  // by ICB23CD
    for (const auto& r : stats.ranked) ranked.emplace(r.score.icb.ons_code, &r);
    std::map<std::string, std::vector<double>> region_scores;  // by region ONS code
    std::vector<double> england_scores;
    for (const auto& s : stats.scores) {
        if (!s.has_composite) continue;
        region_scores[s.icb.region_ons_code].push_back(s.composite_score);
        england_scores.push_back(s.composite_score);
    }

    std::unordered_map<std::string, const curate::Organisation*> icb_orgs;      // by ICB23CD
    std::map<std::string, std::vector<const curate::Organisation*>> trusts_of;  // by ICB23CD
    std::map<std::string, StatusCounts> region_counts;
    StatusCounts england{};
    for (const auto& o : data.organisations) {
        if (o.sector == curate::Sector::Icb) icb_orgs.emplace(o.icb_ons_code, &o);
        if (o.sector != curate::Sector::NhsTrust) continue;
        const auto s = static_cast<std::size_t>(o.status);
        ++england[s];
        if (!o.region_ons_code.empty()) ++region_counts[o.region_ons_code][s];
        if (!o.icb_ons_code.empty()) trusts_of[o.icb_ons_code].push_back(&o);
    }

    std::vector<IcbBrief> out;
    out.reserve(data.icbs.size());
    for (const auto& icb : data.icbs) {
        IcbBrief b;
        b.icb = icb;
        if (auto it = icb_orgs.find(icb.ons_code); it != icb_orgs.end()) {
            b.org = it->second;
            b.status = b.org->status;
            b.change = change_of(b.org->code);
        }
        if (auto it = ranked.find(icb.ons_code); it != ranked.end()) b.ranked = it->second;
        b.icbs_ranked = stats.ranked.size();
        if (auto it = region_scores.find(icb.region_ons_code); it != region_scores.end())
            b.region_mean = mean_of(it->second);
        b.england_mean = mean_of(england_scores);
        if (auto it = region_counts.find(icb.region_ons_code); it != region_counts.end())
            b.region = it->second;
        b.england = england;
        if (auto it = trusts_of.find(icb.ons_code); it != trusts_of.end()) {
            auto trusts = it->second;
            std::stable_sort(trusts.begin(), trusts.end(), [](const auto* a, const auto* z) {
                if (a->display_name != z->display_name) return a->display_name < z->display_name;
                return a->code < z->code;
            });
            for (const auto* t : trusts) {
                b.trusts.push_back({static_cast<int>(b.trusts.size()) + 1, t, change_of(t->code)});
                ++b.own[static_cast<std::size_t>(t->status)];
            }
        }
        out.push_back(std::move(b));
    }
    std::stable_sort(out.begin(), out.end(), [](const IcbBrief& a, const IcbBrief& z) {
        if (a.icb.region_name != z.icb.region_name) return a.icb.region_name < z.icb.region_name;
        if (a.icb.name != z.icb.name) return a.icb.name < z.icb.name;
        return a.icb.ons_code < z.icb.ons_code;
    });
    return out;
}

}  // namespace dspt::stats
