#include "curate/trend.h"

#include <algorithm>
#include <map>
#include <unordered_set>

#include "curate/sector_coverage.h"
#include "curate/status_guard.h"
#include "curate/status_text.h"
#include "io/input_error.h"

namespace dspt::curate {
namespace {

std::string file_name(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

// The edition a snapshot is judged by (METHODOLOGY.md): the run's, else the newest in
// its statuses; an export whose outcomes name no edition cannot say, so the run must.
std::string edition_of(const HistorySnapshot& h) {
    if (h.edition) return *h.edition;
    if (older_layout(*h.exported))
        if (const io::DsptRecord* r = first_status_without_edition(*h.exported))
            throw io::InputError(
                h.exported->path, r->line, 0,
                "status '" + r->status +
                    "' names no edition (older export layout), and its [[history]] entry names "
                    "none: add the edition these statuses are of, e.g. edition = \"18/19\"");
    return newest_edition(*h.exported).value_or("");
}

}  // namespace

std::size_t TrendPoint::n() const {
    std::size_t total = 0;
    for (auto c : counts) total += c;
    return total;
}

std::size_t TrendPoint::met_or_exceeded() const {
    return counts[static_cast<std::size_t>(Status::StandardsMet)] +
           counts[static_cast<std::size_t>(Status::StandardsExceeded)];
}

bool is_nhs_trust_code(std::string_view code) {
    return code.size() == 3 && (code[0] == 'R' || code[0] == 'T');
}

std::vector<TrendPoint> count_history(const std::vector<HistorySnapshot>& history,
                                      const std::vector<std::string>& icb_codes, const io::Date& current_date,
                                      const std::string& current_path, bool accept_unknown_statuses,
                                      io::Warnings& warnings, std::vector<std::string>* status_guard_notes) {
    const std::unordered_set<std::string> icbs(icb_codes.begin(), icb_codes.end());
    std::map<io::Date, std::string> dated{{current_date, current_path}};
    std::vector<TrendPoint> points;
    for (const auto& h : history) {
        const std::string& path = h.exported->path;
        if (h.date > current_date)
            throw io::InputError(path, "snapshot dated " + h.date.iso() + " is after the current export (" +
                                           current_date.iso() +
                                           "); the trend ends at the briefing's own date");
        if (auto [it, fresh] = dated.emplace(h.date, path); !fresh)
            throw io::InputError(path, "snapshot dated " + h.date.iso() + ", the same date as " +
                                           file_name(it->second) + ": two snapshots on one date");
        const std::string edition = edition_of(h);
        const bool legacy = older_layout(*h.exported);

        std::array<TrendPoint, 3> by_sector;
        StatusTally tally;
        std::unordered_set<std::string> seen;  // a code listed twice counts once (the reader warned)
        for (const auto& r : h.exported->records) {
            const std::optional<Sector> sector = h.sector ? h.sector : sector_of_label(r.primary_sector);
            if (!sector) continue;
            if (*sector == Sector::NhsTrust && !is_nhs_trust_code(r.code)) continue;
            if (*sector == Sector::Icb && !icbs.count(r.code)) continue;
            if (!seen.insert(r.code).second) continue;
            Status status = Status::NotPublished;
            const StatusText t = read_status_text(r.status);
            ++tally.rows;
            if (t.kind == StatusText::Kind::Unknown ||
                (t.kind == StatusText::Kind::Outcome && !t.edition && !legacy)) {
                ++tally.unrecognised[r.status];
                warnings.add("unknown-status", io::Where{path, r.line, 0},
                             r.code + ": status '" + r.status +
                                 "' is not a known outcome; counted as Not Published in the trend",
                             r.code);
            } else if (t.kind == StatusText::Kind::Outcome && (t.edition ? *t.edition == edition : legacy)) {
                status = t.outcome;
            }
            ++by_sector[static_cast<std::size_t>(*sector)].counts[static_cast<std::size_t>(status)];
        }
        if (auto note = apply_status_guard(path, tally, accept_unknown_statuses); note && status_guard_notes)
            status_guard_notes->push_back(std::move(*note));
        for (auto s : kAllSectors) {
            TrendPoint p = by_sector[static_cast<std::size_t>(s)];
            if (p.n() == 0) continue;
            p.date = h.date;
            p.edition = edition;
            p.sector = s;
            p.source = path;
            points.push_back(std::move(p));
        }
    }
    std::stable_sort(points.begin(), points.end(), [](const TrendPoint& a, const TrendPoint& b) {
        return a.date != b.date ? a.date < b.date : a.sector < b.sector;
    });
    return points;
}

}  // namespace dspt::curate
