#include "figures/score_scale.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

namespace dspt::figures {

ScoreScale::ScoreScale(const style::Style& style)
    : min_(style.theme().score.min),
      max_(style.theme().score.max),
      colors_(style.theme().score.colors),
      no_data_(style.theme().score.no_data) {
    // A malformed scale would silently colour the map wrong; refuse it loudly instead.
    if (colors_.size() < 2)
        throw std::invalid_argument(style.path() + ": score.colors needs at least 2 colours");
    if (!(max_ > min_))
        throw std::invalid_argument(style.path() + ": score.max must be greater than score.min");
}

draw::Color ScoreScale::operator()(double score) const {
    if (std::isnan(score)) return no_data_;
    const double t =
        std::clamp((score - min_) / (max_ - min_), 0.0, 1.0) * static_cast<double>(colors_.size() - 1);
    const auto lo = std::min(static_cast<std::size_t>(t), colors_.size() - 2);
    const double f = t - static_cast<double>(lo);
    const auto& a = colors_[lo];
    const auto& b = colors_[lo + 1];
    return {a.r + (b.r - a.r) * f, a.g + (b.g - a.g) * f, a.b + (b.b - a.b) * f, a.a + (b.a - a.a) * f};
}

std::vector<double> ScoreScale::ticks(double step) const {
    std::vector<double> out;
    for (double v = std::ceil(min_ / step - 1e-9) * step; v <= max_ + 1e-9; v += step) out.push_back(v);
    return out;
}

draw::Color score_color(const style::Style& style, double score) { return ScoreScale(style)(score); }

}  // namespace dspt::figures
