#pragma once
// Ranks as a reader sees them (METHODOLOGY.md "ICB composite score"): by the value as
// printed, so two equal printed numbers always share a rank, written "=n". One
// function for every chart, table, page and finding that shows a rank.
#include <cstddef>
#include <string>
#include <vector>

#include "stats/tables.h"

namespace dspt::stats {

struct Rank {
    std::size_t position = 0;  // 1 = first; shared ranks take the position of the first of them
    bool shared = false;
    std::string text() const;  // "3", or "=3" when shared
};

// Ranks of values that are already what is printed (e.g. tenths as integers), highest
// first: ranks_descending({7, 9, 7, 3}) = {=2, 1, =2, 4}. Ranks are in the input's order.
std::vector<Rank> ranks_descending(const std::vector<long long>& printed);

// The composite score as printed on every page and slide: one decimal place, with its sign
// ("+0.7", "\u22121.3" with a true minus, "0.0"). Halves away from zero, as format_fixed.
std::string printed_composite(double score);

struct RankedIcbScore {
    IcbScore score;
    Rank rank;
    std::string printed;  // printed_composite(score.composite_score)
};

// The ICBs that have a composite, in rank order (printed composite descending; equal
// printed values by ICB name, then code), each with its rank.
std::vector<RankedIcbScore> rank_icb_scores(const std::vector<IcbScore>& scores);

}  // namespace dspt::stats
