#include "report/table.h"

#include <algorithm>
#include <numeric>

#include "report/paint.h"
#include "report/status_chip.h"

namespace dspt::report {

double Table::width() const {
    return std::accumulate(columns.begin(), columns.end(), 0.0,
                           [](double w, const TableColumn& c) { return w + c.width; });
}

namespace {

// Every size of the table, read once from the style's [report.table].
struct TableLook {
    double size, header_size, group_size, line_h, pad_x, pad_y, accent_h;
    draw::Color text, header_text, header_fill, group_text, group_fill, subgroup_text, zebra, rule,
        header_rule;
    double rule_w, header_rule_w;

    explicit TableLook(const style::Style& s)
        : size(s.theme().report.table.text),
          header_size(s.theme().report.table.header_text),
          group_size(s.theme().report.table.group_text),
          line_h(s.theme().report.table.text * s.theme().text.line_spacing),
          pad_x(s.theme().report.table.padding_x),
          pad_y(s.theme().report.table.padding_y),
          accent_h(s.theme().report.table.accent_height),
          text(s.theme().colors.text),
          header_text(s.theme().report.table.header_color),
          header_fill(s.theme().report.table.header_fill),
          group_text(s.theme().report.table.group_color),
          group_fill(s.theme().report.table.group_fill),
          subgroup_text(s.theme().report.table.subgroup_color),
          zebra(s.theme().report.table.zebra),
          rule(s.theme().report.table.rule),
          header_rule(s.theme().colors.nhs_blue),
          rule_w(s.theme().line.hairline),
          header_rule_w(s.theme().line.normal) {}
};

class TableWriter {
public:
    // Measuring needs only the const document; drawing goes through `out`.
    TableWriter(const ReportDocument& doc, ReportDocument* out, const Table& table)
        : doc_(doc), out_(out), table_(table), look_(doc.style()), x0_(doc.layout().content().x) {}

    double header_height() const {
        std::size_t lines = 1;
        for (const auto& c : table_.columns) {
            lines = std::max(lines, wrap(c.title, draw::FontFace::Bold, look_.header_size, c.width).size());
        }
        const bool accents = std::any_of(table_.columns.begin(), table_.columns.end(),
                                         [](const TableColumn& c) { return c.accent.has_value(); });
        return static_cast<double>(lines) * look_.header_size * line_factor() + 2 * look_.pad_y +
               (accents ? look_.accent_h : 0);
    }

    double row_height(const TableRow& row) const {
        if (row.kind == RowKind::Group || row.kind == RowKind::Subgroup) {
            const double size = row.kind == RowKind::Group ? look_.group_size : look_.size;
            return size * line_factor() + 2 * look_.pad_y + (row.kind == RowKind::Group ? look_.pad_y : 0);
        }
        double content = look_.line_h;
        for (std::size_t i = 0; i < row.cells.size() && i < table_.columns.size(); ++i) {
            const TableCell& cell = row.cells[i];
            if (cell.chip) {
                content = std::max(content, status_chip_size(doc_.fonts(), doc_.style(), *cell.chip).height);
            } else {
                const auto n = wrap(cell.text, face(row, cell), look_.size, table_.columns[i].width).size();
                content = std::max(content, static_cast<double>(n) * look_.line_h);
            }
        }
        return content + 2 * look_.pad_y;
    }

    void draw_header() {
        ReportDocument& out = *out_;
        draw::Canvas& c = out.canvas();
        const double h = header_height();
        const double top = doc_.y();
        const auto row = out.tag(draw::Role::TR);
        {
            const auto fill = out.tag(draw::Tag::decoration());
            c.fill(draw::Path().rect({x0_, top, table_.width(), h}), solid(look_.header_fill));
        }
        double x = x0_;
        const bool accents = std::any_of(table_.columns.begin(), table_.columns.end(),
                                         [](const TableColumn& col) { return col.accent.has_value(); });
        std::size_t most_lines = 1;
        for (const TableColumn& col : table_.columns) {
            most_lines = std::max(most_lines,
                                  wrap(col.title, draw::FontFace::Bold, look_.header_size, col.width).size());
        }
        const double header_line = look_.header_size * line_factor();
        for (const TableColumn& col : table_.columns) {
            const auto title_lines = wrap(col.title, draw::FontFace::Bold, look_.header_size, col.width);
            // Titles sit on a common bottom line, next to the rule, however many lines each takes.
            double text_top =
                top + look_.pad_y + static_cast<double>(most_lines - title_lines.size()) * header_line;
            const auto cell = out.tag(draw::Tag::header_cell(draw::HeaderScope::Column));
            if (accents) {
                if (col.accent) {
                    const auto bar = out.tag(draw::Tag::decoration());
                    c.fill(draw::Path().rect(
                               {x + look_.pad_x / 2, top, col.width - look_.pad_x, look_.accent_h}),
                           {doc_.style().theme().status.of(*col.accent)});
                }
                text_top += look_.accent_h;
            }
            draw_lines(c, title_lines, x, col.width, text_top, col.align,
                       text_style(draw::FontFace::Bold, look_.header_size, look_.header_text), header_line);
            x += col.width;
        }
        out.advance(h);
        const auto rule = out.tag(draw::Tag::decoration());
        c.stroke(draw::Path().move_to({x0_, doc_.y()}).line_to({x0_ + table_.width(), doc_.y()}),
                 line(look_.header_rule, look_.header_rule_w));
        zebra_ = 0;
    }

    void draw_row(const TableRow& row, bool continued) {
        ReportDocument& out = *out_;
        draw::Canvas& c = out.canvas();
        const double h = row_height(row);
        const double top = doc_.y();
        const double w = table_.width();
        // A group row repeated after a page break is pagination, not another row.
        const auto repeated = continued ? out.tag(draw::Tag::pagination()) : out.tag(draw::Role::TR);
        if (row.kind == RowKind::Group || row.kind == RowKind::Subgroup) {
            const bool group = row.kind == RowKind::Group;
            const double size = group ? look_.group_size : look_.size;
            if (group) {
                const auto fill = out.tag(draw::Tag::decoration());
                c.fill(draw::Path().rect({x0_, top + look_.pad_y, w, h - look_.pad_y}),
                       solid(look_.group_fill));
            }
            std::string label = row.cells.empty() ? std::string() : row.cells.front().text;
            if (continued) label += " (continued)";
            label = doc_.fonts().ellipsize(label, draw::FontFace::Bold, size, w - 2 * look_.pad_x);
            const auto m = doc_.fonts().measure(label, draw::FontFace::Bold, size);
            const double box_top = top + (group ? look_.pad_y : 0);
            const double baseline = box_top + (h - (group ? look_.pad_y : 0) + m.ascent - m.descent) / 2;
            {
                // A label across the whole table heads the rows under it.
                const auto cell = out.tag(
                    draw::Tag::header_cell(draw::HeaderScope::Row, static_cast<int>(table_.columns.size())));
                c.text(
                    {x0_ + look_.pad_x, baseline}, label,
                    text_style(draw::FontFace::Bold, size, group ? look_.group_text : look_.subgroup_text));
            }
            if (!group) {
                const auto rule = out.tag(draw::Tag::decoration());
                c.stroke(draw::Path().move_to({x0_, top + h}).line_to({x0_ + w, top + h}),
                         line(look_.rule, look_.rule_w));
            }
            out.advance(h);
            zebra_ = 0;
            return;
        }
        if (row.kind == RowKind::Total) {
            const auto rule = out.tag(draw::Tag::decoration());
            c.stroke(draw::Path().move_to({x0_, top}).line_to({x0_ + w, top}),
                     line(look_.text, look_.rule_w * 3));
        } else if (zebra_++ % 2 == 1) {
            const auto stripe = out.tag(draw::Tag::decoration());
            c.fill(draw::Path().rect({x0_, top, w, h}), solid(look_.zebra));
        }
        double x = x0_;
        for (std::size_t i = 0; i < table_.columns.size(); ++i) {
            const TableColumn& col = table_.columns[i];
            const auto cell = static_cast<int>(i) < table_.row_header_columns
                                  ? out.tag(draw::Tag::header_cell(draw::HeaderScope::Row))
                                  : out.tag(draw::Role::TD);
            if (i < row.cells.size()) {
                const TableCell& cell = row.cells[i];
                if (cell.chip) {
                    const double cw = status_chip_size(doc_.fonts(), doc_.style(), *cell.chip).width;
                    double left = x + look_.pad_x;
                    if (col.align == draw::HAlign::Center) left = x + (col.width - cw) / 2;
                    if (col.align == draw::HAlign::Right) left = x + col.width - look_.pad_x - cw;
                    draw_status_chip(c, doc_.style(), *cell.chip, left, top + h / 2);
                } else {
                    const auto lines = wrap(cell.text, face(row, cell), look_.size, col.width);
                    const double block = static_cast<double>(lines.size()) * look_.line_h;
                    draw_lines(c, lines, x, col.width, top + (h - block) / 2, col.align,
                               text_style(face(row, cell), look_.size, look_.text), look_.line_h);
                }
            }
            x += col.width;
        }
        out.advance(h);
    }

    void run() {
        ReportDocument& out = *out_;
        const double bottom = doc_.content_bottom();
        out.ensure(header_height() + (table_.rows.empty() ? 0 : row_height(table_.rows.front())));
        const auto table = out.tag(draw::Role::Table);
        {
            const auto head = out.tag(draw::Role::THead);
            draw_header();
        }
        const auto body = out.tag(draw::Role::TBody);
        const TableRow* group = nullptr;
        const TableRow* subgroup = nullptr;
        for (std::size_t i = 0; i < table_.rows.size(); ++i) {
            const TableRow& row = table_.rows[i];
            // A group row is kept with the rows that follow it up to the first body row.
            double need = row_height(row);
            for (std::size_t j = i; j + 1 < table_.rows.size() && table_.rows[j].kind != RowKind::Body &&
                                    table_.rows[j].kind != RowKind::Total;
                 ++j) {
                need += row_height(table_.rows[j + 1]);
            }
            if (doc_.y() + need > bottom + 0.01) {
                out.add_page(true);
                // The header repeated on the next page is pagination: the table is still one.
                const auto repeat = out.tag(draw::Tag::pagination());
                draw_header();
                if (row.kind == RowKind::Body || row.kind == RowKind::Total) {
                    if (group) draw_row(*group, true);
                    if (subgroup) draw_row(*subgroup, true);
                } else if (row.kind == RowKind::Subgroup && group) {
                    draw_row(*group, true);
                }
            }
            if (row.kind == RowKind::Group) {
                group = &row;
                subgroup = nullptr;
            } else if (row.kind == RowKind::Subgroup) {
                subgroup = &row;
            }
            draw_row(row, false);
        }
    }

    double total_height() const {
        double h = header_height();
        for (const auto& r : table_.rows) h += row_height(r);
        return h;
    }

private:
    double line_factor() const { return doc_.style().theme().text.line_spacing; }

    draw::FontFace face(const TableRow& row, const TableCell& cell) const {
        return (cell.bold || row.kind == RowKind::Total) ? draw::FontFace::Bold : draw::FontFace::Regular;
    }

    std::vector<std::string> wrap(const std::string& text, draw::FontFace f, double size,
                                  double col_w) const {
        if (text.empty()) return {std::string()};
        auto lines = doc_.fonts().wrap(text, f, size, std::max(1.0, col_w - 2 * look_.pad_x));
        if (lines.empty()) lines.emplace_back();
        return lines;
    }

    void draw_lines(draw::Canvas& c, const std::vector<std::string>& lines, double x, double width,
                    double top, draw::HAlign align, draw::TextStyle ts, double line_h) const {
        const auto m = doc_.fonts().measure("Hg", ts.face, ts.size);
        double baseline = top + m.ascent + (line_h - (m.ascent + m.descent)) / 2;
        double ax = x + look_.pad_x;
        if (align == draw::HAlign::Center) ax = x + width / 2;
        if (align == draw::HAlign::Right) ax = x + width - look_.pad_x;
        ts.halign = align;
        for (const std::string& line : lines) {
            if (!line.empty()) c.text({ax, baseline}, line, ts);
            baseline += line_h;
        }
    }

    const ReportDocument& doc_;
    ReportDocument* out_;
    const Table& table_;
    TableLook look_;
    double x0_;
    int zebra_ = 0;
};

}  // namespace

void flow_table(ReportDocument& doc, const Table& table) { TableWriter(doc, &doc, table).run(); }

double table_height(const ReportDocument& doc, const Table& table) {
    return TableWriter(doc, nullptr, table).total_height();
}

}  // namespace dspt::report
