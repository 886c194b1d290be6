#pragma once
// METHODOLOGY.md "Status of an organisation", steps 1-4, for one export snapshot:
// own outcome of the current edition, else a successor's (following chains), else
// Not Published.
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "curate/briefing_data.h"
#include "curate/status_text.h"
#include "io/records.h"
#include "io/warnings.h"

namespace dspt::curate {

struct ResolvedStatus {
    std::string raw_status;  // the organisation's own export cell ("" when no row)
    Status status = Status::NotPublished;
    Decision decision = Decision::NotPublished;
    std::string inherited_from;  // successor code when Inherited
    std::string note;            // why, for the curated CSV's decision column
    // Date of publication of the row the status was taken from (own or successor's);
    // nullopt when Not Published or the row gives no date.
    std::optional<io::Date> published;
};

class StatusResolver {
public:
    // `edition` is the current edition; empty when neither the manifest nor the export
    // names one (older layout). The export and successors must outlive the resolver.
    StatusResolver(const io::DsptExport& exported, const std::vector<io::Successor>& successors,
                   std::string edition);

    // Resolves `code`, adding a warning for its own row's status text when that text is
    // not a known outcome ("unknown-status") or was mapped from older wording ("legacy-status").
    ResolvedStatus resolve(const std::string& code, io::Warnings& warnings) const;

    const io::DsptRecord* row(const std::string& code) const;
    // A status text the rules do not know (counted as Not Published, and by the guard).
    bool unrecognised(const StatusText& t) const;
    const std::string& edition() const { return edition_; }
    // True when no status in the export carries an edition prefix (the 2019 layout).
    bool legacy_layout() const { return legacy_layout_; }

private:
    // The outcome of the organisation's own row when it counts for the current edition.
    std::optional<Status> current_outcome(const std::string& code) const;

    const io::DsptExport& exported_;
    std::string edition_;
    bool legacy_layout_ = false;
    std::unordered_map<std::string, const io::DsptRecord*> rows_;
    std::unordered_map<std::string, std::vector<std::string>>
        successors_;  // predecessor -> successors, file order
};

// "own", "inherited from RXX", "not published", with the resolver's note in brackets.
std::string decision_text(const Organisation& org);

}  // namespace dspt::curate
