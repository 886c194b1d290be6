#include "stats/ranks.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace dspt::stats {
namespace {

// "+0.7" / "-1.3" / "0.0" -> 7 / -13 / 0: the printed digits, so ranking cannot see
// a difference the reader cannot.
long long tenths_of(double score) {
    const std::string s = format_fixed(score, 1);
    long long v = 0;
    bool negative = false;
    for (char c : s) {
        if (c == '-') negative = true;
        if (c >= '0' && c <= '9') v = v * 10 + (c - '0');
    }
    return negative ? -v : v;
}

}  // namespace

std::string Rank::text() const { return (shared ? "=" : "") + std::to_string(position); }

std::vector<Rank> ranks_descending(const std::vector<long long>& printed) {
    std::vector<Rank> out(printed.size());
    for (std::size_t i = 0; i < printed.size(); ++i) {
        std::size_t above = 0, equal = 0;
        for (long long v : printed) {
            above += v > printed[i];
            equal += v == printed[i];
        }
        out[i].position = above + 1;
        out[i].shared = equal > 1;
    }
    return out;
}

std::string printed_composite(double score) {
    const long long t = tenths_of(score);
    if (t == 0) return "0.0";
    const std::string magnitude = format_fixed(std::abs(score), 1);
    return (t > 0 ? "+" : "\u2212") + magnitude;
}

std::vector<RankedIcbScore> rank_icb_scores(const std::vector<IcbScore>& all) {
    // An ICB without a composite (no ICB rows in the export and no trusts) has no rank.
    std::vector<IcbScore> scores;
    for (const auto& s : all)
        if (s.has_composite) scores.push_back(s);
    std::vector<long long> keys;
    keys.reserve(scores.size());
    for (const auto& s : scores) keys.push_back(tenths_of(s.composite_score));
    const std::vector<Rank> ranks = ranks_descending(keys);
    std::vector<std::size_t> order(scores.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (keys[a] != keys[b]) return keys[a] > keys[b];
        if (scores[a].icb.name != scores[b].icb.name) return scores[a].icb.name < scores[b].icb.name;
        return scores[a].icb.ons_code < scores[b].icb.ons_code;
    });
    std::vector<RankedIcbScore> out;
    out.reserve(scores.size());
    for (std::size_t i : order)
        out.push_back({scores[i], ranks[i], printed_composite(scores[i].composite_score)});
    return out;
}

}  // namespace dspt::stats
