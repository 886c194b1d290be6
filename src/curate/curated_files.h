#pragma once
// The curated cuts: one CSV per sector with every organisation of the briefing, its
// ICB and region, the raw and short status and how the status was decided.
#include <vector>

#include "curate/briefing_data.h"
#include "io/atomic_file.h"

namespace dspt::curate {

// curated/trusts.csv, curated/icbs.csv, curated/csus.csv (in that order). Columns:
// code,name,display_name,sector,icb_ons_code,icb_ods_code,icb_name,region,raw_status,status,decision,published
// and, for trusts, postcode,lat,long (lat/long blank when not mapped). name is as
// exported, display_name as the PDF and slides print it.
std::vector<io::OutputFile> curated_files(const BriefingData& data);

// The text of one sector's file.
std::string curated_csv(const BriefingData& data, Sector sector);

}  // namespace dspt::curate
