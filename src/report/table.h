#pragma once
// Real tables for the PDF: a header row repeated at the top of every page the table
// runs onto, rows that are never split across pages, group rows (region, ICB) kept with
// the row after them and repeated as "(continued)" after a break, zebra striping, a
// total row, and statuses drawn as chips (colour plus the status name).
#include <optional>
#include <string>
#include <vector>

#include "curate/status.h"
#include "draw/canvas.h"
#include "report/document.h"

namespace dspt::report {

struct TableColumn {
    std::string title;
    double width = 0;  // canvas units
    draw::HAlign align = draw::HAlign::Left;
    std::optional<curate::Status> accent;  // header cell topped by a bar of this status' colour
};

struct TableCell {
    std::string text;
    std::optional<curate::Status> chip;  // drawn as a status chip instead of `text`
    bool bold = false;
};

enum class RowKind {
    Body,
    Group,     // one label across the whole table (e.g. a region)
    Subgroup,  // one label across the whole table, one level down (e.g. an ICB)
    Total,
};

struct TableRow {
    RowKind kind = RowKind::Body;
    std::vector<TableCell> cells;  // one per column; Group/Subgroup: only the first is used
};

struct Table {
    std::vector<TableColumn> columns;
    std::vector<TableRow> rows;
    // How many leading columns head their row (tagged TH with /Scope /Row instead of TD).
    int row_header_columns = 0;
    double width() const;
};

// Draws the table from the cursor at the content's left edge, breaking pages between rows.
// Tagged as one Table (THead, TBody, TR, TH with /Scope, TD) however many pages it runs
// onto; the header and group rows repeated after a break, fills and rules are artifacts.
void flow_table(ReportDocument& doc, const Table& table);
// The height the table would take if it did not break (for keep-together decisions).
double table_height(const ReportDocument& doc, const Table& table);

}  // namespace dspt::report
