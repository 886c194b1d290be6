#pragma once
// The TOML manifest that describes one run. Paths inside it are relative to the
// manifest's own folder and are stored here already resolved. Unknown keys are errors.
#include <optional>
#include <string>
#include <vector>

#include "io/date.h"

namespace dspt::io {

// One earlier snapshot for the trend ([[history]]): a portal export or a published cut
// of one. Its date is the manifest's, else the one in its file name (dd_mm_yyyy or
// dd_mm_yy), resolved when the manifest is read.
struct HistoryEntry {
    std::string export_path;
    Date date;
    std::optional<std::string> edition;  // "18/19"; required for an export whose statuses name none
    std::optional<std::string>
        sector;            // "NHS Trust", "ICB" or "CSU": a one-sector cut without a sector column
    std::size_t line = 0;  // of the entry in the manifest
};

struct Manifest {
    std::string path;  // the manifest file itself
    std::string title = "Data Security and Protection Toolkit: cyber security briefing";
    std::optional<Date> reference_date;
    std::optional<std::string> edition;  // e.g. "22/23"
    bool icb_pages = true;               // briefing.icb_pages: each ICB's page and slide (build)

    std::string dspt_export;  // required
    std::optional<std::string> previous_export;
    std::vector<std::string> ods_trusts;  // etr, ect
    std::optional<std::string> ods_csus;
    std::optional<std::string> ods_successors;
    std::string ons_lookup;
    std::string icb_boundaries;  // required when need_boundaries, else may be "" (unchecked)
    std::string region_boundaries;
    std::optional<std::string> postcodes;
    std::vector<HistoryEntry> history;  // in manifest order
};

// need_boundaries = false (curate, which draws no map): the boundary shapefiles may be
// left out, and when named they are not checked.
Manifest read_manifest(const std::string& path, bool need_boundaries = true);

}  // namespace dspt::io
