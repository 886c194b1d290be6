#pragma once
// METHODOLOGY.md "Trend across snapshots": each earlier snapshot counted as it stood on
// its own date (its rows of a sector, its edition's outcomes), and the current export's
// point taken from the briefing's own figures, so the trend ends at the headline.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "curate/status.h"
#include "io/date.h"
#include "io/records.h"
#include "io/warnings.h"

namespace dspt::curate {

// One sector at one snapshot.
struct TrendPoint {
    io::Date date;
    std::string edition;  // the edition its statuses were judged by ("" when none)
    Sector sector = Sector::NhsTrust;
    std::array<std::size_t, 5> counts{};  // kAllStatuses order
    std::string source;                   // the snapshot's file
    bool current = false;                 // the briefing's own point
    std::size_t n() const;                // organisations counted
    std::size_t met_or_exceeded() const;
};

// An earlier snapshot, already read.
struct HistorySnapshot {
    const io::DsptExport* exported = nullptr;  // not owned; may be the previous export
    io::Date date;
    std::optional<std::string> edition;  // the run's; else the newest in its statuses
    std::optional<Sector> sector;        // a one-sector cut without a sector column
};

// An NHS trust code: three characters, beginning with R or T.
bool is_nhs_trust_code(std::string_view code);

// The points of the earlier snapshots (by date, then sector), each sector with at least
// one organisation. `icb_codes` are the ODS codes of the ONS lookup's ICBs; `current_date`
// the briefing's reference date. Throws io::InputError naming the file for a snapshot
// dated on or after the current export, two snapshots on the same date, an export whose
// statuses name no edition when the run names none, and (unless accepted) more than 5 %
// unrecognised statuses among its counted rows. Unrecognised statuses are warnings.
std::vector<TrendPoint> count_history(const std::vector<HistorySnapshot>& history,
                                      const std::vector<std::string>& icb_codes, const io::Date& current_date,
                                      const std::string& current_path, bool accept_unknown_statuses,
                                      io::Warnings& warnings,
                                      std::vector<std::string>* status_guard_notes = nullptr);

}  // namespace dspt::curate
