#pragma once
// The alternative text of each figure: what a reader who cannot see it should take from
// it, built from the numbers of the run, in about 250 characters at most, naming the table
// that holds the data. One builder per figure; the PDF's Figure /Alt, the slides'
// png/alt_text.csv and each SVG's <desc> all use them.
#include <string>

#include "figures/figure.h"

namespace dspt::figures {

std::string status_by_sector_alt(const FigureInputs& inputs);
std::string trusts_by_region_alt(const FigureInputs& inputs);
std::string icb_scores_alt(const FigureInputs& inputs);
std::string status_changes_alt(const FigureInputs& inputs);
std::string icb_status_map_alt(const FigureInputs& inputs);
std::string icb_composite_map_alt(const FigureInputs& inputs);
std::string trust_status_map_alt(const FigureInputs& inputs);
std::string trend_alt(const FigureInputs& inputs);

// A figure's alternative text; the title when it has no builder.
std::string alt_text_of(const Figure& figure, const FigureInputs& inputs);

}  // namespace dspt::figures
