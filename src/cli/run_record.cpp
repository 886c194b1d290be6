#include "cli/run_record.h"

#include <cmath>
#include <ctime>
#include <iostream>
#include <nlohmann/json.hpp>
#include <optional>
#include <set>

#include "cli/command_line.h"
#include "cli/file_digest.h"
#include "curate/status.h"
#include "io/atomic_file.h"
#include "io/manifest.h"
#include "style/style.h"

namespace dspt::cli {
namespace {

namespace fs = std::filesystem;
using nlohmann::ordered_json;  // keys in the order written here, so the file reads top-down

constexpr int kRecordVersion = 1;

struct NamedInput {
    std::string role;  // the manifest key ("dspt_export", ...), "manifest", "style", "slide_style" or
                       // "style_override"
    std::string path;
};

// A shapefile is four or five files; each one changes the maps.
void add_shapefile(std::vector<NamedInput>& inputs, const std::string& role, const std::string& shp) {
    inputs.push_back({role, shp});
    for (const char* ext : {".shx", ".dbf", ".prj", ".cpg"}) {
        const fs::path side = fs::path(shp).replace_extension(ext);
        std::error_code ec;
        if (fs::exists(side, ec)) inputs.push_back({role, side.string()});
    }
}

// Every file the run reads, in manifest order. The manifest is read again here (it is
// small) so the record names each input by its key even when the run stopped early.
std::vector<NamedInput> named_inputs(const PipelineOptions& options, const RunSummary& summary) {
    std::vector<NamedInput> inputs;
    inputs.push_back({"manifest", options.manifest_path});
    try {
        const io::Manifest m = io::read_manifest(options.manifest_path);
        inputs.push_back({"dspt_export", m.dspt_export});
        if (m.previous_export) inputs.push_back({"previous_export", *m.previous_export});
        for (const auto& p : m.ods_trusts) inputs.push_back({"ods_trusts", p});
        if (m.ods_csus) inputs.push_back({"ods_csus", *m.ods_csus});
        if (m.ods_successors) inputs.push_back({"ods_successors", *m.ods_successors});
        inputs.push_back({"ons_lookup", m.ons_lookup});
        if (options.command == Command::Build) {
            add_shapefile(inputs, "icb_boundaries", m.icb_boundaries);
            add_shapefile(inputs, "region_boundaries", m.region_boundaries);
        }
        if (m.postcodes) inputs.push_back({"postcodes", *m.postcodes});
        // Earlier snapshots for the trend; one that is also the previous export is read once.
        for (const auto& h : m.history)
            if (!m.previous_export || *m.previous_export != h.export_path)
                inputs.push_back({"history", h.export_path});
    } catch (const std::exception&) {
        // A manifest that does not parse: the record names the manifest alone, and the error.
    }
    // Anything else the readers noted (inputs added to the manifest later) by its label.
    std::set<std::string> named;
    for (const auto& i : inputs) named.insert(i.path);
    for (const auto& read : summary.inputs)
        if (!named.contains(read.path)) inputs.push_back({read.label, read.path});
    if (options.command == Command::Build && !options.style_path.empty()) {
        inputs.push_back({"style", options.style_path});
        try {
            // With the override: it may name another slide style.
            inputs.push_back({"slide_style", style::Style::load(options.style_path, options.style_override,
                                                                options.style_path)
                                                 .theme()
                                                 .png.slide_style});
        } catch (const std::exception&) {
            // The run's own error says what is wrong with the style.
        }
        if (!options.style_override.empty()) inputs.push_back({"style_override", options.style_override});
    }
    return inputs;
}

ordered_json file_entry(const std::string& path) {
    ordered_json j;
    j["path"] = path;
    if (const auto d = digest_file(path)) {
        j["size_bytes"] = d->size;
        j["sha256"] = d->sha256;
    } else {
        j["size_bytes"] = nullptr;
        j["sha256"] = nullptr;
    }
    return j;
}

ordered_json inputs_json(const PipelineOptions& options, const RunSummary& summary) {
    ordered_json out = ordered_json::array();
    for (const auto& in : named_inputs(options, summary)) {
        ordered_json j;
        j["role"] = in.role;
        j.update(file_entry(in.path));
        j["rows"] = nullptr;  // rows read, when the reader got that far
        for (const auto& read : summary.inputs)
            if (read.path == in.path) j["rows"] = read.rows;
        out.push_back(j);
    }
    return out;
}

ordered_json briefing_json(const BriefingFacts& b) {
    ordered_json j;
    j["title"] = b.title;
    j["reference_date"] = b.reference_date;
    j["edition"] = b.edition.empty() ? ordered_json(nullptr) : ordered_json(b.edition);
    j["previous_reference_date"] =
        b.previous_reference_date ? ordered_json(*b.previous_reference_date) : ordered_json(nullptr);
    return j;
}

ordered_json organisations_json(const BriefingFacts& b) {
    ordered_json j;
    std::size_t total = 0;
    for (const auto& s : b.sectors) {
        j[s.key] = s.in_export ? ordered_json(s.organisations) : ordered_json(nullptr);
        total += s.organisations;
    }
    j["total"] = total;
    return j;
}

ordered_json headline_json(const BriefingFacts& b) {
    ordered_json j;
    for (const auto& s : b.sectors) {
        // A sector the export holds no row of has no headline: null, not zeros.
        if (!s.in_export) {
            j[s.key] = nullptr;
            continue;
        }
        ordered_json sector;
        sector["met_or_exceeded"] = s.met_or_exceeded;
        sector["organisations"] = s.organisations;
        sector["met_or_exceeded_percent"] = s.met_or_exceeded_percent;
        ordered_json by_status;
        for (std::size_t k = 0; k < curate::kAllStatuses.size(); ++k)
            by_status[std::string(curate::status_key(curate::kAllStatuses[k]))] = s.by_status[k];
        sector["by_status"] = by_status;
        j[s.key] = sector;
    }
    j["status_changes"] = b.status_changes ? ordered_json(*b.status_changes) : ordered_json(nullptr);
    return j;
}

// Seconds to the microsecond: the clock says no more, and 0.010256 reads better than 0.010256293999999999.
double microseconds(double seconds) { return std::round(seconds * 1e6) / 1e6; }

std::string utc_iso(std::chrono::system_clock::time_point t) {
    const std::time_t tt = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&tt, &tm);
    char buffer[32];
    std::strftime(buffer, sizeof buffer, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buffer;
}

}  // namespace

RunRecord::RunRecord() : started_(std::chrono::system_clock::now()) {}

std::string RunRecord::json(const PipelineOptions& options, const RunSummary& summary, int exit_status,
                            const std::string& error) const {
    ordered_json j;
    j["record_version"] = kRecordVersion;
    j["tool"] = {{"name", "dspt-report"}, {"version", DSPT_VERSION}};
    j["command"] = options.command == Command::Build ? "build" : "curate";
    j["exit_status"] = exit_status;
    j["error"] = error.empty() ? ordered_json(nullptr) : ordered_json(error);
    j["out_dir"] = options.out_dir.string();
    j["inputs"] = inputs_json(options, summary);
    if (summary.briefing) {
        j["briefing"] = briefing_json(*summary.briefing);
        j["organisations"] = organisations_json(*summary.briefing);
        j["headline"] = headline_json(*summary.briefing);
    } else {
        j["briefing"] = j["organisations"] = j["headline"] = nullptr;
    }
    ordered_json by_kind = ordered_json::object();
    for (const auto& [kind, n] : summary.warnings.counts_by_kind()) by_kind[kind] = n;
    j["warnings"] = {{"total", summary.warnings.size()}, {"by_kind", by_kind}};

    ordered_json outputs = ordered_json::array();
    for (const auto& p : summary.outputs) {
        ordered_json f = file_entry(p.string());
        f["path"] = p.lexically_relative(options.out_dir).generic_string();
        outputs.push_back(f);
    }
    j["outputs"] = outputs;

    // The only part that differs between two runs on the same inputs.
    ordered_json stages = ordered_json::array();
    for (const auto& s : summary.stages)
        stages.push_back({{"stage", s.stage}, {"seconds", microseconds(s.seconds)}});
    j["timing"] = {{"started_utc", utc_iso(started_)},
                   {"stages", stages},
                   {"total_seconds", microseconds(summary.total_seconds())}};
    return j.dump(2) + "\n";
}

int RunRecord::finish(const PipelineOptions& options, const RunSummary& summary, int exit_status,
                      const std::string& error) const noexcept {
    if (path.empty()) return exit_status;
    try {
        io::write_file_atomically(path, json(options, summary, exit_status, error));
        return exit_status;
    } catch (const std::exception& e) {
        std::cerr << "dspt-report: error: cannot write the run record: " << e.what() << std::endl;
    } catch (...) {
        std::cerr << "dspt-report: error: cannot write the run record " << path << std::endl;
    }
    return exit_status == kExitOk ? kExitBadInput : exit_status;
}

}  // namespace dspt::cli
