#pragma once
// METHODOLOGY.md as code: the universe per sector, each organisation's status
// (own, inherited from a successor, or Not Published), its ICB and region, trust
// locations, and month-on-month change.
#include <optional>
#include <string>
#include <unordered_set>
#include <vector>

#include "curate/briefing_data.h"
#include "io/records.h"

namespace dspt::curate {

// Everything curation needs, already read. Kept free of file I/O so every rule can
// be tested on small inputs written in the test.
struct CurationInputs {
    std::string title;
    io::Date reference_date;
    std::optional<std::string> edition;  // nullopt: newest edition found in the export
    io::DsptExport current;
    std::optional<io::DsptExport> previous;
    std::optional<io::Date> previous_reference_date;
    std::vector<io::OdsOrganisation> ods_trusts;  // etr + ect rows
    std::optional<std::vector<io::OdsOrganisation>> ods_csus;
    std::vector<io::Successor> successors;
    io::OnsLookup ons;
    io::PostcodeIndex postcodes;
    // False when the manifest names no postcode file: one "no-postcode-file" warning
    // instead of one "unmatched-postcode" per trust.
    bool have_postcode_file = true;
    // The user accepts more than 5 % unrecognised statuses (METHODOLOGY.md, the guard).
    bool accept_unknown_statuses = false;
    // Earlier snapshots for the trend ([[history]]), in manifest order.
    struct History {
        io::Date date;
        std::optional<std::string> edition;
        std::optional<Sector> sector;
        std::optional<io::DsptExport> exported;  // nullopt: the previous export, read once
    };
    std::vector<History> history;
};

// Curation adds its warnings to the run's one collector. Throws io::InputError when the
// previous export's date is neither given nor in its file name, when an older-layout
// export's statuses name no edition and the run names none, and when more than 5 % of an
// export's rows that would enter the briefing have an unrecognised status (unless accepted),
// and for the history's errors (see count_history).
BriefingData curate(const CurationInputs& inputs, io::Warnings& warnings);

// Normalised HQ postcodes of the ODS trust rows: what read_postcodes() should keep.
std::unordered_set<std::string> wanted_postcodes(const std::vector<io::OdsOrganisation>& ods_trusts);

}  // namespace dspt::curate
