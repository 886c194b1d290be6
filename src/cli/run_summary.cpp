#include "cli/run_summary.h"

#include <cstdio>

#include "curate/status.h"

namespace dspt::cli {
namespace {

std::string seconds_text(double s) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.3f s", s);
    return buffer;
}

}  // namespace

double RunSummary::total_seconds() const {
    double t = 0;
    for (const auto& s : stages) t += s.seconds;
    return t;
}

void print_run_summary(const RunSummary& summary, std::ostream& log) {
    log << "dspt-report: inputs read:\n";
    for (const auto& in : summary.inputs)
        log << "  " << in.label << ": " << in.rows << " rows (" << in.path << ")\n";

    log << "dspt-report: organisations in the briefing:";
    std::size_t total = 0;
    for (auto s : curate::kAllSectors) {
        const std::size_t n = summary.organisations_per_sector[static_cast<std::size_t>(s)];
        total += n;
        if (!summary.sector_in_export[static_cast<std::size_t>(s)])
            log << ' ' << curate::sector_short_label(s) << " not in this export,";
        else
            log << ' ' << curate::sector_short_label(s) << ' ' << n << ',';
    }
    log << " total " << total << '\n';
    if (summary.has_previous)
        log << "dspt-report: month-on-month changes: " << summary.status_changes << '\n';

    const auto counts = summary.warnings.counts_by_kind();
    if (counts.empty()) {
        log << "dspt-report: no warnings\n";
    } else {
        log << "dspt-report: " << summary.warnings.size() << " warning(s):\n";
        for (const auto& [kind, n] : counts) {
            log << "  " << kind << ": " << n << '\n';
            std::size_t shown = 0;
            for (const auto& w : summary.warnings.all()) {
                if (w.kind != kind) continue;
                if (shown == kWarningExamplesPerKind) {
                    log << "    ... and " << (n - shown) << " more\n";
                    break;
                }
                const std::string where = w.location();
                log << "    " << (where.empty() ? "" : where + ": ") << w.message << '\n';
                ++shown;
            }
        }
    }

    log << "dspt-report: time:";
    for (const auto& s : summary.stages) log << ' ' << s.stage << ' ' << seconds_text(s.seconds) << ',';
    log << " total " << seconds_text(summary.total_seconds()) << '\n';
    log << "dspt-report: wrote " << summary.outputs.size() << " file(s)\n";
}

}  // namespace dspt::cli
