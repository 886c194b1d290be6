#pragma once
// Recoverable oddities in the inputs (unknown status, unmatched postcode, ...).
// They never stop a run. A run has ONE collector, passed down by reference to every
// stage (readers, curation, maps, drawing); each warning is counted by kind in the run
// summary, listed in the briefing's data-quality section and written in full to
// tables/data_quality.csv.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace dspt::io {

// Where a warning points: a file and, where known, a 1-based line and column (0 = not
// applicable). Converts from a bare path for warnings about a whole file.
struct Where {
    std::string file;
    std::size_t line = 0;
    std::size_t column = 0;

    Where() = default;
    Where(std::string f, std::size_t l = 0, std::size_t c = 0) : file(std::move(f)), line(l), column(c) {}
    Where(const char* f) : file(f) {}
};

struct Warning {
    std::string kind;      // stable identifier, e.g. "unknown-status", "unmatched-postcode"
    std::string file;      // "" when not tied to a file
    std::size_t line = 0;  // 1-based; 0 when not tied to a line
    std::size_t column = 0;
    std::string org_code;  // the organisation it is about, "" when none
    std::string message;   // one human sentence

    // "file:line:column" with the parts that are known, as in error messages.
    std::string location() const;
};

class Warnings {
public:
    void add(std::string kind, Where where, std::string message, std::string org_code = {});
    const std::vector<Warning>& all() const { return items_; }
    std::map<std::string, std::size_t> counts_by_kind() const;
    std::size_t count(const std::string& kind) const;
    std::size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }

private:
    std::vector<Warning> items_;
};

}  // namespace dspt::io
