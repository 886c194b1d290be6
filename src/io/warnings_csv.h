#pragma once
// tables/data_quality.csv: every warning of the run, one row each, so the PDF's capped
// lists and the log's first examples can point somewhere complete.
#include <string>

#include "io/warnings.h"

namespace dspt::io {

inline constexpr const char* kDataQualityCsv = "tables/data_quality.csv";

// kind,file,line,column,org_code,message (line/column blank when not known), in the
// order the run raised them.
std::string warnings_csv(const Warnings& warnings);

}  // namespace dspt::io
