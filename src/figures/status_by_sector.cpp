#include "figures/status_by_sector.h"

#include <fmt/format.h>

#include "stats/tables.h"

namespace dspt::figures {

namespace {

std::vector<StackedBarRow> sector_rows(const stats::SummaryTable& table) {
    std::vector<StackedBarRow> rows;
    // The table's first three rows are the sectors in kAllSectors order; the Total row is
    // left out (a bar of all sectors together would hide the differences the chart shows).
    for (std::size_t i = 0; i < curate::kAllSectors.size() && i < table.rows.size(); ++i) {
        StackedBarRow r;
        r.label = std::string(curate::sector_short_label(curate::kAllSectors[i]));
        r.counts = table.rows[i].counts;
        const auto n = table.rows[i].total();
        if (table.rows[i].in_export) {
            r.sublabel = fmt::format("{} organisation{}", n, n == 1 ? "" : "s");
        } else {
            r.sublabel = stats::kNotInExport;
            r.empty_note = "Not in this export: it holds no rows of this sector";
        }
        rows.push_back(std::move(r));
    }
    return rows;
}

}  // namespace

ChromeText status_by_sector_text(const curate::BriefingData& data) {
    ChromeText t;
    t.title = "DSPT status by sector";
    t.subtitle = snapshot_subtitle(data) + " \u00b7 share of organisations in each sector";
    t.source = source_line({"NHS England ODS; ONS ICB lookup"});
    return t;
}

StatusBySectorLayout layout_status_by_sector(const draw::Canvas& canvas, const draw::Rect& frame,
                                             const FigureInputs& inputs) {
    StatusBySectorLayout l;
    l.chrome = layout_chrome(canvas, frame, inputs.style, status_by_sector_text(inputs.data));
    l.legend = layout_legend(canvas, l.chrome.plot, inputs.style, status_legend(inputs.style));
    const double legend_used =
        l.legend.height + inputs.style.theme().text.label * inputs.style.theme().chrome.legend.gap_em;
    const draw::Rect area{l.chrome.plot.x, l.chrome.plot.y + legend_used, l.chrome.plot.width,
                          std::max(0.0, l.chrome.plot.height - legend_used)};
    l.bars = layout_stacked_bars(canvas, area, inputs.style, sector_rows(inputs.derived().by_sector),
                                 BarScale::Percent, "No organisations of this sector in the briefing");
    return l;
}

void draw_status_by_sector(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
    draw::CanvasStateGuard guard(canvas);
    const auto l = layout_status_by_sector(canvas, frame, inputs);
    draw_chrome(canvas, frame, inputs.style, status_by_sector_text(inputs.data));
    draw_legend(canvas, l.legend, inputs.style, status_legend(inputs.style));
    draw_stacked_bars(canvas, l.bars, inputs.style);
}

}  // namespace dspt::figures
