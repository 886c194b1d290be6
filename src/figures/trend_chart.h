#pragma once
// The trend (METHODOLOGY.md "Trend across snapshots"): for each sector with enough
// snapshots, each snapshot's status mix as a 100 % stacked column placed on a true time
// axis (column centres proportional to the dates: 2019 -> 2022 -> 2023 look uneven because
// they are), the share that met or exceeded the standard written above each column and
// joined by a line, and under each column its date, edition and N. NHS trusts always have
// a panel; ICBs and CSUs only where they have at least two snapshots.
#include <string>
#include <string_view>
#include <vector>

#include "curate/trend.h"
#include "draw/canvas.h"
#include "figures/chrome.h"
#include "figures/figure.h"

namespace dspt::figures {

inline constexpr std::string_view kTrendFigureId = "trend";

struct TrendColumnLayout {
    curate::TrendPoint point;
    double x = 0;                          // centre: proportional to the date on the panel's axis
    draw::Rect column;                     // the whole 100 % column
    std::vector<draw::Rect> segments;      // kAllStatuses order; stacked best (bottom) to worst (top)
    double met_y = 0;                      // top of the met-or-exceeded part
    std::string share_text;                // "72.9%"
    draw::Rect share_box;                  // dodged so neighbours never overlap
    std::vector<std::string> label_lines;  // "16 Nov 2023", "22/23 edition", "N = 210"
    draw::Rect label_box;                  // dodged likewise
};

struct TrendPanelLayout {
    curate::Sector sector = curate::Sector::NhsTrust;
    std::string title;  // "NHS trusts"
    draw::Rect box;     // the panel
    draw::Point title_at;
    draw::Rect plot;                       // the columns' area: top = 100 %, bottom = 0 %
    double axis_left = 0, axis_right = 0;  // x of the first and last date
    std::vector<TrendColumnLayout> columns;
    std::vector<std::pair<double, std::string>> year_ticks;  // x of 1 January, "2021"
    double year_label_y = 0;                                 // top of the year labels
};

struct TrendLayout {
    ChromeLayout chrome;
    LegendLayout legend;
    std::vector<TrendPanelLayout> panels;  // NHS trusts first
};

// The sectors that get a panel: NHS trusts when they have a point, ICBs and CSUs with >= 2.
std::vector<curate::Sector> trend_panel_sectors(const std::vector<curate::TrendPoint>& trend);

ChromeText trend_text(const curate::BriefingData& data);
TrendLayout layout_trend(const draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs);
void draw_trend(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs);

}  // namespace dspt::figures
