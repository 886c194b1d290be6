#include "figures/trusts_by_region.h"

#include <fmt/format.h>

#include <algorithm>

#include "stats/tables.h"

namespace dspt::figures {

namespace {

constexpr std::size_t kMet = 3, kExceeded = 4;  // indices in kAllStatuses

double share_meeting(const StackedBarRow& r) {
    const auto n = r.total();
    return n == 0 ? 0 : static_cast<double>(r.counts[kMet] + r.counts[kExceeded]) / static_cast<double>(n);
}

}  // namespace

std::vector<StackedBarRow> region_rows(const stats::SummaryTable& table) {
    static_assert(curate::kAllStatuses[kMet] == curate::Status::StandardsMet);
    static_assert(curate::kAllStatuses[kExceeded] == curate::Status::StandardsExceeded);
    std::vector<StackedBarRow> rows;
    for (const auto& t : table.rows) {
        if (t.label == "Total") continue;
        StackedBarRow r;
        r.label = t.label.empty() ? "Region not known" : t.label;
        r.counts = t.counts;
        rows.push_back(std::move(r));
    }
    std::stable_sort(rows.begin(), rows.end(), [](const StackedBarRow& a, const StackedBarRow& b) {
        const double sa = share_meeting(a), sb = share_meeting(b);
        if (sa != sb) return sa > sb;
        if (a.total() != b.total()) return a.total() > b.total();
        return a.label < b.label;
    });
    for (auto& r : rows) {
        const auto n = r.total();
        r.sublabel = fmt::format("{} trust{} \u00b7 {}% met or exceeded", n, n == 1 ? "" : "s",
                                 stats::format_percent(100 * share_meeting(r)));
    }
    return rows;
}

ChromeText trusts_by_region_text(const curate::BriefingData& data) {
    ChromeText t;
    t.title = "NHS trusts' DSPT status by NHS England region";
    t.subtitle =
        snapshot_subtitle(data) + " \u00b7 regions by share of trusts meeting or exceeding the standard";
    t.source = source_line({"NHS England ODS; ONS Sub ICB Location to ICB to NHS England Region lookup"});
    return t;
}

TrustsByRegionLayout layout_trusts_by_region(const draw::Canvas& canvas, const draw::Rect& frame,
                                             const FigureInputs& inputs) {
    TrustsByRegionLayout l;
    l.chrome = layout_chrome(canvas, frame, inputs.style, trusts_by_region_text(inputs.data));
    l.legend = layout_legend(canvas, l.chrome.plot, inputs.style, status_legend(inputs.style));
    const double legend_used =
        l.legend.height + inputs.style.theme().text.label * inputs.style.theme().chrome.legend.gap_em;
    const draw::Rect area{l.chrome.plot.x, l.chrome.plot.y + legend_used, l.chrome.plot.width,
                          std::max(0.0, l.chrome.plot.height - legend_used)};
    l.bars = layout_stacked_bars(canvas, area, inputs.style, region_rows(inputs.derived().by_region),
                                 BarScale::Count);
    return l;
}

void draw_trusts_by_region(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
    draw::CanvasStateGuard guard(canvas);
    const auto l = layout_trusts_by_region(canvas, frame, inputs);
    draw_chrome(canvas, frame, inputs.style, trusts_by_region_text(inputs.data));
    draw_legend(canvas, l.legend, inputs.style, status_legend(inputs.style));
    draw_stacked_bars(canvas, l.bars, inputs.style);
}

}  // namespace dspt::figures
