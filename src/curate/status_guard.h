#pragma once
// METHODOLOGY.md "Guard against a silent wrong briefing": when more than 5 % of the
// export rows that would enter the briefing carry a status text the rules do not
// know, the data is not what the rules expect (new wording, a shifted column) and
// the run stops, unless the user accepts the texts explicitly.
#include <cstddef>
#include <map>
#include <optional>
#include <string>

namespace dspt::curate {

inline constexpr double kUnrecognisedStatusLimitPercent = 5.0;

// The statuses of one export's rows that would enter the briefing.
struct StatusTally {
    std::size_t rows = 0;                             // rows of organisations in the briefing
    std::map<std::string, std::size_t> unrecognised;  // text as exported -> rows
    std::size_t unrecognised_rows() const;
};

// Over the limit and not accepted: throws io::InputError naming the export, the share
// and each unrecognised text with its count. Over the limit and accepted: returns the
// sentence the data-quality page prints. Otherwise nullopt.
std::optional<std::string> apply_status_guard(const std::string& export_path, const StatusTally& tally,
                                              bool accept);

// The command-line switch that accepts them (named in the error).
inline constexpr const char* kAcceptUnknownStatusesFlag = "--accept-unknown-statuses";

}  // namespace dspt::curate
