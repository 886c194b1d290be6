#pragma once
// The TOML manifest that describes one run. Paths inside it are relative to the
// manifest's own folder and are stored here already resolved. Unknown keys are errors.
#include <optional>
#include <string>
#include <vector>

#include "io/date.h"

namespace dspt::io {

struct Manifest {
    std::string path;  // the manifest file itself
    std::string title = "Data Security and Protection Toolkit: cyber security briefing";
    std::optional<Date> reference_date;
    std::optional<std::string> edition;  // e.g. "22/23"

    std::string dspt_export;                     // required
    std::optional<std::string> previous_export;
    std::vector<std::string> ods_trusts;         // etr, ect
    std::optional<std::string> ods_csus;
    std::optional<std::string> ods_successors;
    std::string ons_lookup;
    std::string icb_boundaries;     // required when need_boundaries, else may be "" (unchecked)
    std::string region_boundaries;
    std::optional<std::string> postcodes;
};

// need_boundaries = false (curate, which draws no map): the boundary shapefiles may be
// left out, and when named they are not checked.
Manifest read_manifest(const std::string& path, bool need_boundaries = true);

}  // namespace dspt::io
