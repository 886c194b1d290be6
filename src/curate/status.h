#pragma once
// The five short statuses of the briefing, worst to best, and the three sectors.
// Their order is the order of every table, chart and legend.
#include <array>
#include <optional>
#include <string>
#include <string_view>

namespace dspt::curate {

enum class Status { NotPublished, StandardsNotMet, ApproachingStandards, StandardsMet, StandardsExceeded };
inline constexpr std::array<Status, 5> kAllStatuses = {Status::NotPublished, Status::StandardsNotMet,
                                                       Status::ApproachingStandards, Status::StandardsMet,
                                                       Status::StandardsExceeded};

enum class Sector { NhsTrust, Icb, Csu };
inline constexpr std::array<Sector, 3> kAllSectors = {Sector::NhsTrust, Sector::Icb, Sector::Csu};

std::string_view status_label(Status s);  // "Standards Met"
// "Not Published", "Not Met", "Approaching", "Met", "Exceeded": where a chart or table is narrow.
std::string_view status_short_label(Status s);
std::string_view status_key(Status s);  // "standards_met" (style keys, CSV-safe ids)
int status_score(Status s);             // Exceeded 3, Met 1, Approaching -1, Not Met -3, Not Published -3

std::string_view sector_label(
    Sector s);  // "NHS Trust", "Integrated Care Board (ICB)", "Commissioning Support Unit (CSU)"
std::string_view sector_short_label(Sector s);  // "NHS Trust", "ICB", "CSU"

}  // namespace dspt::curate
