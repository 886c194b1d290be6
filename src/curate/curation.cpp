#include "curate/curation.h"

#include <algorithm>
#include <array>
#include <stdexcept>
#include <unordered_map>

#include "curate/changes.h"
#include "curate/names.h"
#include "curate/sector_coverage.h"
#include "curate/status_guard.h"
#include "curate/status_rules.h"
#include "curate/universe.h"
#include "io/input_error.h"

namespace dspt::curate {
namespace {

io::Where ods_location(const io::OdsOrganisation& o) { return {o.source_file, o.line, 0}; }

void set_icb(Organisation& org, const io::IcbInfo& icb) {
    org.icb_ons_code = icb.ons_code;
    org.icb_ods_code = icb.ods_code;
    org.icb_name = icb.name;
    org.region_ons_code = icb.region_ons_code;
    org.region_name = icb.region_name;
}

// The edition a snapshot is judged by: the manifest's when given, else the newest in
// that export. An older-layout export whose statuses name no edition cannot say which
// edition they are of: the run must name it (METHODOLOGY.md, vocabulary table).
std::string edition_for(const std::optional<std::string>& explicit_edition, const io::DsptExport& exported) {
    if (explicit_edition) return *explicit_edition;
    if (older_layout(exported))
        if (const io::DsptRecord* r = first_status_without_edition(exported))
            throw io::InputError(exported.path, r->line, 0,
                                 "status '" + r->status +
                                     "' names no edition (older export layout), and the manifest names none: "
                                     "add the edition these statuses are of to the manifest, e.g. "
                                     "[briefing] edition = \"18/19\"");
    return newest_edition(exported).value_or("");
}

// One snapshot's organisations with their statuses and names. `details` adds ICB,
// region and location (and their warnings), which the previous snapshot does not need:
// it shares the reference data, so its warnings would only repeat this month's.
std::vector<Organisation> curate_snapshot(const CurationInputs& in, const io::DsptExport& exported,
                                          const io::Date& reference_date, const std::string& edition,
                                          bool details, io::Warnings& warnings, StatusTally& tally) {
    const SectorCoverage coverage = sector_coverage(exported);
    std::unordered_map<std::string, const io::IcbInfo*> icb_by_ods;
    for (const auto& i : in.ons.icbs) icb_by_ods.emplace(i.ods_code, &i);

    const std::vector<Member> members = build_universe(
        exported, in.ods_trusts, in.ods_csus ? &*in.ods_csus : nullptr, in.ons, reference_date);
    const StatusResolver resolver(exported, in.successors, edition);

    std::vector<Organisation> out;
    out.reserve(members.size());
    for (const auto& m : members) {
        if (!coverage.in_export[static_cast<std::size_t>(m.sector)]) continue;
        Organisation org;
        org.code = m.code;
        org.sector = m.sector;
        ResolvedStatus r = resolver.resolve(m.code, warnings);
        if (const io::DsptRecord* own = resolver.row(m.code)) {
            ++tally.rows;
            if (resolver.unrecognised(read_status_text(own->status))) ++tally.unrecognised[own->status];
        }
        org.raw_status = std::move(r.raw_status);
        org.status = r.status;
        org.decision = r.decision;
        org.inherited_from = std::move(r.inherited_from);
        org.decision_note = std::move(r.note);
        org.published = r.published;

        // Names: ICBs by their ONS name (consistent, properly cased); others as the
        // portal lists them, falling back to ODS when the export has no row.
        const io::DsptRecord* row = resolver.row(m.code);
        if (m.icb) {
            org.name = m.icb->name;
        } else if (row && !row->name.empty()) {
            org.name = row->name;
            if (auto fixed = repair_lost_apostrophes(row->name); fixed && details)
                warnings.add("repaired-name", io::Where{exported.path, row->line, 0},
                             m.code + ": name '" + row->name + "' printed as '" + *fixed + "'", m.code);
        } else if (m.ods) {
            org.name = m.ods->name;
        }
        org.display_name = display_name(org.name, org.code);

        if (m.icb) {
            set_icb(org, *m.icb);
        } else if (m.sector == Sector::NhsTrust && m.ods && details) {
            const std::string& icb_code = m.ods->health_geography;
            if (auto it = icb_by_ods.find(icb_code); it != icb_by_ods.end()) {
                set_icb(org, *it->second);
            } else {
                org.icb_ods_code = icb_code;
                warnings.add(
                    "unknown-icb", ods_location(*m.ods),
                    m.code + ": ICB code '" + icb_code + "' is not in the ONS lookup; no ICB or region",
                    m.code);
            }
        }

        if (m.sector == Sector::NhsTrust && m.ods && details) {
            org.postcode = m.ods->postcode;
            if (!in.have_postcode_file) {
                // Reported once by curate(): a run without a postcode file maps no trust.
            } else if (org.postcode.empty()) {
                warnings.add("missing-postcode", ods_location(*m.ods),
                             m.code + ": no HQ postcode; not mapped", m.code);
            } else if (auto it = in.postcodes.find(io::normalise_postcode(org.postcode));
                       it != in.postcodes.end()) {
                org.location = it->second;
            } else {
                warnings.add(
                    "unmatched-postcode", ods_location(*m.ods),
                    m.code + ": postcode '" + org.postcode + "' not in the postcode file; not mapped",
                    m.code);
            }
        }
        out.push_back(std::move(org));
    }
    return out;
}

}  // namespace

std::unordered_set<std::string> wanted_postcodes(const std::vector<io::OdsOrganisation>& ods_trusts) {
    std::unordered_set<std::string> out;
    for (const auto& o : ods_trusts)
        if (!o.postcode.empty()) out.insert(io::normalise_postcode(o.postcode));
    return out;
}

BriefingData curate(const CurationInputs& in, io::Warnings& warnings) {
    BriefingData data;
    data.title = in.title;
    data.reference_date = in.reference_date;
    data.edition = edition_for(in.edition, in.current);

    // Only the current layout names editions; an older-layout export cannot contradict one.
    if (in.edition && !older_layout(in.current)) {
        const bool present =
            std::any_of(in.current.records.begin(), in.current.records.end(), [&](const auto& r) {
                const StatusText t = read_status_text(r.status);
                return t.kind == StatusText::Kind::Outcome && t.edition == *in.edition;
            });
        if (!present)
            warnings.add("edition-not-in-export", in.current.path,
                         "no status of the " + *in.edition + " edition; every organisation is Not Published");
    }

    data.postcode_file = in.have_postcode_file;
    if (!in.have_postcode_file)
        warnings.add("no-postcode-file", "",
                     "the manifest names no postcode file; no trust is placed on the trust map");

    data.icbs = in.ons.icbs;
    std::sort(data.icbs.begin(), data.icbs.end(),
              [](const io::IcbInfo& a, const io::IcbInfo& b) { return a.ons_code < b.ons_code; });

    const SectorCoverage coverage = sector_coverage(in.current);
    data.sector_in_export = coverage.in_export;
    data.export_rows = coverage.export_rows;
    data.rows_outside_by_sector = coverage.rows_outside_by_sector;
    for (auto s : kAllSectors)
        if (!coverage.in_export[static_cast<std::size_t>(s)])
            warnings.add(
                "sector-not-in-export", in.current.path,
                "the export has no row of the " + std::string(sector_label(s)) +
                    " sector: its organisations are shown as not in this export, not as Not Published");

    StatusTally tally;
    data.organisations =
        curate_snapshot(in, in.current, in.reference_date, data.edition, true, warnings, tally);
    {
        std::unordered_set<std::string> in_briefing;
        for (const auto& o : data.organisations) in_briefing.insert(o.code);
        for (const auto& r : in.current.records)
            if (sector_of_label(r.primary_sector) && !in_briefing.contains(r.code)) ++data.rows_left_out;
    }
    if (auto note = apply_status_guard(in.current.path, tally, in.accept_unknown_statuses))
        data.status_guard_notes.push_back(std::move(*note));

    if (in.previous) {
        std::optional<io::Date> date = in.previous_reference_date;
        if (!date) date = io::date_from_export_file_name(in.previous->path);
        if (!date)
            throw io::InputError(
                in.previous->path,
                "cannot tell the previous export's date: its file name has no dd_mm_yyyy date");
        data.has_previous = true;
        data.previous_reference_date = date;
        data.previous_edition = edition_for(in.edition, *in.previous);
        StatusTally previous_tally;
        const std::vector<Organisation> before =
            curate_snapshot(in, *in.previous, *date, data.previous_edition, false, warnings, previous_tally);
        if (auto note = apply_status_guard(in.previous->path, previous_tally, in.accept_unknown_statuses))
            data.status_guard_notes.push_back(std::move(*note));
        data.changes = compare_snapshots(before, data.organisations);
    }

    if (!in.history.empty()) {
        std::vector<HistorySnapshot> snapshots;
        for (const auto& h : in.history) {
            const io::DsptExport* exported = h.exported    ? &*h.exported
                                             : in.previous ? &*in.previous
                                                           : nullptr;
            if (!exported) throw std::logic_error("a history entry read as the previous export, without one");
            snapshots.push_back({exported, h.date, h.edition, h.sector});
        }
        std::vector<std::string> icb_codes;
        for (const auto& i : in.ons.icbs) icb_codes.push_back(i.ods_code);
        data.trend = count_history(snapshots, icb_codes, in.reference_date, in.current.path,
                                   in.accept_unknown_statuses, warnings, &data.status_guard_notes);
        // The current export's point is the briefing's own figures.
        std::array<TrendPoint, 3> own;
        for (const auto& o : data.organisations)
            ++own[static_cast<std::size_t>(o.sector)].counts[static_cast<std::size_t>(o.status)];
        for (auto s : kAllSectors) {
            TrendPoint p = own[static_cast<std::size_t>(s)];
            if (p.n() == 0) continue;
            p.date = in.reference_date;
            p.edition = data.edition;
            p.sector = s;
            p.source = in.current.path;
            p.current = true;
            data.trend.push_back(std::move(p));
        }
    }
    return data;
}

}  // namespace dspt::curate
