#pragma once
// The curated result of one run: who is in the briefing and each one's status,
// decided exactly as METHODOLOGY.md says. Everything downstream (tables, charts,
// maps, the PDF) reads only this.
#include <array>
#include <cstddef>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "curate/status.h"
#include "curate/trend.h"
#include "io/date.h"
#include "io/records.h"
#include "io/warnings.h"

namespace dspt::curate {

enum class Decision {
    Own,           // the organisation's own export row is of the current edition
    Inherited,     // taken from its successor (see inherited_from)
    NotPublished,  // older edition, "Not Published", unknown status, or no export row
};

struct Organisation {
    std::string code;
    std::string name;          // as the export (or ODS, or ONS for ICBs) gives it
    std::string display_name;  // as the briefing prints it: names.h display_name()
    Sector sector = Sector::NhsTrust;
    std::string icb_ons_code;  // ICB23CD  (empty when unknown)
    std::string icb_ods_code;  // ICB23CDH
    std::string icb_name;
    std::string region_ons_code;
    std::string region_name;
    std::string raw_status;  // as in the export ("" when no row)
    Status status = Status::NotPublished;
    Decision decision = Decision::NotPublished;
    std::string inherited_from;  // successor code when decision == Inherited
    std::string decision_note;  // why (older edition, no export row, legacy wording ...); see decision_text()
    // When the status was published (the date of the row it was taken from); nullopt when
    // Not Published or when that row gives no date.
    std::optional<io::Date> published;
    std::string postcode;                // trusts: HQ postcode from ODS
    std::optional<io::LatLon> location;  // trusts: found in the postcode file
};

// What a month-on-month change is (METHODOLOGY.md "Month-on-month change"). Entered and
// Left are changes of coverage (who is in the briefing), never improvements or declines.
enum class ChangeKind { Better, Worse, Entered, Left };

struct StatusChange {
    std::string code;
    std::string name;
    Sector sector = Sector::NhsTrust;
    std::optional<Status> previous;        // nullopt: entered the universe
    std::optional<Status> current;         // nullopt: left the universe
    ChangeKind kind = ChangeKind::Better;  // set once, by compare_snapshots
    bool is_coverage() const { return kind == ChangeKind::Entered || kind == ChangeKind::Left; }
};

std::string_view change_kind_key(ChangeKind k);  // "better", "worse", "entered", "left"

struct BriefingData {
    std::string title;
    io::Date reference_date;
    std::string edition;                      // "22/23"; empty: older export layout naming no edition
    std::vector<Organisation> organisations;  // trusts, then ICBs, then CSUs; each sorted by code
    std::vector<io::IcbInfo> icbs;            // the ONS ICBs (42 in 2023), sorted by ICB23CD
    bool has_previous = false;
    std::optional<io::Date> previous_reference_date;
    std::string previous_edition;       // edition the previous snapshot was judged by
    std::vector<StatusChange> changes;  // month-on-month, when has_previous
    // One sentence per export whose unrecognised statuses passed the guard only because
    // the user accepted them; the data-quality page prints them.
    std::vector<std::string> status_guard_notes;
    // Which sectors the export holds at all (sector_coverage.h). A sector it does not
    // hold has no organisations here: it is "not in this export", never all Not Published.
    std::array<bool, 3> sector_in_export{true, true, true};
    bool in_export(Sector s) const { return sector_in_export[static_cast<std::size_t>(s)]; }
    std::size_t export_rows = 0;
    // Rows of the export outside the briefing: by a sector it does not cover (Primary
    // Sector text and count, largest first), and rows of its sectors whose organisation is
    // not in its universe (sub-ICB locations filed with ICBs, closed or Welsh trusts).
    std::vector<std::pair<std::string, std::size_t>> rows_outside_by_sector;
    std::size_t rows_left_out = 0;
    bool postcode_file = true;  // false: the manifest named no postcode file
    // The trend (METHODOLOGY.md "Trend across snapshots"): one point per snapshot and
    // sector, by date, the briefing's own last. Empty when the run names no history.
    std::vector<TrendPoint> trend;
};

}  // namespace dspt::curate
