#include "figures/status_changes.h"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "curate/names.h"
#include "figures/chart_common.h"

namespace dspt::figures {

namespace {

using curate::Status;
using draw::FontFace;

std::string_view sector_tag(curate::Sector s) {
    switch (s) {
        case curate::Sector::NhsTrust:
            return "Trust";
        case curate::Sector::Icb:
            return "ICB";
        case curate::Sector::Csu:
            return "CSU";
    }
    return "";
}

std::string_view section_title(ChangeKind k) {
    switch (k) {
        case ChangeKind::Better:
            return "Moved to a better status";
        case ChangeKind::Worse:
            return "Moved to a worse status";
        // Coverage, not status: never read as an improvement or a decline.
        case ChangeKind::Entered:
            return "Coverage: entered the briefing";
        case ChangeKind::Left:
            return "Coverage: left the briefing";
    }
    return "";
}

constexpr std::array<ChangeKind, 4> kKinds = {ChangeKind::Better, ChangeKind::Worse, ChangeKind::Entered,
                                              ChangeKind::Left};

std::string plural(std::size_t n, std::string_view one, std::string_view many) {
    return fmt::format("{} {}", n, n == 1 ? one : many);
}

}  // namespace

ChromeText status_changes_text(const curate::BriefingData& data) {
    std::string subtitle = snapshot_subtitle(data);
    if (data.has_previous && data.previous_reference_date)
        subtitle += " \u00b7 compared with " + data.previous_reference_date->long_form();
    ChromeText t;
    t.title = "Changes in DSPT status since the previous export";
    t.subtitle = subtitle;
    t.source = source_line({"NHS England ODS"});
    return t;
}

StatusChangesLayout layout_status_changes(const draw::Canvas& canvas, const draw::Rect& frame,
                                          const FigureInputs& inputs) {
    const auto& style = inputs.style;
    const auto& data = inputs.data;
    const auto& fonts = canvas.fonts();
    StatusChangesLayout l;
    l.chrome = layout_chrome(canvas, frame, style, status_changes_text(data));
    const draw::Rect plot = l.chrome.plot;
    const double body = style.theme().text.body;

    auto centred_message = [&](std::vector<std::string> paragraphs) {
        std::vector<std::pair<std::string, bool>> lines;  // text, lead
        for (std::size_t p = 0; p < paragraphs.size(); ++p) {
            const bool lead = p == 0;
            for (auto& line : fonts.wrap(paragraphs[p], lead ? FontFace::Bold : FontFace::Regular,
                                         lead ? body : style.theme().text.small, plot.width))
                lines.emplace_back(line, lead);
        }
        auto size_of = [&](bool lead) { return lead ? body : style.theme().text.small; };
        double total = 0;
        for (const auto& [t, lead] : lines) total += line_height(style, size_of(lead));
        double y = plot.y + std::max(0.0, (plot.height - total) / 2);
        for (const auto& [t, lead] : lines) {
            const double s = size_of(lead);
            const double w = canvas.measure(t, lead ? FontFace::Bold : FontFace::Regular, s).width;
            l.message.push_back({t, {plot.x + (plot.width - w) / 2, y, w, text_height(canvas, s)}, lead});
            y += line_height(style, s);
        }
    };

    if (!data.has_previous) {
        centred_message(
            {"No previous export was given, so month-on-month changes cannot be shown.",
             "Run the briefing with the previous month's DSPT export to list the organisations whose "
             "status changed."});
        return l;
    }

    // Group the changes: better, worse, entered, left; each by sector, then name.
    std::array<std::vector<const curate::StatusChange*>, 4> groups;
    for (const auto& c : data.changes) groups[static_cast<std::size_t>(c.kind)].push_back(&c);
    for (auto& g : groups)
        std::stable_sort(g.begin(), g.end(), [](const auto* a, const auto* b) {
            if (a->sector != b->sector) return a->sector < b->sector;
            return a->name < b->name;
        });
    const auto n_better = groups[0].size(), n_worse = groups[1].size();
    const auto n_entered = groups[2].size(), n_left = groups[3].size();

    const std::string since =
        data.previous_reference_date ? data.previous_reference_date->long_form() : "the previous export";
    if (data.changes.empty()) {
        centred_message(
            {"No organisation's status changed since " + since + ".",
             "Every organisation in the briefing has the same status as in the previous export, and none "
             "entered or left."});
        return l;
    }

    l.summary = fmt::format("{} changed status ({} better, {} worse) \u00b7 coverage: {} entered, {} left",
                            plural(n_better + n_worse, "organisation", "organisations"), n_better, n_worse,
                            n_entered, n_left);
    l.summary = fonts.ellipsize(l.summary, FontFace::Bold, body, plot.width);
    l.summary_box = {plot.x, plot.y, canvas.measure(l.summary, FontFace::Bold, body).width,
                     text_height(canvas, body, FontFace::Bold)};
    const double list_top = l.summary_box.bottom() + body * style.theme().chart.changes.summary_gap_em;
    const draw::Rect list{plot.x, list_top, plot.width, std::max(0.0, plot.bottom() - list_top)};

    // Items in reading order: a heading, then its rows.
    struct Item {
        bool heading;
        ChangeKind kind;
        const curate::StatusChange* change;
    };
    std::vector<Item> items;
    for (std::size_t k = 0; k < groups.size(); ++k) {
        if (groups[k].empty()) continue;
        items.push_back({true, kKinds[k], nullptr});
        for (const auto* c : groups[k]) items.push_back({false, kKinds[k], c});
    }

    // The list's text: body size when everything fits at it, else the smaller size.
    const double col_gap_em = style.theme().chart.changes.column_gap_em;
    const double min_col_em = style.theme().chart.changes.min_column_em;
    const int max_columns = style.theme().chart.changes.max_columns;
    struct Fit {
        double size;
        std::size_t capacity;
        int columns;
        bool all;
    };
    auto fit_at = [&](double size) {
        const double row_h = size * style.theme().chart.changes.row_em;
        const double col_gap = size * col_gap_em;
        const auto capacity = static_cast<std::size_t>(std::max(1.0, std::floor(list.height / row_h)));
        const int by_width = std::clamp(
            static_cast<int>((list.width + col_gap) / (size * min_col_em + col_gap)), 1, max_columns);
        for (int c = 1; c <= by_width; ++c)
            if (items.size() <= capacity * static_cast<std::size_t>(c)) return Fit{size, capacity, c, true};
        return Fit{size, capacity, by_width, false};
    };
    Fit fit = fit_at(body);
    if (!fit.all) fit = fit_at(style.theme().text.small);
    const double size = fit.size;
    const std::size_t capacity = fit.capacity;
    const int columns = fit.columns;
    l.text_size = size;
    l.columns = columns;
    const double row_h = size * style.theme().chart.changes.row_em;
    const double col_gap = size * col_gap_em;
    const double col_w = (list.width - col_gap * (columns - 1)) / columns;

    // Column geometry, shared by every row.
    const double gap = size * style.theme().chart.changes.inner_gap_em;
    const double chip_pad = size * style.theme().chart.changes.chip_padding_em;
    const double chip_h = size * style.theme().chart.changes.chip_height_em;
    double chip_w = 0;
    for (auto s : curate::kAllStatuses)
        chip_w = std::max(chip_w, canvas.measure(curate::status_short_label(s), FontFace::Bold, size).width);
    for (auto t : {"Entered", "Left"})
        chip_w = std::max(chip_w, canvas.measure(t, FontFace::Bold, size).width);
    chip_w += 2 * chip_pad;
    double sector_w = 0;
    for (auto s : curate::kAllSectors)
        sector_w = std::max(sector_w, canvas.measure(sector_tag(s), FontFace::Regular, size).width);
    const double arrow_w = size * style.theme().chart.changes.arrow_em;
    double note_w = 0;
    for (auto t : {"better", "worse"})
        note_w = std::max(note_w, canvas.measure(t, FontFace::Regular, size).width);
    // Names get the room they need, the chips follow right after: no gulf between a name
    // and its change.
    double want_name_w = 0;
    for (const auto& c : data.changes)
        want_name_w = std::max(
            want_name_w, canvas.measure(curate::display_name(c.name, c.code), FontFace::Regular, size).width);
    const double name_w =
        std::max(0.0, std::min(want_name_w, col_w - sector_w - 2 * chip_w - arrow_w - note_w - 6 * gap));
    const double text_h = text_height(canvas, size);

    // Flow into columns; a heading never ends a column, and when not everything fits the
    // last slot says how many were left out.
    const std::size_t slots = capacity * static_cast<std::size_t>(columns);
    std::size_t shown = items.size();
    if (items.size() > slots) shown = slots - 1;
    std::size_t col = 0, slot = 0;
    std::size_t rows_placed = 0;
    for (std::size_t i = 0; i < shown; ++i) {
        const auto& it = items[i];
        if (it.heading && slot + 1 >= capacity && col + 1 < static_cast<std::size_t>(columns)) {
            ++col;
            slot = 0;
        }
        if (slot >= capacity) {
            if (col + 1 >= static_cast<std::size_t>(columns)) break;
            ++col;
            slot = 0;
        }
        if (it.heading && slot + 1 >= capacity && i + 1 < items.size()) break;  // would orphan
        const double x0 = list.x + static_cast<double>(col) * (col_w + col_gap);
        const double y0 = list.y + static_cast<double>(slot) * row_h;
        const double text_top = y0 + (row_h - text_h) / 2;
        if (it.heading) {
            const auto count = groups[static_cast<std::size_t>(it.kind)].size();
            std::string t = fmt::format("{} ({})", section_title(it.kind), count);
            t = fonts.ellipsize(t, FontFace::Bold, size, col_w);
            l.headings.push_back({{x0, text_top, canvas.measure(t, FontFace::Bold, size).width, text_h}, t});
        } else {
            const auto& c = *it.change;
            ChangeRowLayout r;
            r.kind = it.kind;
            r.row = {x0, y0, col_w, row_h};
            r.sector_text = std::string(sector_tag(c.sector));
            r.sector_box = {x0, text_top, canvas.measure(r.sector_text, FontFace::Regular, size).width,
                            text_h};
            r.name = fonts.ellipsize(curate::display_name(c.name, c.code), FontFace::Regular, size, name_w);
            r.name_box = {x0 + sector_w + gap, text_top,
                          canvas.measure(r.name, FontFace::Regular, size).width, text_h};
            const double chip_y = y0 + (row_h - chip_h) / 2;
            // A wider gap before the chips than between the other parts: name | change.
            const double from_x = x0 + sector_w + gap + name_w + 2 * gap;
            r.from.box = {from_x, chip_y, chip_w, chip_h};
            r.from.status = c.previous;
            r.from.text = c.previous ? std::string(curate::status_short_label(*c.previous)) : "Entered";
            r.arrow_from = {from_x + chip_w + gap * 0.5, y0 + row_h / 2};
            r.arrow_to = {from_x + chip_w + arrow_w + gap * 1.5, y0 + row_h / 2};
            const double to_x = from_x + chip_w + arrow_w + 2 * gap;
            r.to.box = {to_x, chip_y, chip_w, chip_h};
            r.to.status = c.current;
            r.to.text = c.current ? std::string(curate::status_short_label(*c.current)) : "Left";
            r.note = it.kind == ChangeKind::Better ? "better" : it.kind == ChangeKind::Worse ? "worse" : "";
            r.note_box = {to_x + chip_w + gap, text_top,
                          canvas.measure(r.note, FontFace::Regular, size).width, text_h};
            l.rows.push_back(std::move(r));
            ++rows_placed;
        }
        ++slot;
    }
    if (rows_placed < data.changes.size()) {
        const auto more = data.changes.size() - rows_placed;
        if (slot >= capacity && col + 1 < static_cast<std::size_t>(columns)) {
            ++col;
            slot = 0;
        }
        const double x0 = list.x + static_cast<double>(col) * (col_w + col_gap);
        const double y0 = list.y + static_cast<double>(std::min(slot, capacity - 1)) * row_h;
        l.overflow =
            fonts.ellipsize(fmt::format("\u2026 and {} more: see the month-on-month changes table", more),
                            FontFace::Regular, size, col_w);
        l.overflow_box = {x0, y0 + (row_h - text_h) / 2,
                          canvas.measure(l.overflow, FontFace::Regular, size).width, text_h};
    }
    return l;
}

void draw_status_changes(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs) {
    draw::CanvasStateGuard guard(canvas);
    const auto& style = inputs.style;
    const auto l = layout_status_changes(canvas, frame, inputs);
    draw_chrome(canvas, frame, style, status_changes_text(inputs.data));
    const auto text = style.theme().colors.text;
    const auto secondary = style.theme().colors.text_secondary;
    const double body = style.theme().text.body;
    const double small = style.theme().text.small;

    auto put = [&](const draw::Rect& box, std::string_view t, FontFace face, double size,
                   const draw::Color& color) {
        const auto m = canvas.measure("Hg", face, size);
        canvas.text({box.x, box.y + m.ascent}, t,
                    {face, size, color, draw::HAlign::Left, draw::VAlign::Baseline});
    };

    for (const auto& m : l.message)
        put(m.box, m.text, m.lead ? FontFace::Bold : FontFace::Regular, m.lead ? body : small,
            m.lead ? text : secondary);
    if (!l.summary.empty()) put(l.summary_box, l.summary, FontFace::Bold, body, text);

    const double size = l.text_size;
    for (const auto& h : l.headings) put(h.box, h.text, FontFace::Bold, size, text);

    const double radius = size * style.theme().chart.changes.chip_radius_em;
    const auto outline = solid_line(style.theme().colors.dark_grey, style.theme().line.thin);
    auto dashed = outline;
    dashed.dashes = {size * 0.3, size * 0.2};
    auto chip = [&](const ChipLayout& c) {
        const auto path = draw::Path().rounded_rect(c.box, radius);
        const draw::Point centre{c.box.x + c.box.width / 2, c.box.y + c.box.height / 2};
        if (c.status) {
            canvas.fill(path, {status_color(style, *c.status)});
            text_centred(canvas, centre, c.text, FontFace::Bold, size, status_text_color(style, *c.status));
        } else {
            // Entered/Left: an empty dashed chip, so it never reads as a status colour.
            canvas.fill_and_stroke(path, {style.theme().colors.background}, dashed);
            text_centred(canvas, centre, c.text, FontFace::Bold, size, text);
        }
    };
    const auto arrow_color = style.theme().colors.dark_grey;
    for (const auto& r : l.rows) {
        put(r.sector_box, r.sector_text, FontFace::Regular, size, secondary);
        put(r.name_box, r.name, FontFace::Regular, size, text);
        chip(r.from);
        chip(r.to);
        const double head = size * 0.45;
        canvas.stroke(draw::Path().move_to(r.arrow_from).line_to({r.arrow_to.x - head * 0.8, r.arrow_to.y}),
                      solid_line(arrow_color, style.theme().line.normal));
        canvas.fill(draw::Path()
                        .move_to(r.arrow_to)
                        .line_to({r.arrow_to.x - head * 1.2, r.arrow_to.y - head * 0.7})
                        .line_to({r.arrow_to.x - head * 1.2, r.arrow_to.y + head * 0.7})
                        .close(),
                    {arrow_color});
        if (!r.note.empty()) put(r.note_box, r.note, FontFace::Regular, size, secondary);
    }
    if (!l.overflow.empty()) put(l.overflow_box, l.overflow, FontFace::Regular, size, secondary);
}

}  // namespace dspt::figures
