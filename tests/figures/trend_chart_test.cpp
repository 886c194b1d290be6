// The trend figure on the real snapshots of the default run: column centres proportional
// to the dates (from the layout and from the slide's pixels), which panels appear, the
// text fitting the frame, and the figure only when the run has a trend.
#include "figures/trend_chart.h"

#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>

#include "draw/cairo_canvas.h"
#include "figure_fixtures.h"
#include "figures/alt_text.h"
#include "figures/figure.h"

using namespace dspt;
using namespace dspt::test;
using figures::FigureInputs;

namespace {

// The November 2023 sample with the default manifest's three earlier snapshots.
const curate::BriefingData& sample_with_trend() {
    static const curate::BriefingData data = [] {
        io::Warnings w;
        curate::CurationInputs in;
        in.title = "DSPT briefing";
        in.reference_date = io::Date{2023, 11, 16};
        in.current = io::read_dspt_export(sample_path("dspt/DSPT search results 16_11_2023.csv"), w);
        in.previous = io::read_dspt_export(sample_path("dspt/DSPT search results 17_10_2023.csv"), w);
        in.previous_reference_date = io::Date{2023, 10, 17};
        in.ods_trusts = io::read_ods_organisations(sample_path("ods/etr.csv"), w);
        for (auto& o : io::read_ods_organisations(sample_path("ods/ect.csv"), w))
            in.ods_trusts.push_back(std::move(o));
        in.ons = io::read_ons_lookup(sample_path("ons/LOC23_ICB23_NHSER23_EN_LU.csv"), w);
        in.have_postcode_file = false;
        const std::string data_dir = std::string(DSPT_SHARED_DATA);
        in.history.push_back(
            {io::Date{2019, 6, 17}, "18/19", std::nullopt,
             io::read_dspt_export(data_dir + "/dspt-2019-06-all-sectors/DSPT Progress as of 17_06_2019.csv",
                                  w, {false, false, {}})});
        in.history.push_back(
            {io::Date{2022, 9, 9}, std::nullopt, curate::Sector::NhsTrust,
             io::read_dspt_export(data_dir + "/dspt-history/DSPT_trusts_21_22_snapshot09_09_22.csv", w,
                                  {false, false, {}})});
        in.history.push_back({io::Date{2023, 10, 17}, std::nullopt, std::nullopt, std::nullopt});
        return curate::curate(in, w);
    }();
    return data;
}

double days(const io::Date& d) { return static_cast<double>(d.days_since_epoch()); }

// Runs of pixels of `want` (8-bit tolerance) along row `py`, as [first, last] pixel x.
std::vector<std::pair<int, int>> runs_of(const draw::CairoCanvas& canvas, int py, int x0, int x1,
                                         const draw::Color& want) {
    std::vector<std::pair<int, int>> out;
    bool in_run = false;
    for (int px = x0; px <= x1; ++px) {
        const auto c = canvas.pixel(px, py);
        const bool match = std::abs(c.r - want.r) < 2.0 / 255 && std::abs(c.g - want.g) < 2.0 / 255 &&
                           std::abs(c.b - want.b) < 2.0 / 255;
        if (match && !in_run) out.push_back({px, px});
        if (match) out.back().second = px;
        in_run = match;
    }
    return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(trend_chart)

BOOST_AUTO_TEST_CASE(panels_only_with_enough_snapshots) {
    using curate::Sector;
    std::vector<curate::TrendPoint> t(4);
    t[0].sector = Sector::NhsTrust;
    t[1].sector = Sector::Csu;
    t[2].sector = Sector::Icb;
    t[3].sector = Sector::NhsTrust;
    BOOST_TEST((figures::trend_panel_sectors(t) == std::vector<Sector>{Sector::NhsTrust}));
    t.push_back(t[1]);
    BOOST_TEST((figures::trend_panel_sectors(t) == std::vector<Sector>{Sector::NhsTrust, Sector::Csu}));
    t.push_back(t[2]);
    BOOST_TEST(
        (figures::trend_panel_sectors(t) == std::vector<Sector>{Sector::NhsTrust, Sector::Icb, Sector::Csu}));
}

BOOST_AUTO_TEST_CASE(default_trend_has_three_panels_with_their_points) {
    const auto& data = sample_with_trend();
    draw::CairoCanvas canvas(fonts(), 960, 540, 2.0);
    const auto l = figures::layout_trend(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    BOOST_REQUIRE_EQUAL(l.panels.size(), 3u);
    BOOST_CHECK_EQUAL(l.panels[0].columns.size(), 4u);  // trusts: 2019, 2022, Oct and Nov 2023
    BOOST_CHECK_EQUAL(l.panels[1].columns.size(), 2u);  // ICBs: Oct and Nov 2023
    BOOST_CHECK_EQUAL(l.panels[2].columns.size(), 2u);  // CSUs: 2019 and Nov 2023
    const auto& trusts = l.panels[0].columns;
    const std::vector<std::string> shares = {"55.5%", "67.0%", "70.6%", "72.9%"};
    for (std::size_t i = 0; i < 4; ++i) {
        BOOST_CHECK_EQUAL(trusts[i].share_text, shares[i]);
        BOOST_CHECK_EQUAL(trusts[i].label_lines.size(), 3u);
    }
    BOOST_CHECK_EQUAL(trusts[0].label_lines[0], "17 Jun 2019");
    BOOST_CHECK_EQUAL(trusts[0].label_lines[1], "18/19 edition");
    BOOST_CHECK_EQUAL(trusts[0].label_lines[2], "N = 229");
    BOOST_CHECK_EQUAL(trusts[3].label_lines[2], "N = 210");
    // Neighbouring labels never overlap, however close the dates.
    for (std::size_t i = 1; i < trusts.size(); ++i) {
        BOOST_CHECK_LE(trusts[i - 1].share_box.right(), trusts[i].share_box.x);
        BOOST_CHECK_LE(trusts[i - 1].label_box.right(), trusts[i].label_box.x);
    }
    // Centres proportional to the dates.
    const double span = trusts[3].x - trusts[0].x;
    const double day_span = days(trusts[3].point.date) - days(trusts[0].point.date);
    for (const auto& c : trusts)
        BOOST_CHECK_SMALL(
            c.x - trusts[0].x - span * (days(c.point.date) - days(trusts[0].point.date)) / day_span, 1e-6);
}

// The pixel test: on the slide PNG, the Exceeded segments at the foot of the trust columns
// are found by colour, and their centres are spaced as the dates are.
BOOST_AUTO_TEST_CASE(dates_are_proportional_on_the_slide) {
    const auto& data = sample_with_trend();
    const auto& style = slides_style();
    const FigureInputs inputs{data, style};
    draw::CairoCanvas canvas(fonts(), 960, 540, 2.0);
    figures::draw_trend(canvas, {0, 0, 960, 540}, inputs);
    const auto l = figures::layout_trend(canvas, {0, 0, 960, 540}, inputs);
    const auto& panel = l.panels.at(0);
    // Two canvas units above the axis: inside every trust column's Exceeded segment (>= 9 of 229).
    const int py = static_cast<int>((panel.plot.bottom() - 2) * 2);
    const auto runs =
        runs_of(canvas, py, static_cast<int>(panel.plot.x * 2), static_cast<int>(panel.plot.right() * 2),
                style.theme().status.standards_exceeded);
    BOOST_REQUIRE_EQUAL(runs.size(), 4u);
    std::vector<double> centre;
    for (const auto& [a, b] : runs) centre.push_back((a + b + 1) / 2.0);  // pixel edges, in pixels
    const std::vector<io::Date> dates = {{2019, 6, 17}, {2022, 9, 9}, {2023, 10, 17}, {2023, 11, 16}};
    const double px_per_day = (centre[3] - centre[0]) / (days(dates[3]) - days(dates[0]));
    BOOST_CHECK_GT(px_per_day, 0.5);
    for (std::size_t i = 1; i < 3; ++i)
        BOOST_CHECK_SMALL(centre[i] - centre[0] - px_per_day * (days(dates[i]) - days(dates[0])), 1.5);
    // Uneven, as the dates are: 2019 -> 2022 is 39 times as long as October -> November 2023.
    BOOST_CHECK_GT((centre[1] - centre[0]) / (centre[3] - centre[2]), 30.0);
}

BOOST_AUTO_TEST_CASE(text_fits_and_never_overlaps) {
    const auto& data = sample_with_trend();
    const struct {
        const char* name;
        const style::Style& style;
        draw::Rect frame;
        double w, h;
    } frames[] = {{"slide", slides_style(), {0, 0, 960, 540}, 960, 540},
                  // As the PDF frames it: the content width plus the chrome's padding, the style's aspect.
                  {"a4 page",
                   nhs_style(),
                   {30, 60, 540, 540 * nhs_style().theme().report.figure.aspect_trend},
                   595.276,
                   841.89},
                  {"a4 half page", nhs_style(), {30, 60, 540, 330}, 595.276, 841.89}};
    for (const auto& fc : frames) {
        BOOST_TEST_CONTEXT(fc.name) {
            RecordingCanvas canvas(fonts(), fc.w, fc.h);
            figures::draw_trend(canvas, fc.frame, FigureInputs{data, fc.style, nullptr});
            BOOST_CHECK(!canvas.non_finite_path);
            for (const auto& r : canvas.runs) {
                BOOST_CHECK_MESSAGE(!r.text.empty(), "empty text");
                BOOST_CHECK_MESSAGE(inside(r.box, fc.frame), "'" << r.text << "' outside the frame");
            }
            for (std::size_t i = 0; i < canvas.runs.size(); ++i)
                for (std::size_t j = i + 1; j < canvas.runs.size(); ++j)
                    BOOST_CHECK_MESSAGE(
                        !overlap(canvas.runs[i].box, canvas.runs[j].box),
                        "'" << canvas.runs[i].text << "' overlaps '" << canvas.runs[j].text << "'");
        }
    }
}

BOOST_AUTO_TEST_CASE(the_figure_only_with_a_trend_and_its_alt_text_from_the_numbers) {
    const auto without = figures::all_figures(FigureInputs{sample_with_previous(), nhs_style(), nullptr});
    BOOST_CHECK(std::none_of(without.begin(), without.end(), [](const auto& f) { return f.id == "trend"; }));
    const FigureInputs in{sample_with_trend(), nhs_style(), nullptr};
    const auto with = figures::all_figures(in);
    BOOST_REQUIRE_GE(with.size(), 2u);
    BOOST_CHECK_EQUAL(with[1].id, "trend");
    BOOST_CHECK_EQUAL(with[1].title, "Trend in DSPT status since 17 June 2019");
    const std::string alt = figures::alt_text_of(with[1], in);
    BOOST_TEST(
        alt.find("55.5% of 229 (Jun 2019, 18/19), 67.0% of 215 (Sep 2022, 21/22), 70.6% of 211 (Oct 2023, "
                 "22/23), 72.9% of 210 (Nov 2023, 22/23)") != std::string::npos,
        alt);
    BOOST_TEST(alt.find("CSUs: 100.0% to 80.0%") != std::string::npos, alt);
    BOOST_TEST(alt.size() <= 300u, alt.size());
}

BOOST_AUTO_TEST_SUITE_END()
