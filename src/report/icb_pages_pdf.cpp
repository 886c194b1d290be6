#include "report/icb_pages_pdf.h"

#include <algorithm>
#include <atomic>
#include <exception>
#include <mutex>
#include <system_error>
#include <thread>

#include "figures/chart_common.h"
#include "figures/icb_map.h"
#include "figures/icb_slide.h"
#include "figures/share_bars.h"
#include "report/document.h"
#include "report/paint.h"
#include "report/sections.h"
#include "report/status_chip.h"
#include "report/table.h"
#include "report/text_block.h"
#include "style/fonts.h"

namespace dspt::report {
namespace {

std::string code_of(const stats::IcbBrief& b) {
    return b.icb.ods_code.empty() ? b.icb.ons_code : b.icb.ods_code;
}

std::string trusts_phrase(std::size_t n) {
    return std::to_string(n) + (n == 1 ? " NHS trust" : " NHS trusts");
}

// Label over value, as one paragraph ("ICB status Standards Met"); returns its height.
double draw_fact(ReportDocument& doc, double x, double y, double width, const std::string& label,
                 const std::string& value, const std::string& note, std::optional<curate::Status> swatch) {
    const style::Style& s = doc.style();
    const auto& t = s.theme();
    const double small = t.text.small;
    const double big = t.report.h2 * 1.25;
    const auto ms = doc.fonts().measure("Ag", draw::FontFace::Regular, small);
    const auto mb = doc.fonts().measure("Ag", draw::FontFace::Bold, big);
    const auto p = doc.tag(draw::Role::P);
    draw::Canvas& c = doc.canvas();
    double yy = y + ms.ascent;
    c.text({x, yy}, label, text_style(draw::FontFace::Regular, small, t.colors.text_secondary));
    yy += ms.descent + mb.ascent + small * 0.3;
    double vx = x;
    if (swatch) {
        const auto deco = doc.tag(draw::Tag::decoration());
        const double sz = mb.ascent;
        c.fill(draw::Path().rect({vx, yy - sz, sz, sz}), solid(figures::status_color(s, *swatch)));
        vx += sz * 1.35;
    }
    c.text({vx, yy}, doc.fonts().ellipsize(value, draw::FontFace::Bold, big, width - (vx - x)),
           text_style(draw::FontFace::Bold, big, t.colors.text));
    yy += mb.descent;
    if (!note.empty()) {
        yy += ms.ascent + small * 0.2;
        c.text({x, yy}, doc.fonts().ellipsize(note, draw::FontFace::Regular, small, width),
               text_style(draw::FontFace::Regular, small, t.colors.text_secondary));
        yy += ms.descent;
    }
    return yy - y + small * 0.9;
}

Table trust_table(const ReportDocument& doc, const figures::FigureInputs& inputs, const stats::IcbBrief& b) {
    const style::Style& s = doc.style();
    const draw::Rect content = doc.layout().content();
    const double size = s.theme().report.table.text;
    auto w = [&](std::string_view text) {
        return doc.fonts().measure(text, draw::FontFace::Regular, size).width +
               2 * s.theme().report.table.padding_x + 2;
    };
    auto wb = [&](std::string_view text) {
        return doc.fonts().measure(text, draw::FontFace::Bold, size).width +
               2 * s.theme().report.table.padding_x + 2;
    };
    // Columns as wide as what this ICB's rows print, so the names get the rest and wrap
    // only when they must.
    const bool with_change = inputs.data.has_previous;
    const double number_w = wb("No.");
    double code_w = wb("Code"), status_w = wb("Status"), change_w = wb("Change"),
           published_w = wb("Published");
    for (const auto& tr : b.trusts) {
        code_w = std::max(code_w, w(tr.org->code));
        status_w = std::max(status_w, status_chip_size(doc.fonts(), s, tr.org->status).width +
                                          2 * s.theme().report.table.padding_x + 2);
        if (with_change) {
            const std::string c = stats::change_text(inputs.data, tr.change, true);
            change_w = std::max(change_w, tr.change ? wb(c) : w(c));
        }
        published_w =
            std::max(published_w, w(tr.org->published ? tr.org->published->short_form() : "\u2013"));
    }
    if (!with_change) change_w = 0;
    Table t;
    t.columns = {{"No.", number_w, draw::HAlign::Right, std::nullopt},
                 {"Code", code_w, draw::HAlign::Left, std::nullopt},
                 {"NHS trust", content.width - number_w - code_w - status_w - change_w - published_w,
                  draw::HAlign::Left, std::nullopt},
                 {"Status", status_w, draw::HAlign::Left, std::nullopt}};
    if (with_change) t.columns.push_back({"Change", change_w, draw::HAlign::Left, std::nullopt});
    t.columns.push_back({"Published", published_w, draw::HAlign::Left, std::nullopt});
    t.row_header_columns = 0;
    for (const auto& tr : b.trusts) {
        const curate::Organisation& o = *tr.org;
        const bool mapped = inputs.derived().mapped(o.code);
        TableRow row{RowKind::Body,
                     {{std::to_string(tr.number), std::nullopt, true},
                      {o.code, std::nullopt, false},
                      {o.display_name + (mapped ? "" : " (not mapped)"), std::nullopt, false},
                      {std::string(curate::status_label(o.status)), o.status, false}}};
        if (with_change)
            row.cells.push_back(
                {stats::change_text(inputs.data, tr.change, true), std::nullopt, tr.change != nullptr});
        row.cells.push_back(
            {o.published ? o.published->short_form() : std::string("\u2013"), std::nullopt, false});
        t.rows.push_back(std::move(row));
    }
    return t;
}

// The sentence before the trusts' table (or instead of it).
std::string trusts_intro(const figures::FigureInputs& inputs, const stats::IcbBrief& b) {
    if (b.trusts.empty())
        return "This ICB has no NHS trusts in the briefing: its composite score is its own score.";
    std::size_t not_mapped = 0;
    for (const auto& tr : b.trusts) not_mapped += !inputs.derived().mapped(tr.org->code);
    std::string intro = b.trusts.size() == 1
                            ? std::string("Its one NHS trust, numbered as on the map")
                            : "Its " + trusts_phrase(b.trusts.size()) + ", numbered as on the map";
    if (not_mapped > 0)
        intro += "; " + std::to_string(not_mapped) + (not_mapped == 1 ? " is" : " are") +
                 " not mapped (no headquarters location)";
    if (inputs.data.has_previous && inputs.data.previous_reference_date)
        intro += ". Change is since the export of " + inputs.data.previous_reference_date->long_form();
    return intro + ".";
}

std::string source_text(const figures::FigureInputs& inputs) {
    return stats::composite_definition(inputs.data) + " " + inputs.style.theme().map.attribution +
           ". Statuses: NHS England, Data Security and Protection Toolkit.";
}

// One ICB's page at the cursor. `level`: of its heading (0 alone, 1 under its region,
// whose heading may already stand at the top of the page).
void write_icb_page(ReportDocument& doc, const figures::FigureInputs& inputs, const stats::IcbBrief& b,
                    int level, bool new_page) {
    const style::Style& s = doc.style();
    const auto& t = s.theme();
    const draw::Rect content = doc.layout().content();
    if (new_page && !doc.at_page_top()) doc.add_page(true);
    section_heading(doc, b.icb.name, "icb-" + code_of(b), level);
    flow_paragraph(doc, figures::icb_subtitle(inputs.data, b), small_text(s), content.x, content.width);
    doc.advance(doc.layout().block_gap * 0.5);

    // Facts and the comparison on the right, the map on the left, side by side.
    const double gutter = doc.layout().gutter;
    const double map_w = content.width * t.icb_page.map_width_fraction;
    const double right_x = content.x + map_w + gutter;
    const double right_w = content.right() - right_x;
    const double top = doc.y();
    double y = top;
    const std::string region = b.icb.region_name.empty() ? "its region" : b.icb.region_name;
    y += draw_fact(doc, right_x, y, right_w, "ICB status", stats::status_fact(b), "", b.status);
    y += draw_fact(doc, right_x, y, right_w, "Composite score", stats::score_fact(b), stats::rank_fact(b),
                   std::nullopt);
    // The two means side by side (the region is named in the line under the heading).
    const double half = (right_w - gutter) / 2;
    const double region_h = draw_fact(doc, right_x, y, half, "Region's mean composite",
                                      stats::printed_mean(b.region_mean), "", std::nullopt);
    const double england_h = draw_fact(doc, right_x + half + gutter, y, half, "England's mean composite",
                                       stats::printed_mean(b.england_mean), "", std::nullopt);
    y += std::max(region_h, england_h);
    y += t.icb_page.facts_gap_em * t.text.small;
    const double bars_h = figures::share_bars_height(doc.canvas(), s, 3, right_w);
    const draw::Rect bars{right_x, y, right_w, bars_h};
    // The map as tall as what the page leaves once the trusts' table, its sentence and the
    // source line are counted (so a long table does not push the source onto a page of its
    // own), between the right column's height and 0.95 of its width.
    const TextSpec body = body_text(s);
    const std::string intro = trusts_intro(inputs, b);
    const std::string source = source_text(inputs);
    const Table table = trust_table(doc, inputs, b);
    const double below = doc.layout().block_gap + text_height(doc.fonts(), intro, body, content.width) +
                         (b.trusts.empty() ? 0 : t.report.paragraph_gap + table_height(doc, table)) +
                         t.report.paragraph_gap +
                         text_height(doc.fonts(), source, small_text(s), content.width);
    const double map_h =
        std::max(bars.bottom() - top, std::min(map_w * 0.95, doc.content_bottom() - top - below - 1));
    const draw::Rect map{content.x, top, map_w, map_h};
    {
        const auto fig = doc.tag(draw::Tag::figure(figures::icb_map_alt(inputs, b), map));
        const figures::IcbMapPlan plan = figures::draw_icb_map(doc.canvas(), map, inputs, b);
        if (!plan.frame) doc.canvas().stroke(draw::Path().rect(map), line(t.colors.gridline, t.line.thin));
    }
    {
        const auto fig = doc.tag(draw::Tag::figure(figures::share_bars_alt(b), bars));
        figures::draw_share_bars(doc.canvas(), bars, s, figures::share_bars_of(b));
    }
    doc.advance(map_h + doc.layout().block_gap);

    // Its trusts, numbered as on the map.
    flow_paragraph(doc, intro, body, content.x, content.width);
    if (!b.trusts.empty()) {
        doc.advance(t.report.paragraph_gap);
        flow_table(doc, table);
    }
    doc.advance(t.report.paragraph_gap);
    flow_paragraph(doc, source, small_text(s), content.x, content.width);
}

// The ICB documents' subject: the snapshot and its edition.
std::string subject_of(const curate::BriefingData& d) {
    return snapshot_phrase(d) + (d.edition.empty() ? "" : " (" + d.edition + " edition)");
}

std::unique_ptr<draw::FontLibrary> fonts_if_needed(const ReportExtras& extras, const style::Style& style) {
    if (extras.fonts) return nullptr;
    return style::load_fonts(style);
}

}  // namespace

std::string icb_pdf_path(const stats::IcbBrief& brief) { return "icb/" + code_of(brief) + ".pdf"; }

std::string render_icb_pdf(const stats::IcbBrief& brief, const figures::FigureInputs& inputs,
                           const ReportExtras& extras) {
    const auto own = fonts_if_needed(extras, inputs.style);
    ReportDocument doc(inputs.style, extras.fonts ? *extras.fonts : *own);
    doc.add_page(true);
    write_icb_page(doc, inputs, brief, 0, false);
    const std::string title = brief.icb.name + ": DSPT status";
    doc.finish(document_info(inputs.data, inputs.style, extras, title, subject_of(inputs.data)),
               brief.icb.name, snapshot_phrase(inputs.data));
    return doc.save_to_memory();
}

std::string render_icb_pages_pdf(const figures::FigureInputs& inputs, const ReportExtras& extras) {
    const auto own = fonts_if_needed(extras, inputs.style);
    ReportDocument doc(inputs.style, extras.fonts ? *extras.fonts : *own);
    const auto& briefs = inputs.derived().icb_briefs;
    std::size_t regions = 0;
    for (std::size_t i = 0; i < briefs.size(); ++i)
        regions += i == 0 || briefs[i].icb.region_name != briefs[i - 1].icb.region_name;
    const ContentsPages contents = reserve_contents(doc, briefs.size() + regions);
    for (std::size_t i = 0; i < briefs.size(); ++i) {
        const auto& b = briefs[i];
        const bool first_of_region = i == 0 || b.icb.region_name != briefs[i - 1].icb.region_name;
        if (first_of_region) {
            doc.add_page(true);
            const std::string name = b.icb.region_name.empty() ? "ICBs without a region" : b.icb.region_name;
            section_heading(doc, name,
                            "region-" + (b.icb.region_ons_code.empty() ? "none" : b.icb.region_ons_code), 0);
        }
        write_icb_page(doc, inputs, b, 1, !first_of_region);
    }
    write_contents(doc, contents);
    const std::string title = inputs.data.title + ": each ICB";
    doc.finish(document_info(inputs.data, inputs.style, extras, title, subject_of(inputs.data)),
               "DSPT: each integrated care board", snapshot_phrase(inputs.data));
    return doc.save_to_memory();
}

std::vector<io::OutputFile> icb_pdf_files(const figures::FigureInputs& inputs, const ReportExtras& extras) {
    // 43 documents that share nothing but read-only inputs: laid out on as many threads as
    // the machine has, this one included. Each thread measures with FreeType faces of its
    // own (faces must not be shared across threads); libharu documents are independent.
    // The combined document, the longest job, goes first. Files come back in a fixed order,
    // so the output does not depend on the threads.
    const auto& briefs = inputs.derived().icb_briefs;
    const std::size_t jobs = briefs.size() + 1;
    std::vector<io::OutputFile> out(jobs);
    auto job = [&](std::size_t k, const ReportExtras& e) {
        if (k == 0)
            out[jobs - 1] = {kIcbPagesPdf, render_icb_pages_pdf(inputs, e)};
        else
            out[k - 1] = {icb_pdf_path(briefs[k - 1]), render_icb_pdf(briefs[k - 1], inputs, e)};
    };
    std::atomic<std::size_t> next{0};
    std::mutex failure_lock;
    std::exception_ptr failure;
    auto work = [&](const draw::FontLibrary* fonts) {
        try {
            std::unique_ptr<draw::FontLibrary> own;
            if (!fonts) {
                own = style::load_fonts(inputs.style);
                fonts = own.get();
            }
            ReportExtras e = extras;
            e.fonts = fonts;
            for (std::size_t k = next++; k < jobs; k = next++) job(k, e);
        } catch (...) {
            const std::lock_guard<std::mutex> lock(failure_lock);
            if (!failure) failure = std::current_exception();
            next = jobs;  // the others stop after their current document
        }
    };
    const std::size_t helpers =
        std::min<std::size_t>(std::max(1u, std::thread::hardware_concurrency()) - 1, jobs - 1);
    std::vector<std::thread> threads;
    for (std::size_t i = 0; i < helpers; ++i) {
        try {
            threads.emplace_back(work, nullptr);
        } catch (const std::system_error&) {
            break;  // no thread to be had: this one does the rest
        }
    }
    work(extras.fonts);
    for (auto& t : threads) t.join();
    if (failure) std::rethrow_exception(failure);
    return out;
}

}  // namespace dspt::report
