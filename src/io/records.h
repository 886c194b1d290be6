#pragma once
// What the readers hand to curation: one plain struct per input row, values as
// they appear in the file (trimmed, decoded to UTF-8), plus the line they came from
// so later stages can point at the source.
#include <cstddef>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "io/date.h"

namespace dspt::io {

// One row of a DSPT portal export (current layout or the older 2019 layout).
struct DsptRecord {
    std::string code;  // ODS code
    std::string name;
    std::string status;  // raw: "22/23 Standards Met", "Not Published", "Entry Level", ""
    std::optional<Date> published;
    std::string primary_sector;  // "NHS Trust", "Commissioning Support Unit (CSU)", ...
    std::string icb_name;  // "Integrated Care Board (where available, from ODS)" / "CCG (from ODS and CQC)"
    std::size_t line = 0;
};

struct DsptExport {
    std::string path;
    std::vector<DsptRecord> records;
};

// One row of an ODS organisation file (etr, ect, ecsu, eccg: 27 columns, no header).
struct OdsOrganisation {
    std::string code;                // column 0
    std::string name;                // 1
    std::string national_grouping;   // 2: NHS England region code, "Y.."; "W00" = Wales
    std::string health_geography;    // 3: high level health geography = the ICB's ODS code
    std::string postcode;            // 9
    std::optional<Date> open_date;   // 10
    std::optional<Date> close_date;  // 11: empty while open
    std::string source_file;
    std::size_t line = 0;
};

// One row of the ODS successor file (succ).
struct Successor {
    std::string predecessor_code;
    std::string successor_code;
    std::string reason;
    std::optional<Date> effective;
    std::string indicator;
    std::size_t line = 0;
};

// One ICB of the ONS Sub-ICB -> ICB -> NHS England region lookup.
struct IcbInfo {
    std::string ons_code;         // ICB23CD, E54...
    std::string ods_code;         // ICB23CDH, Q..
    std::string name;             // ICB23NM
    std::string region_ons_code;  // NHSER23CD, E40...
    std::string region_ods_code;  // NHSER23CDH, Y..
    std::string region_name;      // NHSER23NM
};

struct OnsLookup {
    std::vector<IcbInfo> icbs;  // distinct ICBs in first-seen order
};

struct LatLon {
    double lat = 0;
    double lon = 0;
};

// Postcode (normalised: upper case, no spaces) -> WGS84 coordinates.
using PostcodeIndex = std::unordered_map<std::string, LatLon>;

// "ab1 2cd" / "AB12CD" / " AB1  2CD " -> "AB12CD".
std::string normalise_postcode(std::string_view postcode);

}  // namespace dspt::io
