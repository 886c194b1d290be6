#pragma once
// Recoverable oddities in the inputs (unknown status, unmatched postcode, ...).
// They never stop a run: each is logged once, counted by kind in the run summary,
// and listed in the briefing's data-quality note.
#include <cstddef>
#include <map>
#include <string>
#include <vector>

namespace dspt::io {

struct Warning {
    std::string kind;      // stable identifier, e.g. "unknown-status", "unmatched-postcode"
    std::string location;  // "file:line:column" or "" when not tied to a place
    std::string message;   // one human sentence
};

class Warnings {
public:
    void add(std::string kind, std::string location, std::string message);
    const std::vector<Warning>& all() const { return items_; }
    std::map<std::string, std::size_t> counts_by_kind() const;
    std::size_t count(const std::string& kind) const;
    std::size_t size() const { return items_.size(); }
    bool empty() const { return items_.empty(); }

private:
    std::vector<Warning> items_;
};

}  // namespace dspt::io
