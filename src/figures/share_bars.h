#pragma once
// The small comparison of an ICB's page and slide: the share of its trusts at each status
// beside its region's and England's, as three 100 % bars under one legend. A bar's label
// names what it counts and its N, so a 100 % bar of one trust is not read as a landslide.
#include <string>
#include <vector>

#include "draw/canvas.h"
#include "stats/icb_briefs.h"
#include "style/style.h"

namespace dspt::figures {

struct ShareBar {
    std::string label;  // "This ICB", the region's name, "England"
    stats::StatusCounts counts{};
};

// The ICB's, its region's and England's bars.
std::vector<ShareBar> share_bars_of(const stats::IcbBrief& brief);

// Height the bars and their legend need at `width`. `labels_beside`: each bar's name and N
// in a column to its left (compact) instead of above it.
double share_bars_height(const draw::Canvas& canvas, const style::Style& style, std::size_t bars,
                         double width, bool labels_beside = false);
// Draws them from the top of `area` (as tall as share_bars_height says).
void draw_share_bars(draw::Canvas& canvas, const draw::Rect& area, const style::Style& style,
                     const std::vector<ShareBar>& bars, bool labels_beside = false);

// "Standards Met or Exceeded: 60.0 % of this ICB's 10 trusts, 55.1 % in North West, 72.9 % in England."
std::string share_bars_alt(const stats::IcbBrief& brief);

}  // namespace dspt::figures
