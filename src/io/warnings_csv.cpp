#include "io/warnings_csv.h"

#include "io/csv_writer.h"

namespace dspt::io {
namespace {

std::string number_or_blank(std::size_t n) { return n == 0 ? std::string{} : std::to_string(n); }

}  // namespace

std::string warnings_csv(const Warnings& warnings) {
    CsvWriter csv;
    csv.row({"kind", "file", "line", "column", "org_code", "message"});
    for (const auto& w : warnings.all())
        csv.row({w.kind, w.file, number_or_blank(w.line), number_or_blank(w.column), w.org_code, w.message});
    return csv.text();
}

}  // namespace dspt::io
