#include "report/findings.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <cstdlib>

#include "stats/ranks.h"

namespace dspt::report {
namespace {

using curate::Status;

constexpr std::size_t idx(Status s) { return static_cast<std::size_t>(s); }
constexpr std::size_t kTrustRow = 0, kIcbRow = 1, kCsuRow = 2;

std::size_t met_or_exceeded(const stats::SummaryRow& row) {
    return row.counts[idx(Status::StandardsMet)] + row.counts[idx(Status::StandardsExceeded)];
}

std::string pct(std::size_t part, std::size_t whole) { return stats::format_percent_of(part, whole) + "%"; }

std::string count_of(std::size_t n, std::string_view one, std::string_view many) {
    return std::to_string(n) + " " + std::string(n == 1 ? one : many);
}

// "A", "A and B", "A, B and C"
std::string join_names(const std::vector<std::string>& names) {
    std::string out;
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += (i + 1 == names.size()) ? " and " : ", ";
        out += names[i];
    }
    return out;
}

std::string lower_status(Status s) {
    switch (s) {
        case Status::NotPublished:
            return "not published";
        case Status::StandardsNotMet:
            return "standards not met";
        case Status::ApproachingStandards:
            return "approaching standards";
        case Status::StandardsMet:
            return "standards met";
        case Status::StandardsExceeded:
            return "standards exceeded";
    }
    return "";
}

std::string sector_plural(curate::Sector s) {
    switch (s) {
        case curate::Sector::NhsTrust:
            return "NHS trusts";
        case curate::Sector::Icb:
            return "ICBs";
        case curate::Sector::Csu:
            return "CSUs";
    }
    return "";
}

std::string signed_count(long n) {
    if (n > 0) return "+" + std::to_string(n);
    if (n < 0) return "\u2212" + std::to_string(-n);
    return "0";
}

std::vector<std::string> sector_sentences(const stats::SummaryRow& row, curate::Sector sector,
                                          const std::string& edition) {
    std::vector<std::string> out;
    const std::size_t total = row.total();
    const std::string plural = sector_plural(sector);
    if (!row.in_export) {
        out.push_back("The export holds no " + std::string(curate::sector_short_label(sector)) + " rows: " +
                      plural + " are not in this export, so this briefing says nothing of their status.");
        return out;
    }
    if (total == 0) {
        out.push_back("No " + plural + " are in this briefing.");
        return out;
    }
    const std::size_t good = met_or_exceeded(row);
    const std::string standard = edition.empty() ? "the standard" : "the " + edition + " standard";
    const std::size_t exceeded = row.counts[idx(Status::StandardsExceeded)];
    const std::size_t met = row.counts[idx(Status::StandardsMet)];
    std::string s = std::to_string(good) + " of the " + std::to_string(total) + " " + plural + " (" +
                    pct(good, total) + ") met or exceeded " + standard;
    if (sector == curate::Sector::NhsTrust) {
        s += ": " + std::to_string(exceeded) + " (" + pct(exceeded, total) + ") exceeded it and " +
             std::to_string(met) + " (" + pct(met, total) + ") met it.";
        out.push_back(s);
        const std::size_t approaching = row.counts[idx(Status::ApproachingStandards)];
        const std::size_t not_met = row.counts[idx(Status::StandardsNotMet)];
        const std::size_t not_published = row.counts[idx(Status::NotPublished)];
        out.push_back(std::to_string(approaching) + " trusts (" + pct(approaching, total) +
                      ") were approaching standards, " + std::to_string(not_met) + " (" +
                      pct(not_met, total) + ") had not met them and " + std::to_string(not_published) + " (" +
                      pct(not_published, total) + ") had not published an assessment" +
                      (edition.empty() ? "" : " of the " + edition + " edition") + ".");
    } else {
        const std::size_t not_published = row.counts[idx(Status::NotPublished)];
        s += "; " + std::to_string(not_published) + " had not published.";
        out.push_back(s);
    }
    return out;
}

}  // namespace

std::string format_score(double score) {
    std::string s = stats::format_fixed(score, 2);
    if (!s.empty() && s.front() == '-') s = "\u2212" + s.substr(1);
    return s;
}

std::vector<Headline> cover_headlines(const stats::SummaryTable& summary) {
    std::vector<Headline> out;
    const std::array<std::string, 3> plural = {"NHS trusts", "integrated care boards",
                                               "commissioning support units"};
    for (std::size_t i = 0; i < 3 && i < summary.rows.size(); ++i) {
        const auto& row = summary.rows[i];
        const std::size_t good = met_or_exceeded(row);
        Headline h;
        if (!row.in_export) {
            h.value = "\u2013";
            h.label = plural[i] + " are not in this export";
        } else if (row.total() == 0) {
            h.value = "\u2013";
            h.label = "no " + plural[i] + " are in this briefing";
        } else {
            h.value = pct(good, row.total());
            h.label = "of " + plural[i] + " met or exceeded the standard";
            h.detail = std::to_string(good) + " of " + std::to_string(row.total());
        }
        out.push_back(h);
    }
    return out;
}

std::vector<std::array<long, 5>> previous_counts(const curate::BriefingData& data,
                                                 const stats::SummaryTable& summary) {
    std::vector<std::array<long, 5>> prev(curate::kAllSectors.size());
    for (std::size_t s = 0; s < prev.size() && s < summary.rows.size(); ++s) {
        for (std::size_t k = 0; k < 5; ++k) prev[s][k] = static_cast<long>(summary.rows[s].counts[k]);
    }
    for (const curate::StatusChange& c : data.changes) {
        auto& row = prev[static_cast<std::size_t>(c.sector)];
        if (c.current) --row[idx(*c.current)];
        if (c.previous) ++row[idx(*c.previous)];
    }
    return prev;
}

std::string trend_sentence(const curate::BriefingData& data) {
    std::vector<const curate::TrendPoint*> trusts;
    for (const auto& p : data.trend)
        if (p.sector == curate::Sector::NhsTrust) trusts.push_back(&p);
    if (trusts.size() < 2) return {};
    const auto& a = *trusts.front();
    const auto& b = *trusts.back();
    const auto at = [](const curate::TrendPoint& p) {
        return pct(p.met_or_exceeded(), p.n()) + " on " + p.date.long_form() + " (" +
               (p.edition.empty() ? std::string() : p.edition + " edition, ") +
               count_of(p.n(), "trust", "trusts") + ")";
    };
    // Compared as printed, so "rose" never sits between two equal figures.
    const std::string from = stats::format_percent_of(a.met_or_exceeded(), a.n());
    const std::string to = stats::format_percent_of(b.met_or_exceeded(), b.n());
    const double delta = std::stod(to) - std::stod(from);
    const std::string verb = from == to ? "was the same" : delta > 0 ? "rose" : "fell";
    if (from == to)
        return "The share of NHS trusts that met or exceeded the standard was " + from + "% both on " +
               a.date.long_form() + " and on " + b.date.long_form() + ", across " +
               std::to_string(trusts.size()) + " snapshots.";
    return "The share of NHS trusts that met or exceeded the standard " + verb + " from " + at(a) + " to " +
           at(b) + ", across " + std::to_string(trusts.size()) + " snapshots.";
}

std::string trend_caveat(const curate::BriefingData& data) {
    std::vector<std::string> ns;
    for (const auto& p : data.trend)
        if (p.sector == curate::Sector::NhsTrust) ns.push_back(std::to_string(p.n()));
    return "Not a like-for-like panel: each snapshot counts the organisations of its own date, by the "
           "outcomes of "
           "its own edition, and organisations open, close and merge in between. N differs per point (NHS "
           "trusts: " +
           join_names(ns) + "). The latest point is this briefing's own count.";
}

std::vector<std::string> key_findings(const curate::BriefingData& data, const stats::SummaryTable& summary,
                                      const stats::SummaryTable& by_region,
                                      const std::vector<stats::RankedIcbScore>& ranked) {
    std::vector<std::string> out;
    const std::array<curate::Sector, 3> sectors = {curate::Sector::NhsTrust, curate::Sector::Icb,
                                                   curate::Sector::Csu};
    const std::array<std::size_t, 3> rows = {kTrustRow, kIcbRow, kCsuRow};
    for (std::size_t i = 0; i < 3; ++i) {
        if (rows[i] >= summary.rows.size()) continue;
        for (auto& s : sector_sentences(summary.rows[rows[i]], sectors[i], data.edition)) out.push_back(s);
    }

    // The trend since the first snapshot, when the run lists earlier ones.
    if (const std::string t = trend_sentence(data); !t.empty()) out.push_back(t);

    // Regions: the spread of the trusts' share meeting or exceeding the standard.
    std::vector<std::pair<double, std::string>> shares;
    for (const auto& r : by_region.rows) {
        if (r.total() == 0 || r.label == stats::kNoRegionLabel) continue;
        shares.emplace_back(static_cast<double>(met_or_exceeded(r)) / static_cast<double>(r.total()),
                            r.label);
    }
    if (shares.size() >= 2) {
        const auto [lo, hi] = std::minmax_element(shares.begin(), shares.end());
        const auto row_of = [&](const std::string& label) -> const stats::SummaryRow& {
            return *std::find_if(by_region.rows.begin(), by_region.rows.end(),
                                 [&](const stats::SummaryRow& r) { return r.label == label; });
        };
        const auto& lr = row_of(lo->second);
        const auto& hr = row_of(hi->second);
        out.push_back(
            "By NHS England region, the share of trusts meeting or exceeding the standard ranged from " +
            pct(met_or_exceeded(lr), lr.total()) + " in " + lo->second + " to " +
            pct(met_or_exceeded(hr), hr.total()) + " in " + hi->second + ".");
    }

    // ICB composite scores: the highest and the lowest as printed (one decimal), naming
    // every ICB that shares the first or the last rank.
    if (!ranked.empty()) {
        auto names_ranked = [&](std::size_t position) {
            std::vector<std::string> names;
            for (const auto& r : ranked)
                if (r.rank.position == position) names.push_back(r.score.icb.name);
            return names;
        };
        const auto& top = ranked.front();
        const auto& bottom = ranked.back();
        const bool trusts_alone = !ranked.front().score.icb_in_export;
        out.push_back(
            std::string(trusts_alone ? "With no ICB rows in the export, the ICB composite score rests on "
                                       "the ICB's trusts alone. "
                                     : "") +
            "The highest ICB composite score was " + top.printed + " (" +
            join_names(names_ranked(top.rank.position)) + "); the lowest was " + bottom.printed + " (" +
            join_names(names_ranked(bottom.rank.position)) + "), on a scale from \u22123 to +3.");
    }

    // Month on month.
    if (!data.has_previous) {
        out.push_back("No previous export was given, so this briefing shows no month-on-month changes.");
        return out;
    }
    const std::string since = data.previous_reference_date
                                  ? "Since " + data.previous_reference_date->long_form()
                                  : "Since the previous export";
    std::size_t up = 0, down = 0, entered = 0, left = 0;
    std::array<std::array<std::size_t, 2>, 3> coverage{};  // per sector: entered, left
    // Per sector and status, among organisations in both snapshots: count now and net change.
    std::array<std::array<long, 5>, 3> net{};
    std::array<std::array<long, 5>, 3> continuing{};
    for (std::size_t k = 0; k < 3 && k < summary.rows.size(); ++k)
        for (std::size_t st = 0; st < 5; ++st)
            continuing[k][st] = static_cast<long>(summary.rows[k].counts[st]);
    for (const auto& c : data.changes) {
        const auto sector = static_cast<std::size_t>(c.sector);
        switch (c.kind) {
            case curate::ChangeKind::Better:
            case curate::ChangeKind::Worse:
                (c.kind == curate::ChangeKind::Better ? up : down) += 1;
                ++net[sector][idx(*c.current)];
                --net[sector][idx(*c.previous)];
                break;
            case curate::ChangeKind::Entered:
                ++entered;
                ++coverage[sector][0];
                --continuing[sector][idx(*c.current)];
                break;
            case curate::ChangeKind::Left:
                ++left;
                ++coverage[sector][1];
                break;
        }
    }
    const std::size_t moved = up + down;
    if (data.changes.empty()) {
        out.push_back(since + ", no organisation changed status, entered or left the briefing.");
        return out;
    }
    out.push_back(since + ", " + count_of(moved, "organisation", "organisations") + " changed status (" +
                  std::to_string(up) + " to a better status, " + std::to_string(down) + " to a worse one).");

    // Entered and left: coverage, said apart from the changes of status and never netted into them.
    if (entered + left > 0) {
        const auto prev = previous_counts(data, summary);
        std::vector<std::string> parts;
        for (std::size_t k = 0; k < 3; ++k) {
            const auto [in, out_] = coverage[k];
            if (in + out_ == 0) continue;
            std::string part;
            if (in > 0) part = std::to_string(in) + " " + sector_plural(sectors[k]) + " entered the briefing";
            if (out_ > 0)
                part += (part.empty() ? std::to_string(out_) + " " + sector_plural(sectors[k])
                                      : " and " + std::to_string(out_)) +
                        " left it";
            long before = 0;
            for (long n : prev[k]) before += n;
            if (in > 0 && before == 0) part += " (the previous export held none)";
            parts.push_back(part);
        }
        out.push_back(
            join_names(parts) +
            ": changes of coverage, not of security, counted neither as improvements nor as declines.");
    }

    // The largest net changes of status, among organisations in both snapshots.
    struct Delta {
        long delta;
        std::size_t sector;
        std::size_t status;
    };
    std::vector<Delta> deltas;
    for (std::size_t k = 0; k < 3; ++k)
        for (std::size_t st = 0; st < 5; ++st)
            if (net[k][st] != 0) deltas.push_back({net[k][st], k, st});
    // Stable order: by size of change, then sector and status order, so ties read the same every run.
    std::stable_sort(deltas.begin(), deltas.end(),
                     [](const Delta& a, const Delta& b) { return std::labs(a.delta) > std::labs(b.delta); });
    if (!deltas.empty()) {
        std::vector<std::string> parts;
        for (std::size_t i = 0; i < deltas.size() && i < 2; ++i) {
            const Delta& d = deltas[i];
            const long now = continuing[d.sector][d.status];
            parts.push_back(sector_plural(sectors[d.sector]) + " with " +
                            lower_status(curate::kAllStatuses[d.status]) + " " + signed_count(d.delta) +
                            " (" + std::to_string(now - d.delta) + " to " + std::to_string(now) + ")");
        }
        out.push_back("Among organisations in both exports, the largest net changes of status were " +
                      join_names(parts) + ".");
    }
    return out;
}

}  // namespace dspt::report
