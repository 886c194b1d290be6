#pragma once
// Entry points of the input readers. Each throws InputError (file:line:column) for
// input it cannot use and adds to `warnings` for oddities it can live with.
#include <functional>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "io/records.h"
#include "io/warnings.h"

namespace dspt::io {

// How much of an export a run needs. An earlier snapshot read for the trend needs only
// code, name, status and sector: its publication dates are not read (the 2019 export has
// 184 "CompletedThroughQIO" there), and a published cut's missing optional columns are
// expected, not warned about.
struct ExportReadOptions {
    bool publication_dates = true;
    bool warn_missing_columns = true;
    // When set, only rows whose Primary Sector text it accepts are kept (and checked for a
    // code, a date, a duplicate): a trend needs ~500 of the 2019 export's 31,970 rows, and
    // building the others would be most of the cost of reading it.
    std::function<bool(std::string_view primary_sector)> keep_sector;
};

// Three layouts, found by their header: the current portal export (Code, Organisation
// Name, Status, ...), the 2019 one (ODSCode, OrganisationName, PublicationStatus, ...) and
// the published cut of a snapshot (an unnamed index column, ODS Code, ODS Org Name,
// extra columns, Status). Columns not named here are ignored.
DsptExport read_dspt_export(const std::string& path, Warnings& warnings,
                            const ExportReadOptions& options = {});
std::vector<OdsOrganisation> read_ods_organisations(const std::string& path, Warnings& warnings);
std::vector<Successor> read_ods_successors(const std::string& path, Warnings& warnings);
OnsLookup read_ons_lookup(const std::string& path, Warnings& warnings);
// Streams the file (it may be the whole ONS Postcode Directory, ~2.7 M rows) and keeps
// only the postcodes in `wanted` (already normalised).
PostcodeIndex read_postcodes(const std::string& path, const std::unordered_set<std::string>& wanted,
                             Warnings& warnings);

}  // namespace dspt::io
