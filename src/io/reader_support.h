#pragma once
// Small pieces shared by the readers in this folder (not part of the public API).
#include <string>
#include <string_view>
#include <vector>

#include "io/csv_reader.h"
#include "io/warnings.h"

namespace dspt::io::detail {

// Strips spaces, tabs, line breaks and no-break spaces (U+00A0) at both ends.
std::string_view trim(std::string_view s);

// Header names compared loosely: "Date Of Publication", "DateOfPublication" and
// "date_of_publication" all become "dateofpublication".
std::string header_key(std::string_view name);

// `text` for a message, cut to at most `max` bytes (whole characters) plus "...":
// a value in a broken file can be a megabyte long.
std::string excerpt(std::string_view text, std::size_t max = 80);

// "Code, Organisation Name, ..." for error messages (capped in length).
std::string join_header(const std::vector<std::string>& names);

// After a file has been read: one "mixed-encoding" warning if some bytes of a UTF-8
// file had to be read as Windows-1252.
void report_encoding(const CsvReader& reader, Warnings& warnings);

}  // namespace dspt::io::detail
