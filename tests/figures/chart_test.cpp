// The charts drawn from the real November 2023 sample: where things land (layout), what
// pixels come out of Cairo, and that every text run fits the frame without overlapping.
#include <algorithm>
#include <boost/test/unit_test.hpp>
#include <cmath>
#include <set>

#include "draw/cairo_canvas.h"
#include "figure_fixtures.h"
#include "figures/chrome.h"
#include "figures/figure.h"
#include "figures/icb_names.h"
#include "figures/icb_scores.h"
#include "figures/org_names.h"
#include "figures/score_scale.h"
#include "figures/status_by_sector.h"
#include "figures/status_changes.h"
#include "figures/trusts_by_region.h"
#include "stats/tables.h"

using namespace dspt;
using namespace dspt::test;
using figures::FigureInputs;

namespace {

struct FrameCase {
    const char* name;
    const style::Style& style;
    draw::Rect frame;
    double canvas_w, canvas_h;
};

std::vector<FrameCase> frames() {
    return {{"slide", slides_style(), {0, 0, 960, 540}, 960, 540},
            {"a4 block", nhs_style(), {40, 60, 515, 360}, 595.276, 841.89},
            {"small", nhs_style(), {0, 0, 400, 300}, 400, 300}};
}

using DrawFn = void (*)(draw::Canvas&, const draw::Rect&, const FigureInputs&);

// Every text run inside the frame, none overlapping another, none empty.
void check_text_fits(const char* figure, DrawFn draw_fn, const curate::BriefingData& data) {
    for (const auto& fc : frames()) {
        BOOST_TEST_CONTEXT(figure << " in " << fc.name) {
            RecordingCanvas canvas(fonts(), fc.canvas_w, fc.canvas_h);
            draw_fn(canvas, fc.frame, FigureInputs{data, fc.style, nullptr});
            BOOST_CHECK(!canvas.non_finite_path);
            BOOST_CHECK_GE(canvas.runs.size(), 4u);  // title, subtitle, source and content at least
            for (const auto& r : canvas.runs) {
                BOOST_TEST_CONTEXT("text '" << r.text << "'") {
                    BOOST_CHECK(!r.text.empty());
                    BOOST_CHECK(inside(r.box, fc.frame));
                }
            }
            for (std::size_t i = 0; i < canvas.runs.size(); ++i)
                for (std::size_t j = i + 1; j < canvas.runs.size(); ++j)
                    BOOST_CHECK_MESSAGE(
                        !overlap(canvas.runs[i].box, canvas.runs[j].box),
                        "'" << canvas.runs[i].text << "' overlaps '" << canvas.runs[j].text << "'");
        }
    }
}

bool has_text(const RecordingCanvas& c, const std::string& t) {
    return std::any_of(c.runs.begin(), c.runs.end(), [&](const auto& r) { return r.text == t; });
}

// Colours compared at 8-bit precision (what the PNG stores).
void check_color(const draw::Color& got, const draw::Color& want) {
    BOOST_CHECK_SMALL(got.r - want.r, 1.5 / 255);
    BOOST_CHECK_SMALL(got.g - want.g, 1.5 / 255);
    BOOST_CHECK_SMALL(got.b - want.b, 1.5 / 255);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(charts)

BOOST_AUTO_TEST_CASE(icb_names_are_shortened) {
    BOOST_CHECK_EQUAL(figures::short_icb_name("NHS Greater Manchester Integrated Care Board"),
                      "Greater Manchester");
    BOOST_CHECK_EQUAL(figures::short_icb_name("NHS North East and North Cumbria Integrated Care Board"),
                      "North East and North Cumbria");
    BOOST_CHECK_EQUAL(figures::short_icb_name("Kent and Medway ICB"), "Kent and Medway");
    BOOST_CHECK_EQUAL(figures::short_icb_name("NHS"), "NHS");
    BOOST_CHECK_EQUAL(figures::compact_icb_name(
                          "NHS Bath and North East Somerset, Swindon and Wiltshire Integrated Care Board"),
                      "Bath & North East Somerset, Swindon & Wiltshire");
}

BOOST_AUTO_TEST_CASE(capitalised_names_are_title_cased_for_display) {
    BOOST_CHECK_EQUAL(figures::display_name("BARNET, ENFIELD AND HARINGEY MENTAL HEALTH NHS TRUST"),
                      "Barnet, Enfield and Haringey Mental Health NHS Trust");
    BOOST_CHECK_EQUAL(figures::display_name("ST GEORGE'S UNIVERSITY HOSPITALS NHS FOUNDATION TRUST"),
                      "St George's University Hospitals NHS Foundation Trust");
    BOOST_CHECK_EQUAL(figures::display_name("NHS NEL CSU"), "NHS NEL CSU");
    BOOST_CHECK_EQUAL(figures::display_name("MID AND SOUTH ESSEX NHS FOUNDATION TRUST"),
                      "Mid and South Essex NHS Foundation Trust");
    BOOST_CHECK_EQUAL(figures::display_name("MOORFIELDS EYE HOSPITAL NHS FOUNDATION TRUST"),
                      "Moorfields Eye Hospital NHS Foundation Trust");
    BOOST_CHECK_EQUAL(figures::display_name("GUY'S AND ST THOMAS' NHS FOUNDATION TRUST"),
                      "Guy's and St Thomas' NHS Foundation Trust");
    BOOST_CHECK_EQUAL(figures::display_name("THE ROYAL WOLVERHAMPTON NHS TRUST"),
                      "The Royal Wolverhampton NHS Trust");
    BOOST_CHECK_EQUAL(figures::display_name("Bridgewater Community Healthcare NHS Foundation Trust"),
                      "Bridgewater Community Healthcare NHS Foundation Trust");
}

BOOST_AUTO_TEST_CASE(score_scale_is_diverging_and_clamped) {
    const figures::ScoreScale scale(nhs_style());
    const auto colors = nhs_style().theme().score.colors;
    check_color(scale(-3), colors.front());
    check_color(scale(3), colors.back());
    check_color(scale(-10), colors.front());
    check_color(scale(0), colors[colors.size() / 2]);
    BOOST_CHECK(scale(std::nan("")) == nhs_style().theme().score.no_data);
    BOOST_CHECK_EQUAL(scale.ticks(1).size(), 7u);
}

BOOST_AUTO_TEST_CASE(legend_wraps_inside_a_narrow_area) {
    RecordingCanvas canvas(fonts(), 300, 300);
    const draw::Rect area{10, 10, 220, 200};
    const auto entries = figures::status_legend(nhs_style());
    const auto l = figures::layout_legend(canvas, area, nhs_style(), entries);
    BOOST_REQUIRE_EQUAL(l.items.size(), 5u);
    std::set<double> rows;
    for (const auto& it : l.items) {
        rows.insert(it.swatch.y);
        BOOST_CHECK(inside(it.swatch, area));
        BOOST_CHECK(inside(it.label_box, area));
    }
    BOOST_CHECK_GT(rows.size(), 1u);  // five statuses cannot share one 220-wide row
    for (std::size_t i = 0; i < l.items.size(); ++i)
        for (std::size_t j = i + 1; j < l.items.size(); ++j)
            BOOST_CHECK(!overlap(l.items[i].label_box, l.items[j].label_box));
}

BOOST_AUTO_TEST_CASE(status_by_sector_layout_matches_the_summary_table) {
    const auto& data = sample_with_previous();
    RecordingCanvas canvas(fonts(), 960, 540);
    const auto l =
        figures::layout_status_by_sector(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    const auto table = stats::summarise_by_sector(data);
    BOOST_REQUIRE_EQUAL(l.bars.rows.size(), 3u);
    for (std::size_t i = 0; i < 3; ++i) {
        const auto& row = l.bars.rows[i];
        BOOST_CHECK(row.row.counts == table.rows[i].counts);
        BOOST_REQUIRE_EQUAL(row.segments.size(), 5u);
        // Segments tile the bar exactly, in status order.
        BOOST_CHECK_CLOSE(row.segments.front().rect.x, row.bar.x, 1e-9);
        BOOST_CHECK_CLOSE(row.segments.back().rect.right(), row.bar.right(), 1e-9);
        for (std::size_t k = 0; k < 5; ++k) {
            BOOST_CHECK(row.segments[k].status == curate::kAllStatuses[k]);
            BOOST_CHECK_CLOSE(row.segments[k].rect.width / row.bar.width, table.rows[i].percent(k) / 100,
                              1e-6);
        }
    }
    // The trusts' Met segment is the largest of the sample and carries count and percentage.
    const auto& met = l.bars.rows[0].segments[3];
    BOOST_REQUIRE_EQUAL(met.label_lines.size(), 2u);
    BOOST_CHECK_EQUAL(met.label_lines[0], std::to_string(table.rows[0].counts[3]));
    BOOST_CHECK_EQUAL(met.label_lines[1], stats::format_percent(table.rows[0].percent(3)) + "%");
}

BOOST_AUTO_TEST_CASE(status_by_sector_png_pixels) {
    const auto& data = sample_with_previous();
    const auto& style = slides_style();
    const FigureInputs inputs{data, style};
    draw::CairoCanvas canvas(fonts(), 960, 540, 2.0);
    figures::draw_status_by_sector(canvas, {0, 0, 960, 540}, inputs);
    BOOST_CHECK_EQUAL(canvas.pixel_width(), 1920);
    BOOST_CHECK_EQUAL(canvas.pixel_height(), 1080);

    const auto l = figures::layout_status_by_sector(canvas, {0, 0, 960, 540}, inputs);
    const auto& trust = l.bars.rows[0];
    // Inside the Met segment, clear of its centred label: a quarter in from its left edge, near the top.
    const auto& met = trust.segments[3].rect;
    const int px = static_cast<int>((met.x + met.width * 0.1) * 2);
    const int py = static_cast<int>((met.y + 3) * 2);
    check_color(canvas.pixel(px, py), style.theme().status.standards_met);
    // And the Exceeded segment of the same bar.
    const auto& exc = trust.segments[4].rect;
    BOOST_REQUIRE_GT(exc.width, 4);
    check_color(canvas.pixel(static_cast<int>((exc.x + 2) * 2), static_cast<int>((exc.bottom() - 3) * 2)),
                style.theme().status.standards_exceeded);
    // The frame's corner is the background.
    check_color(canvas.pixel(1, 1), style.theme().colors.background);
}

BOOST_AUTO_TEST_CASE(png_bytes_are_deterministic) {
    const auto& data = sample_with_previous();
    auto render = [&] {
        draw::CairoCanvas canvas(fonts(), 960, 540, 2.0);
        figures::draw_icb_scores(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
        return canvas.png_bytes();
    };
    const auto a = render();
    const auto b = render();
    BOOST_CHECK_GT(a.size(), 10000u);
    BOOST_CHECK(a == b);
}

BOOST_AUTO_TEST_CASE(status_by_sector_text_fits) {
    check_text_fits("status_by_sector", figures::draw_status_by_sector, sample_with_previous());
}

BOOST_AUTO_TEST_CASE(trusts_by_region_text_fits) {
    check_text_fits("trusts_by_region", figures::draw_trusts_by_region, sample_with_previous());
}

BOOST_AUTO_TEST_CASE(icb_scores_text_fits) {
    check_text_fits("icb_scores", figures::draw_icb_scores, sample_with_previous());
}

BOOST_AUTO_TEST_CASE(status_changes_text_fits) {
    check_text_fits("status_changes", figures::draw_status_changes, sample_with_previous());
    check_text_fits("status_changes (no previous)", figures::draw_status_changes, sample_without_previous());
}

BOOST_AUTO_TEST_CASE(trusts_by_region_sorted_by_share_meeting) {
    const auto rows = figures::region_rows(stats::summarise_trusts_by_region(sample_with_previous()));
    BOOST_REQUIRE_EQUAL(rows.size(), 7u);  // the seven NHS England regions
    std::size_t trusts = 0;
    double previous = 2;
    for (const auto& r : rows) {
        const double share = static_cast<double>(r.counts[3] + r.counts[4]) / static_cast<double>(r.total());
        BOOST_CHECK_LE(share, previous + 1e-12);
        previous = share;
        trusts += r.total();
    }
    const auto by_sector = stats::summarise_by_sector(sample_with_previous());
    BOOST_CHECK_EQUAL(trusts, by_sector.rows[0].total());
}

BOOST_AUTO_TEST_CASE(icb_scores_show_all_42_ranked) {
    const auto& data = sample_with_previous();
    RecordingCanvas canvas(fonts(), 960, 540);
    figures::draw_icb_scores(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    const auto l = figures::layout_icb_scores(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    BOOST_REQUIRE_EQUAL(l.rows.size(), 42u);
    BOOST_CHECK_EQUAL(l.columns, 2);  // 42 rows do not fit one column of a 16:9 slide legibly
    for (std::size_t i = 1; i < l.rows.size(); ++i) {
        // Ordered by the printed (one-decimal) score; equal printed scores share a rank.
        const auto tenths = [](double v) { return std::lround(v * 10 + (v >= 0 ? 1e-9 : -1e-9)); };
        BOOST_CHECK_GE(tenths(l.rows[i - 1].score), tenths(l.rows[i].score));
        BOOST_CHECK_LE(l.rows[i - 1].rank, l.rows[i].rank);
        if (tenths(l.rows[i - 1].score) == tenths(l.rows[i].score)) {
            BOOST_CHECK_EQUAL(l.rows[i - 1].rank_text, l.rows[i].rank_text);
            BOOST_CHECK(l.rows[i].rank_text.starts_with("="));
        }
    }
    BOOST_CHECK_EQUAL(l.rows.front().rank, 1u);
    BOOST_CHECK_GE(l.text_size, slides_style().theme().text.small);  // no shrinking on a slide
    BOOST_CHECK(has_text(canvas, "Greater Manchester"));
    for (const auto& r : canvas.runs) BOOST_CHECK(r.text.find("Integrated Care Board") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(status_changes_lists_every_change_or_says_how_many_are_left_out) {
    const auto& data = sample_with_previous();
    BOOST_REQUIRE(data.has_previous);
    RecordingCanvas canvas(fonts(), 960, 540);
    const auto l =
        figures::layout_status_changes(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    if (l.overflow.empty()) {
        BOOST_CHECK_EQUAL(l.rows.size(), data.changes.size());
    } else {
        BOOST_CHECK(l.overflow.find(std::to_string(data.changes.size() - l.rows.size()) + " more") !=
                    std::string::npos);
    }
    BOOST_CHECK(!data.changes.empty());
    for (const auto& r : l.rows) {
        // Status in words on both sides, entered/left in words too.
        BOOST_CHECK(!r.from.text.empty());
        BOOST_CHECK(!r.to.text.empty());
        if (r.kind == figures::ChangeKind::Entered) BOOST_CHECK_EQUAL(r.from.text, "Entered");
        if (r.kind == figures::ChangeKind::Left) BOOST_CHECK_EQUAL(r.to.text, "Left");
    }
}

BOOST_AUTO_TEST_CASE(status_changes_without_previous_says_so) {
    RecordingCanvas canvas(fonts(), 960, 540);
    figures::draw_status_changes(canvas, {0, 0, 960, 540},
                                 FigureInputs{sample_without_previous(), slides_style()});
    BOOST_CHECK(std::any_of(canvas.runs.begin(), canvas.runs.end(), [](const auto& r) {
        return r.text.find("No previous export") != std::string::npos;
    }));
}

BOOST_AUTO_TEST_CASE(all_figures_starts_with_the_charts) {
    const auto& data = sample_with_previous();
    const auto figs = figures::all_figures(FigureInputs{data, nhs_style(), nullptr});
    BOOST_REQUIRE_GE(figs.size(), 4u);
    BOOST_CHECK_EQUAL(figs[0].id, "status_by_sector");
    BOOST_CHECK_EQUAL(figs[1].id, "trusts_by_region");
    BOOST_CHECK_EQUAL(figs[2].id, "icb_scores");
    BOOST_CHECK_EQUAL(figs[3].id, "status_changes");
    for (const auto& f : figs) {
        BOOST_CHECK(!f.title.empty());
        BOOST_CHECK(!f.caption.empty());
        BOOST_CHECK(static_cast<bool>(f.draw));
    }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(charts_edge_cases)

BOOST_AUTO_TEST_CASE(a_sector_without_organisations_says_so) {
    auto data = sample_with_previous();
    std::erase_if(data.organisations,
                  [](const curate::Organisation& o) { return o.sector == curate::Sector::Csu; });
    RecordingCanvas canvas(fonts(), 960, 540);
    const auto l =
        figures::layout_status_by_sector(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    BOOST_REQUIRE_EQUAL(l.bars.rows.size(), 3u);
    BOOST_CHECK(l.bars.rows[0].empty_note.empty());
    BOOST_CHECK_EQUAL(l.bars.rows[2].empty_note, "No organisations of this sector in the briefing");
    for (const auto& seg : l.bars.rows[2].segments) BOOST_CHECK_EQUAL(seg.rect.width, 0.0);
    check_text_fits("status_by_sector without CSUs", figures::draw_status_by_sector, data);
}

BOOST_AUTO_TEST_CASE(no_changes_since_the_previous_export_says_so) {
    auto data = sample_with_previous();
    data.changes.clear();
    RecordingCanvas canvas(fonts(), 960, 540);
    figures::draw_status_changes(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    BOOST_CHECK(std::any_of(canvas.runs.begin(), canvas.runs.end(), [](const auto& r) {
        return r.text.find("No organisation's status changed since 17 October 2023") != std::string::npos;
    }));
}

BOOST_AUTO_TEST_CASE(many_changes_overflow_with_a_count) {
    auto data = sample_with_previous();
    const auto base = data.changes;
    for (int i = 0; i < 12; ++i)
        for (auto c : base) {
            c.name += " " + std::to_string(i);
            data.changes.push_back(c);
        }
    RecordingCanvas canvas(fonts(), 960, 540);
    const auto l =
        figures::layout_status_changes(canvas, {0, 0, 960, 540}, FigureInputs{data, slides_style()});
    BOOST_REQUIRE(!l.overflow.empty());
    BOOST_CHECK_LT(l.rows.size(), data.changes.size());
    BOOST_CHECK(l.overflow.find(std::to_string(data.changes.size() - l.rows.size()) + " more") !=
                std::string::npos);
    check_text_fits("status_changes, 130 changes", figures::draw_status_changes, data);
}

BOOST_AUTO_TEST_SUITE_END()
