#pragma once
// The typed view of a style (issue #12 item 3): every value of styles/*.toml, read ONCE when
// the style is loaded (style::Style::load) into these structs, which mirror the file's
// tables. Figures and report read members (theme.chart.icb.row_min_em); nothing looks a key
// up by name while drawing.
//
// Each struct's visit() is its schema, written once: the loader walks it and reports, at
// load, a key the schema has and the file lacks ("file:line: style key \"x.y\" is missing"),
// a key the file has and the schema lacks, and a value of the wrong type (both at the
// key's file:line:column). A key nothing reads is not in the schema, so it cannot stay in
// a style file. `V` is the loader's reader (style.cpp); its calls are
//   v("key", member)        a value: double, int, bool, std::string, draw::Color,
//                           std::vector<draw::Color>
//   v.path("key", member)   a file name, resolved against the style file that wrote it
//   v.table("key", member)  a nested table
#include <string>
#include <vector>

#include "curate/status.h"
#include "draw/geometry.h"

namespace dspt::style {

using draw::Color;

struct Fonts {
    std::string directory;  // resolved: absolute, or relative to the working directory
    std::string regular;
    std::string bold;
    template <class V>
    void visit(V& v) {
        v.path("directory", directory);
        v("regular", regular);
        v("bold", bold);
    }
};

struct Colors {
    Color nhs_blue, dark_grey, pale_grey, white, text, text_secondary, background, gridline, axis, boundary,
        region_boundary;
    template <class V>
    void visit(V& v) {
        v("nhs_blue", nhs_blue);
        v("dark_grey", dark_grey);
        v("pale_grey", pale_grey);
        v("white", white);
        v("text", text);
        v("text_secondary", text_secondary);
        v("background", background);
        v("gridline", gridline);
        v("axis", axis);
        v("boundary", boundary);
        v("region_boundary", region_boundary);
    }
};

// One colour per status ([status] fills, [status_text] text on those fills).
struct StatusColors {
    Color not_published, standards_not_met, approaching_standards, standards_met, standards_exceeded;
    const Color& of(curate::Status s) const {
        switch (s) {
            case curate::Status::NotPublished:
                return not_published;
            case curate::Status::StandardsNotMet:
                return standards_not_met;
            case curate::Status::ApproachingStandards:
                return approaching_standards;
            case curate::Status::StandardsMet:
                return standards_met;
            case curate::Status::StandardsExceeded:
                break;
        }
        return standards_exceeded;
    }
    template <class V>
    void visit(V& v) {
        v("not_published", not_published);
        v("standards_not_met", standards_not_met);
        v("approaching_standards", approaching_standards);
        v("standards_met", standards_met);
        v("standards_exceeded", standards_exceeded);
    }
};

struct Score {
    double min = 0, max = 0;
    std::vector<Color> colors;
    Color no_data, no_data_hatch;
    double no_data_hatch_spacing = 0, no_data_hatch_width = 0;
    template <class V>
    void visit(V& v) {
        v("min", min);
        v("max", max);
        v("colors", colors);
        v("no_data", no_data);
        v("no_data_hatch", no_data_hatch);
        v("no_data_hatch_spacing", no_data_hatch_spacing);
        v("no_data_hatch_width", no_data_hatch_width);
    }
};

struct TextSizes {
    double title = 0, subtitle = 0, body = 0, label = 0, small = 0, source = 0, line_spacing = 0;
    template <class V>
    void visit(V& v) {
        v("title", title);
        v("subtitle", subtitle);
        v("body", body);
        v("label", label);
        v("small", small);
        v("source", source);
        v("line_spacing", line_spacing);
    }
};

struct LineWidths {
    double hairline = 0, thin = 0, normal = 0, thick = 0, gridline = 0, axis = 0, icb_boundary = 0,
           region_boundary = 0;
    template <class V>
    void visit(V& v) {
        v("hairline", hairline);
        v("thin", thin);
        v("normal", normal);
        v("thick", thick);
        v("gridline", gridline);
        v("axis", axis);
        v("icb_boundary", icb_boundary);
        v("region_boundary", region_boundary);
    }
};

struct Slide {
    double width = 0, height = 0, scale = 0;
    template <class V>
    void visit(V& v) {
        v("width", width);
        v("height", height);
        v("scale", scale);
    }
};

struct Print {
    double dpi = 0;
    template <class V>
    void visit(V& v) {
        v("dpi", dpi);
    }
};

struct Page {
    double width = 0, height = 0, margin_top = 0, margin_bottom = 0, margin_left = 0, margin_right = 0;
    int columns = 0;
    double gutter = 0, header_height = 0, footer_height = 0, figure_gap = 0;
    template <class V>
    void visit(V& v) {
        v("width", width);
        v("height", height);
        v("margin_top", margin_top);
        v("margin_bottom", margin_bottom);
        v("margin_left", margin_left);
        v("margin_right", margin_right);
        v("columns", columns);
        v("gutter", gutter);
        v("header_height", header_height);
        v("footer_height", footer_height);
        v("figure_gap", figure_gap);
    }
};

struct ChromeLegend {
    double swatch_em = 0, swatch_gap_em = 0, item_gap_em = 0, row_gap_em = 0, gap_em = 0;
    bool center = false;
    Color swatch_outline;
    template <class V>
    void visit(V& v) {
        v("swatch_em", swatch_em);
        v("swatch_gap_em", swatch_gap_em);
        v("item_gap_em", item_gap_em);
        v("row_gap_em", row_gap_em);
        v("gap_em", gap_em);
        v("center", center);
        v("swatch_outline", swatch_outline);
    }
};

struct ChromeColourBar {
    double bar_height_em = 0, tick_length_em = 0, label_gap_em = 0, max_width_em = 0, title_gap_em = 0;
    bool center = false;
    template <class V>
    void visit(V& v) {
        v("bar_height_em", bar_height_em);
        v("tick_length_em", tick_length_em);
        v("label_gap_em", label_gap_em);
        v("max_width_em", max_width_em);
        v("title_gap_em", title_gap_em);
        v("center", center);
    }
};

struct Chrome {
    double padding = 0, title_gap_em = 0, header_gap_em = 0, footer_gap_em = 0;
    ChromeLegend legend;
    ChromeColourBar colour_bar;
    template <class V>
    void visit(V& v) {
        v("padding", padding);
        v("title_gap_em", title_gap_em);
        v("header_gap_em", header_gap_em);
        v("footer_gap_em", footer_gap_em);
        v.table("legend", legend);
        v.table("colour_bar", colour_bar);
    }
};

struct MapLegend {
    double swatch_em = 0, swatch_gap_em = 0, count_gap_em = 0, row_gap_em = 0, title_gap_em = 0,
           note_gap_em = 0, block_gap_em = 0, max_width_em = 0, colour_bar_em = 0, note_width_em = 0;
    template <class V>
    void visit(V& v) {
        v("swatch_em", swatch_em);
        v("swatch_gap_em", swatch_gap_em);
        v("count_gap_em", count_gap_em);
        v("row_gap_em", row_gap_em);
        v("title_gap_em", title_gap_em);
        v("note_gap_em", note_gap_em);
        v("block_gap_em", block_gap_em);
        v("max_width_em", max_width_em);
        v("colour_bar_em", colour_bar_em);
        v("note_width_em", note_width_em);
    }
};

struct MapInset {
    std::string region_name, title;
    double padding = 0, max_height_fraction = 0, title_gap_em = 0;
    Color frame_color, background;
    template <class V>
    void visit(V& v) {
        v("region_name", region_name);
        v("title", title);
        v("padding", padding);
        v("max_height_fraction", max_height_fraction);
        v("title_gap_em", title_gap_em);
        v("frame_color", frame_color);
        v("background", background);
    }
};

struct MapScaleBar {
    double max_fraction = 0, height_em = 0, label_gap_em = 0, margin_em = 0;
    Color color, fill;
    template <class V>
    void visit(V& v) {
        v("max_fraction", max_fraction);
        v("height_em", height_em);
        v("label_gap_em", label_gap_em);
        v("margin_em", margin_em);
        v("color", color);
        v("fill", fill);
    }
};

struct MapTrusts {
    std::string source_crs;
    Color base_fill;
    double marker_radius_em = 0;
    Color marker_outline;
    double marker_outline_em = 0, marker_alpha = 0;
    template <class V>
    void visit(V& v) {
        v("source_crs", source_crs);
        v("base_fill", base_fill);
        v("marker_radius_em", marker_radius_em);
        v("marker_outline", marker_outline);
        v("marker_outline_em", marker_outline_em);
        v("marker_alpha", marker_alpha);
    }
};

struct Map {
    std::string crs, source_crs_fallback, icb_code_field, region_name_field;
    double simplify_device_pixels = 0, padding = 0, gap_em = 0;
    Color composite_boundary;
    std::string attribution;
    MapLegend legend;
    MapInset inset;
    MapScaleBar scale_bar;
    MapTrusts trusts;
    template <class V>
    void visit(V& v) {
        v("crs", crs);
        v("source_crs_fallback", source_crs_fallback);
        v("icb_code_field", icb_code_field);
        v("region_name_field", region_name_field);
        v("simplify_device_pixels", simplify_device_pixels);
        v("padding", padding);
        v("gap_em", gap_em);
        v("composite_boundary", composite_boundary);
        v("attribution", attribution);
        v.table("legend", legend);
        v.table("inset", inset);
        v.table("scale_bar", scale_bar);
        v.table("trusts", trusts);
    }
};

struct ChartIcb {
    int max_columns = 0;
    double row_min_em = 0, row_max_em = 0, column_gap_em = 0, inner_gap_em = 0, min_plot_em = 0,
           min_name_em = 0, name_column_max = 0, strip_em = 0, tick_room = 0, bar_fraction = 0;
    Color stripe, bar_outline;
    template <class V>
    void visit(V& v) {
        v("max_columns", max_columns);
        v("row_min_em", row_min_em);
        v("row_max_em", row_max_em);
        v("column_gap_em", column_gap_em);
        v("inner_gap_em", inner_gap_em);
        v("min_plot_em", min_plot_em);
        v("min_name_em", min_name_em);
        v("name_column_max", name_column_max);
        v("strip_em", strip_em);
        v("tick_room", tick_room);
        v("bar_fraction", bar_fraction);
        v("stripe", stripe);
        v("bar_outline", bar_outline);
    }
};

struct ChartTrend {
    double column_max_em = 0, column_min = 0, column_share_of_gap = 0, side_share = 0, panel_gap_em = 0,
           title_gap_em = 0, share_gap_em = 0, label_gap_em = 0, year_tick_em = 0, axis_label_gap_em = 0,
           dodge_gap_em = 0;
    Color line;
    template <class V>
    void visit(V& v) {
        v("column_max_em", column_max_em);
        v("column_min", column_min);
        v("column_share_of_gap", column_share_of_gap);
        v("side_share", side_share);
        v("panel_gap_em", panel_gap_em);
        v("title_gap_em", title_gap_em);
        v("share_gap_em", share_gap_em);
        v("label_gap_em", label_gap_em);
        v("year_tick_em", year_tick_em);
        v("axis_label_gap_em", axis_label_gap_em);
        v("dodge_gap_em", dodge_gap_em);
        v("line", line);
    }
};

struct ChartChanges {
    double row_em = 0, chip_height_em = 0, chip_padding_em = 0, chip_radius_em = 0, inner_gap_em = 0,
           arrow_em = 0, column_gap_em = 0, min_column_em = 0;
    int max_columns = 0;
    double summary_gap_em = 0;
    template <class V>
    void visit(V& v) {
        v("row_em", row_em);
        v("chip_height_em", chip_height_em);
        v("chip_padding_em", chip_padding_em);
        v("chip_radius_em", chip_radius_em);
        v("inner_gap_em", inner_gap_em);
        v("arrow_em", arrow_em);
        v("column_gap_em", column_gap_em);
        v("min_column_em", min_column_em);
        v("max_columns", max_columns);
        v("summary_gap_em", summary_gap_em);
    }
};

struct Chart {
    double bar_max_em = 0, bar_gap_ratio = 0, label_gap_em = 0, label_column_max = 0, sublabel_gap_em = 0,
           segment_padding_em = 0, axis_label_gap_em = 0, tick_spacing_em = 0;
    ChartIcb icb;
    ChartTrend trend;
    ChartChanges changes;
    template <class V>
    void visit(V& v) {
        v("bar_max_em", bar_max_em);
        v("bar_gap_ratio", bar_gap_ratio);
        v("label_gap_em", label_gap_em);
        v("label_column_max", label_column_max);
        v("sublabel_gap_em", sublabel_gap_em);
        v("segment_padding_em", segment_padding_em);
        v("axis_label_gap_em", axis_label_gap_em);
        v("tick_spacing_em", tick_spacing_em);
        v.table("icb", icb);
        v.table("trend", trend);
        v.table("changes", changes);
    }
};

struct Png {
    double print_width_mm = 0, print_height_mm = 0;
    std::string slide_style;  // resolved like fonts.directory
    template <class V>
    void visit(V& v) {
        v("print_width_mm", print_width_mm);
        v("print_height_mm", print_height_mm);
        v.path("slide_style", slide_style);
    }
};

struct ReportCover {
    double band_height = 0, title_bottom_padding = 0;
    std::string kicker;
    double kicker_text = 0, title_text = 0, title_line_spacing = 0, subtitle_text = 0, cards_gap = 0,
           card_padding = 0, value_text = 0, label_text = 0, caveat_text = 0;
    std::string caveat_note;
    template <class V>
    void visit(V& v) {
        v("band_height", band_height);
        v("title_bottom_padding", title_bottom_padding);
        v("kicker", kicker);
        v("kicker_text", kicker_text);
        v("title_text", title_text);
        v("title_line_spacing", title_line_spacing);
        v("subtitle_text", subtitle_text);
        v("cards_gap", cards_gap);
        v("card_padding", card_padding);
        v("value_text", value_text);
        v("label_text", label_text);
        v("caveat_text", caveat_text);
        v("caveat_note", caveat_note);
    }
};

struct ReportContents {
    double entry_text = 0, sub_text = 0, entry_spacing = 0, indent = 0;
    template <class V>
    void visit(V& v) {
        v("entry_text", entry_text);
        v("sub_text", sub_text);
        v("entry_spacing", entry_spacing);
        v("indent", indent);
    }
};

struct ReportTable {
    double text = 0, header_text = 0, group_text = 0, padding_x = 0, padding_y = 0, accent_height = 0;
    Color header_color, header_fill, group_color, group_fill, subgroup_color, zebra, rule;
    template <class V>
    void visit(V& v) {
        v("text", text);
        v("header_text", header_text);
        v("group_text", group_text);
        v("padding_x", padding_x);
        v("padding_y", padding_y);
        v("accent_height", accent_height);
        v("header_color", header_color);
        v("header_fill", header_fill);
        v("group_color", group_color);
        v("group_fill", group_fill);
        v("subgroup_color", subgroup_color);
        v("zebra", zebra);
        v("rule", rule);
    }
};

struct ReportChip {
    double text = 0, padding_x = 0, height_em = 0, radius = 0;
    template <class V>
    void visit(V& v) {
        v("text", text);
        v("padding_x", padding_x);
        v("height_em", height_em);
        v("radius", radius);
    }
};

// Frame height / width of a figure in the PDF: `aspect` for a chart, `map_aspect` for a map,
// and the three charts that have their own.
struct ReportFigure {
    double aspect = 0, map_aspect = 0, aspect_status_by_sector = 0, aspect_status_changes = 0,
           aspect_trend = 0, caption_gap = 0;
    template <class V>
    void visit(V& v) {
        v("aspect", aspect);
        v("map_aspect", map_aspect);
        v("aspect_status_by_sector", aspect_status_by_sector);
        v("aspect_status_changes", aspect_status_changes);
        v("aspect_trend", aspect_trend);
        v("caption_gap", caption_gap);
    }
};

struct ReportTrend {
    int sentence_columns = 0;
    template <class V>
    void visit(V& v) {
        v("sentence_columns", sentence_columns);
    }
};

struct Report {
    std::string author, keywords, footer_note, language;
    double h1 = 0, h1_after = 0, h1_rule_length = 0, h2 = 0, h2_before = 0, h2_after = 0, section_gap = 0,
           paragraph_gap = 0, bullet_indent = 0, bullet_gap = 0;
    int data_quality_max_items = 0;
    double vector_dpi = 0;
    ReportCover cover;
    ReportContents contents;
    ReportTable table;
    ReportChip chip;
    ReportFigure figure;
    ReportTrend trend;
    template <class V>
    void visit(V& v) {
        v("author", author);
        v("keywords", keywords);
        v("footer_note", footer_note);
        v("language", language);
        v("h1", h1);
        v("h1_after", h1_after);
        v("h1_rule_length", h1_rule_length);
        v("h2", h2);
        v("h2_before", h2_before);
        v("h2_after", h2_after);
        v("section_gap", section_gap);
        v("paragraph_gap", paragraph_gap);
        v("bullet_indent", bullet_indent);
        v("bullet_gap", bullet_gap);
        v("data_quality_max_items", data_quality_max_items);
        v("vector_dpi", vector_dpi);
        v.table("cover", cover);
        v.table("contents", contents);
        v.table("table", table);
        v.table("chip", chip);
        v.table("figure", figure);
        v.table("trend", trend);
    }
};

// [icb_page]: each ICB's own page and slide (issue #14). Lengths in ems are of text.small.
struct IcbPage {
    Color context_fill, context_border, own_border, leader, marker_outline, marker_halo;
    double map_padding = 0, own_border_width = 0, marker_radius_em = 0, marker_text_em = 0, marker_gap_em = 0,
           marker_outline_width = 0, marker_halo_width = 0, leader_width = 0, bar_height_em = 0,
           bar_gap_em = 0, map_width_fraction = 0, row_em = 0, min_row_em = 0, facts_gap_em = 0;
    template <class V>
    void visit(V& v) {
        v("context_fill", context_fill);
        v("context_border", context_border);
        v("own_border", own_border);
        v("leader", leader);
        v("marker_outline", marker_outline);
        v("marker_halo", marker_halo);
        v("map_padding", map_padding);
        v("own_border_width", own_border_width);
        v("marker_radius_em", marker_radius_em);
        v("marker_text_em", marker_text_em);
        v("marker_gap_em", marker_gap_em);
        v("marker_outline_width", marker_outline_width);
        v("marker_halo_width", marker_halo_width);
        v("leader_width", leader_width);
        v("bar_height_em", bar_height_em);
        v("bar_gap_em", bar_gap_em);
        v("map_width_fraction", map_width_fraction);
        v("row_em", row_em);
        v("min_row_em", min_row_em);
        v("facts_gap_em", facts_gap_em);
    }
};

struct Theme {
    Fonts fonts;
    Colors colors;
    StatusColors status;       // [status]: fills
    StatusColors status_text;  // [status_text]: text drawn on those fills
    Score score;
    TextSizes text;
    LineWidths line;
    Slide slide;
    Print print;
    Page page;
    Chrome chrome;
    Map map;
    Chart chart;
    Png png;
    Report report;
    IcbPage icb_page;
    template <class V>
    void visit(V& v) {
        v.table("fonts", fonts);
        v.table("colors", colors);
        v.table("status", status);
        v.table("status_text", status_text);
        v.table("score", score);
        v.table("text", text);
        v.table("line", line);
        v.table("slide", slide);
        v.table("print", print);
        v.table("page", page);
        v.table("chrome", chrome);
        v.table("map", map);
        v.table("chart", chart);
        v.table("png", png);
        v.table("report", report);
        v.table("icb_page", icb_page);
    }
};

}  // namespace dspt::style
