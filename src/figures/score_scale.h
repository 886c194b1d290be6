#pragma once
// The continuous diverging colour scale of the ICB composite score, shared by the
// ranked score chart and the composite map so both read alike. Everything comes from
// the style's [score] table:
//   min, max   the domain ([-3, 3])
//   colors     evenly spaced stops from min to max (diverging at the middle, colour-blind safe)
//   no_data    for an ICB without a score: never a colour of the scale
// Between stops colours are interpolated linearly in sRGB; values outside the domain are clamped.
#include <vector>

#include "draw/geometry.h"
#include "style/style.h"

namespace dspt::figures {

class ScoreScale {
public:
    explicit ScoreScale(const style::Style& style);  // throws std::invalid_argument on a malformed scale
    draw::Color operator()(double score) const;      // NaN -> no_data()
    draw::Color no_data() const { return no_data_; }
    double min() const { return min_; }
    double max() const { return max_; }
    // Tick values for a legend: the multiples of `step` inside the domain.
    std::vector<double> ticks(double step = 1) const;

private:
    double min_ = -3, max_ = 3;
    std::vector<draw::Color> colors_;
    draw::Color no_data_;
};

// One-shot convenience: ScoreScale(style)(score).
draw::Color score_color(const style::Style& style, double score);

}  // namespace dspt::figures
