// The methodology in short (METHODOLOGY.md, the rules curation implements) and the
// data-quality notes of this run: its warnings by kind, inherited statuses and trusts
// that could not be mapped.
#include <map>
#include <set>

#include "io/warnings_csv.h"
#include "report/sections.h"
#include "report/table.h"
#include "report/text_block.h"

namespace dspt::report {
namespace {

struct KindText {
    const char* kind;
    const char* meaning;
};

// What each warning kind of the readers, curation and maps means to a reader of the briefing.
constexpr KindText kKinds[] = {
    {"undrawable-text", "Text with characters the report's fonts cannot draw; they print as empty boxes"},
    {"unknown-status", "Status text that is none of the known outcomes; counted as Not Published"},
    {"legacy-status", "Status in older wording, mapped to the current outcome"},
    {"unmatched-postcode", "Trust headquarters postcode not found in the postcode file; trust not mapped"},
    {"missing-postcode", "Trust with no headquarters postcode in ODS; trust not mapped"},
    {"no-postcode-file", "No postcode file given; no trust could be mapped"},
    {"unknown-icb", "Trust whose ICB code is not in the ONS lookup"},
    {"repaired-name", "Organisation name with a character the portal lost (shown as ?), printed repaired"},
    {"edition-not-in-export", "The edition asked for does not occur in the export"},
    {"sector-not-in-export",
     "A sector of the briefing with no row in the export; shown as not in this export"},
    {"reference-date-mismatch", "Snapshot date differs from the date in the export's file name"},
    {"exact-duplicate-row", "Export rows repeating an earlier row in every column; ignored"},
    {"duplicate-code", "Export row repeating an organisation code; the first row is used"},
    {"missing-code", "Row without an organisation code; skipped"},
    {"missing-column", "Expected column missing from a file"},
    {"ragged-row", "Row with fewer or more fields than the header"},
    {"unparsed-date", "Publication date that is not a calendar date"},
    {"mixed-encoding", "File not entirely UTF-8; bytes decoded as Windows-1252"},
    {"inconsistent-icb", "ICB named differently on two rows of the ONS lookup"},
    {"bad-coordinates", "Postcode with coordinates outside the valid range"},
    {"no-coordinates", "Postcode without coordinates"},
    {"duplicate-postcode", "Postcode listed twice in the postcode file"},
    {"icb-without-polygon", "ICB of the data without a boundary polygon; not drawn on maps"},
    {"polygon-without-data", "Boundary polygon of no ICB in the data"},
    {"missing-prj", "Boundary file without a projection (.prj); British National Grid assumed"},
    {"unclosed-ring", "Boundary ring not closed; closed on reading"},
    {"degenerate-ring", "Boundary ring with fewer than three distinct points; skipped"},
    {"unknown-codepage", "Boundary attributes in an unknown code page"},
    {"null-shape", "Boundary record without geometry; skipped"},
    {"empty-feature", "Boundary record without a usable ring; skipped"},
    {"no-inset-region", "Region boundaries without the region of the map inset; maps drawn without it"},
};

// "11455" -> "11,455": the counts of the export's rows are read, not decoded.
std::string grouped(std::size_t n) {
    std::string digits = std::to_string(n);
    for (std::size_t i = digits.size(); i > 3; i -= 3) digits.insert(i - 3, ",");
    return digits;
}

// The export's rows that are not in the briefing, by sector (METHODOLOGY.md: every row is
// accounted for), and the sectors it does not hold at all.
std::vector<std::string> coverage_bullets(const curate::BriefingData& d) {
    std::vector<std::string> out;
    std::size_t outside = 0;
    for (const auto& [label, n] : d.rows_outside_by_sector) outside += n;
    std::string rows = "Of the export's " + grouped(d.export_rows) + " rows, ";
    if (outside == 0) {
        rows += "none belongs to a sector outside the briefing";
    } else {
        rows += grouped(outside) + (outside == 1 ? " belongs to a sector" : " belong to sectors") +
                " outside the briefing (";
        const std::size_t shown = 8;
        for (std::size_t i = 0; i < d.rows_outside_by_sector.size() && i < shown; ++i) {
            const auto& [label, n] = d.rows_outside_by_sector[i];
            rows += (i ? ", " : "") + (label.empty() ? std::string("no sector") : label) + " " + grouped(n);
        }
        if (d.rows_outside_by_sector.size() > shown) {
            std::size_t rest = 0;
            for (std::size_t i = shown; i < d.rows_outside_by_sector.size(); ++i)
                rest += d.rows_outside_by_sector[i].second;
            rows += " and " + grouped(rest) + " in " +
                    std::to_string(d.rows_outside_by_sector.size() - shown) + " other sectors";
        }
        rows += ")";
    }
    rows += "; " + grouped(d.rows_left_out) + (d.rows_left_out == 1 ? " row" : " rows") +
            " of the briefing's sectors " + (d.rows_left_out == 1 ? "is" : "are") +
            " of organisations outside it (such as sub-ICB locations and former CCGs, or closed trusts). "
            "These rows are not counted.";
    out.push_back(rows);
    for (auto s : curate::kAllSectors)
        if (!d.in_export(s))
            out.push_back("The export holds no row of the " + std::string(curate::sector_label(s)) +
                          " sector, so its organisations are not in this export: they are left out of every "
                          "count, table and map rather than shown as Not Published.");
    return out;
}

std::string meaning_of(const std::string& kind) {
    for (const KindText& k : kKinds) {
        if (kind == k.kind) return k.meaning;
    }
    return kind;
}

}  // namespace

void write_methodology(ReportDocument& doc, const BriefingContext& ctx) {
    section_heading(doc, "Methodology", anchors::kMethodology, 0);
    const draw::Rect content = doc.layout().content();
    const TextSpec body = body_text(ctx.style);
    const double gap = ctx.style.theme().report.paragraph_gap;
    const curate::BriefingData& d = ctx.data;
    const std::string edition = d.edition.empty() ? "the current edition" : "the " + d.edition + " edition";

    auto sub = [&](const std::string& title, const std::string& anchor) {
        section_heading(doc, title, anchor, 1, body.line_height * 3);
    };
    flow_paragraph(
        doc,
        "This briefing is produced from the Data Security and Protection Toolkit (DSPT) portal export "
        "of " +
            d.reference_date.long_form() +
            ", the NHS England Organisation Data Service (ODS) files and the Office for National "
            "Statistics (ONS) lookups and boundaries. Every number is computed from those files by the "
            "rules below, so each can be checked.",
        body, content.x, content.width);
    doc.advance(gap);

    sub("Who is in the briefing", "methodology-universe");
    flow_bullets(
        doc,
        {"NHS trusts: every trust and care trust in the ODS files (etr, ect) in England (national "
         "grouping starting with Y) and open on the snapshot date.",
         "Integrated care boards (ICBs): the distinct ICBs of the ONS lookup, matched to the export by "
         "their ODS code. Sub-ICB locations and former CCGs are left out.",
         "Commissioning support units (CSUs): the ODS CSU file when given, otherwise the export rows whose "
         "primary sector is CSU.",
         "An organisation with no export row is still in the briefing, as Not Published."},
        body, content.x, content.width);
    flow_bullets(doc, coverage_bullets(d), body, content.x, content.width);

    sub("Status of an organisation", "methodology-status");
    flow_bullets(
        doc,
        {"The status is the organisation's own export row when it is of " + edition + ".",
         "Otherwise (an older edition, Not Published, or no row), an organisation whose ODS successor has a "
         "status of " +
             edition + " inherits it; if not, it is Not Published.",
         "Status text that is none of the known outcomes counts as Not Published and is listed under "
         "data quality. If more than 5 % of the organisations in the briefing had such a text, the run "
         "would stop unless told to accept them.",
         "The five statuses, worst to best: Not Published, Standards Not Met, Approaching Standards, "
         "Standards Met, Standards Exceeded."},
        body, content.x, content.width);
    write_status_vocabulary(doc, ctx);

    sub("ICB composite score", "methodology-score");
    flow_bullets(
        doc,
        {"Each status is scored: Standards Exceeded 3, Standards Met 1, Approaching Standards \u22121, "
         "Standards Not Met \u22123, Not Published \u22123.",
         "A trust belongs to the ICB named in its ODS row. Composite = 0.5 \u00d7 the mean score of the "
         "ICB's trusts + 0.5 \u00d7 the ICB's own score; an ICB with no trusts takes its own score.",
         "The composite lies between \u22123 and 3 and is mapped on a diverging scale centred on 0."},
        body, content.x, content.width);
    if (!d.in_export(curate::Sector::Icb))
        flow_bullets(doc,
                     {"This export holds no ICB rows, so no ICB has an own score: here the composite is the "
                      "mean score of the ICB's trusts alone, and an ICB without trusts has none and no rank. "
                      "Counting the missing ICB rows as Not Published would pull every score down by 1.5 for "
                      "something the export cannot say."},
                     body, content.x, content.width);

    sub("Maps and changes", "methodology-maps");
    flow_bullets(
        doc,
        {"A trust is placed at its headquarters postcode (ODS) looked up in the ONS postcode file; a trust "
         "whose postcode is not found stays in every table and is listed as not mapped.",
         "Month-on-month change lists every organisation whose status differs from the previous export, "
         "and those that entered or left the briefing.",
         "Percentages are row shares with one decimal place, rounded half up."},
        body, content.x, content.width);

    if (!d.trend.empty()) {
        sub("Trend across snapshots", "methodology-trend");
        flow_bullets(
            doc,
            {"Each earlier snapshot is counted as it stood on its own date: its rows of a sector, by its "
             "sector "
             "column or, for a one-sector published cut, by the sector the run states for it. Not a "
             "like-for-like "
             "panel: organisations open, close and merge between snapshots.",
             "NHS trusts are the rows filed under a trust sector (older exports name the service: Acute, "
             "Mental "
             "Health Trust, Ambulance Trust, Community Services Provider) whose code is an NHS trust code "
             "(three characters, beginning with R or T); ICBs are the rows whose code is an ICB of the ONS "
             "lookup. A code listed twice counts once.",
             "A snapshot's edition is the one the run names for it, else the newest in its statuses; a row "
             "without an outcome of that edition is Not Published.",
             "The latest point is this briefing's own count, so the trend ends at the headline. Every point "
             "shows its date, edition and N, the number of organisations counted."},
            body, content.x, content.width);
    }
}

void write_data_quality(ReportDocument& doc, const BriefingContext& ctx) {
    const TextSpec body = body_text(ctx.style);
    section_heading(doc, "Data quality", anchors::kDataQuality, 0, body.line_height * 8, true);
    const PageLayout& page = doc.layout();
    const draw::Rect content = page.content();
    const double gap = ctx.style.theme().report.paragraph_gap;
    const curate::BriefingData& d = ctx.data;

    const io::Warnings no_warnings;
    const io::Warnings& warnings = ctx.extras.warnings ? *ctx.extras.warnings : no_warnings;
    const std::map<std::string, std::size_t> counts = warnings.counts_by_kind();
    std::map<std::string, std::vector<std::string>> messages;
    for (const auto& w : warnings.all()) messages[w.kind].push_back(w.message);

    std::size_t inherited = 0, trusts = 0, unmapped = 0;
    std::vector<std::string> inherited_lines, unmapped_lines;
    for (const curate::Organisation& o : d.organisations) {
        if (o.decision == curate::Decision::Inherited) {
            ++inherited;
            inherited_lines.push_back(o.display_name + " (" + o.code +
                                      "): " + std::string(curate::status_label(o.status)) +
                                      ", inherited from its successor " + o.inherited_from);
        }
        if (o.sector == curate::Sector::NhsTrust) {
            ++trusts;
            if (!o.location) {
                ++unmapped;
                unmapped_lines.push_back(o.display_name + " (" + o.code + ")" +
                                         (o.postcode.empty() ? ", no postcode" : ", postcode " + o.postcode));
            }
        }
    }
    std::size_t total_warnings = 0;
    for (const auto& [k, n] : counts) total_warnings += n;

    std::string summary = "The run raised " + std::to_string(total_warnings) +
                          (total_warnings == 1 ? " warning" : " warnings") +
                          " about its inputs; none stopped it. ";
    summary += inherited == 0 ? "No organisation takes its status from a successor"
                              : std::to_string(inherited) +
                                    (inherited == 1 ? " organisation takes its status"
                                                    : " organisations take their status") +
                                    " from a successor";
    summary += !d.postcode_file ? "; no postcode file was given, so no trust is placed on the map."
               : unmapped == 0  ? ", and all " + std::to_string(trusts) + " trusts are placed on the map."
                                : ", and " + std::to_string(unmapped) + " of " + std::to_string(trusts) +
                                     " trusts could not be placed on the map.";
    summary += " Every warning is listed in " + std::string(io::kDataQualityCsv) + " beside this briefing.";
    flow_paragraph(doc, summary, body, content.x, content.width);
    doc.advance(gap);
    write_status_guard_notes(doc, ctx);

    if (!counts.empty()) {
        Table t;
        const double count_w = page.span_width(2);
        t.columns = {
            {"Warning", page.span_width(3), draw::HAlign::Left, std::nullopt},
            {"What it means", content.width - page.span_width(3) - count_w, draw::HAlign::Left, std::nullopt},
            {"Count", count_w, draw::HAlign::Right, std::nullopt}};
        for (const auto& [kind, n] : counts) {
            t.rows.push_back({RowKind::Body,
                              {{kind, std::nullopt, false},
                               {meaning_of(kind), std::nullopt, false},
                               {std::to_string(n), std::nullopt, false}}});
        }
        flow_table(doc, t);
        doc.advance(gap);
    }

    // Details a reader may want to follow up, each list capped so the page stays readable.
    const std::size_t cap = static_cast<std::size_t>(ctx.style.theme().report.data_quality_max_items);
    // `rest` names the file that lists every entry when the page shows only the first.
    auto detail = [&](const std::string& title, const std::string& anchor,
                      const std::vector<std::string>& lines, const std::string& rest) {
        if (lines.empty()) return;
        section_heading(doc, title, anchor, 1, body.line_height * 3);
        std::vector<std::string> shown(lines.begin(),
                                       lines.begin() + static_cast<long>(std::min(cap, lines.size())));
        if (lines.size() > cap) {
            shown.push_back("\u2026 and " + std::to_string(lines.size() - cap) + " more: every one is in " +
                            rest + ".");
        }
        flow_bullets(doc, shown, small_text(ctx.style), content.x, content.width);
    };
    const std::string every_warning = std::string(io::kDataQualityCsv) + " (one row per warning)";
    detail("Unknown status text", "data-quality-unknown", messages["unknown-status"], every_warning);
    detail("Repaired names", "data-quality-repaired", messages["repaired-name"], every_warning);
    detail("Inherited statuses", "data-quality-inherited", inherited_lines,
           "the curated CSVs (column decision)");
    // Without a postcode file no trust could be mapped: the summary says so once.
    if (d.postcode_file)
        detail("Trusts not mapped", "data-quality-unmapped", unmapped_lines,
               "curated/trusts.csv (blank lat and long)");
}

}  // namespace dspt::report
