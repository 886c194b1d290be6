#pragma once
// Entry points of the input readers. Each throws InputError (file:line:column) for
// input it cannot use and adds to `warnings` for oddities it can live with.
#include <string>
#include <unordered_set>
#include <vector>

#include "io/records.h"
#include "io/warnings.h"

namespace dspt::io {

DsptExport read_dspt_export(const std::string& path, Warnings& warnings);
std::vector<OdsOrganisation> read_ods_organisations(const std::string& path, Warnings& warnings);
std::vector<Successor> read_ods_successors(const std::string& path, Warnings& warnings);
OnsLookup read_ons_lookup(const std::string& path, Warnings& warnings);
// Streams the file (it may be the whole ONS Postcode Directory, ~2.7 M rows) and keeps
// only the postcodes in `wanted` (already normalised).
PostcodeIndex read_postcodes(const std::string& path, const std::unordered_set<std::string>& wanted,
                             Warnings& warnings);

}  // namespace dspt::io
