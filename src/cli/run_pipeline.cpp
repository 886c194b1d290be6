#include "cli/run_pipeline.h"

#include <chrono>
#include <future>
#include <optional>

#include "curate/curated_files.h"
#include "curate/curation.h"
#include "curate/sector_coverage.h"
#include "figures/icb_slides.h"
#include "figures/png_export.h"
#include "figures/slide_alt_text.h"
#include "figures/svg_export.h"
#include "io/atomic_file.h"
#include "io/input_error.h"
#include "io/manifest.h"
#include "io/readers.h"
#include "io/run_list.h"
#include "io/warnings_csv.h"
#include "maps/map_layers.h"
#include "report/briefing_pdf.h"
#include "report/document.h"
#include "report/icb_pages_pdf.h"
#include "report/text_coverage.h"
#include "stats/table_files.h"
#include "style/fonts.h"
#include "style/style.h"

namespace dspt::cli {
namespace {

namespace fs = std::filesystem;

class Stopwatch {
public:
    double lap() {
        const auto now = std::chrono::steady_clock::now();
        const double s = std::chrono::duration<double>(now - start_).count();
        start_ = now;
        return s;
    }

private:
    std::chrono::steady_clock::time_point start_ = std::chrono::steady_clock::now();
};

std::string file_name(const std::string& path) { return fs::path(path).filename().string(); }

// The snapshot date: the manifest's when given, else the date in the export's file name.
io::Date reference_date_of(const io::Manifest& m, io::Warnings& warnings) {
    const auto from_name = io::date_from_export_file_name(file_name(m.dspt_export));
    if (m.reference_date) {
        if (from_name && *from_name != *m.reference_date)
            warnings.add("reference-date-mismatch", m.path,
                         "briefing.reference_date " + m.reference_date->iso() +
                             " differs from the export's file name (" + from_name->iso() +
                             "); the manifest's date is used");
        return *m.reference_date;
    }
    if (!from_name)
        throw io::InputError(m.path, "no briefing.reference_date, and the export's file name '" +
                                         file_name(m.dspt_export) + "' holds no dd_mm_yyyy date");
    return *from_name;
}

}  // namespace

void run_pipeline(const PipelineOptions& options, std::ostream& log, RunSummary& summary) {
    io::Warnings& warnings = summary.warnings;
    Stopwatch clock;

    // ---- read -------------------------------------------------------------------
    log << "dspt-report: reading manifest " << options.manifest_path << '\n';
    const io::Manifest manifest = io::read_manifest(options.manifest_path, options.command == Command::Build);
    // An output folder that cannot be written, or an invalid SOURCE_DATE_EPOCH, is found
    // now, not after the rendering.
    io::check_output_folder(options.out_dir);
    (void)report::source_date_epoch_from_env();

    curate::CurationInputs in;
    in.title = manifest.title;
    in.edition = manifest.edition;
    in.accept_unknown_statuses = options.accept_unknown_statuses;
    in.reference_date = reference_date_of(manifest, warnings);

    auto note = [&](const std::string& label, const std::string& path, std::size_t rows) {
        summary.inputs.push_back({label, path, rows});
        log << "dspt-report: read " << label << ": " << rows << " rows\n";
    };
    in.current = io::read_dspt_export(manifest.dspt_export, warnings);
    note("DSPT export", manifest.dspt_export, in.current.records.size());
    if (manifest.previous_export) {
        in.previous = io::read_dspt_export(*manifest.previous_export, warnings);
        note("previous DSPT export", *manifest.previous_export, in.previous->records.size());
    }
    // Earlier snapshots for the trend; a file that is also the previous export is read once.
    for (const auto& h : manifest.history) {
        curate::CurationInputs::History entry{h.date, h.edition, std::nullopt, std::nullopt};
        if (h.sector)
            entry.sector = h.sector == "ICB"   ? curate::Sector::Icb
                           : h.sector == "CSU" ? curate::Sector::Csu
                                               : curate::Sector::NhsTrust;
        if (!(manifest.previous_export && *manifest.previous_export == h.export_path)) {
            io::ExportReadOptions read_options{false, false, {}};
            // Rows of the sectors a trend counts only, unless the run states the file's one sector.
            if (!h.sector)
                read_options.keep_sector = [](std::string_view s) {
                    return curate::sector_of_label(s).has_value();
                };
            entry.exported = io::read_dspt_export(h.export_path, warnings, read_options);
            note("earlier snapshot (" + h.date.iso() +
                     (h.sector ? "" : ", rows of the trend's sectors kept") + ")",
                 h.export_path, entry.exported->records.size());
        }
        in.history.push_back(std::move(entry));
    }
    for (const auto& path : manifest.ods_trusts) {
        auto rows = io::read_ods_organisations(path, warnings);
        note("ODS trusts (" + file_name(path) + ")", path, rows.size());
        in.ods_trusts.insert(in.ods_trusts.end(), std::make_move_iterator(rows.begin()),
                             std::make_move_iterator(rows.end()));
    }
    if (manifest.ods_csus) {
        in.ods_csus = io::read_ods_organisations(*manifest.ods_csus, warnings);
        note("ODS CSUs", *manifest.ods_csus, in.ods_csus->size());
    }
    if (manifest.ods_successors) {
        in.successors = io::read_ods_successors(*manifest.ods_successors, warnings);
        note("ODS successors", *manifest.ods_successors, in.successors.size());
    }
    in.ons = io::read_ons_lookup(manifest.ons_lookup, warnings);
    note("ONS lookup (distinct ICBs)", manifest.ons_lookup, in.ons.icbs.size());
    if (manifest.postcodes) {
        in.postcodes =
            io::read_postcodes(*manifest.postcodes, curate::wanted_postcodes(in.ods_trusts), warnings);
        note("postcodes (trust HQs kept)", *manifest.postcodes, in.postcodes.size());
    } else {
        in.have_postcode_file = false;
    }
    summary.stages.push_back({"read", clock.lap()});

    // ---- curate -----------------------------------------------------------------
    curate::BriefingData data = curate::curate(in, warnings);
    for (const auto& o : data.organisations)
        ++summary.organisations_per_sector[static_cast<std::size_t>(o.sector)];
    summary.sector_in_export = data.sector_in_export;
    summary.has_previous = data.has_previous;
    summary.status_changes = data.changes.size();
    // Computed once: the tables, the run record, the figures and the PDF all read these.
    stats::BriefingStats briefing_stats = stats::compute_briefing_stats(data);
    summary.briefing = briefing_facts(data, briefing_stats.by_sector);

    std::vector<io::OutputFile> outputs = curate::curated_files(data);
    for (auto& f : stats::table_files(data, briefing_stats)) outputs.push_back(std::move(f));
    summary.stages.push_back({"curate", clock.lap()});

    if (options.command == Command::Build) {
        // ---- figures --------------------------------------------------------------
        // The PDF is laid out in the main style; slide PNGs in the slide style it names
        // (png.slide_style, e.g. slides.toml, which extends it). The user's override goes
        // on top of both, so one changed colour recolours the PDF and the slides alike.
        const style::Style style =
            style::Style::load(options.style_path, options.style_override, options.style_path);
        const style::Style slide_style =
            style::Style::load(style.theme().png.slide_style, options.style_override, options.style_path);
        if (!options.style_override.empty()) {
            const auto& keys = style.overridden_keys();
            std::string list;
            for (const auto& k : keys) list += (list.empty() ? ": " : ", ") + k;
            log << "dspt-report: style override " << options.style_override << " changes " << keys.size()
                << " key(s)" << list << '\n';
        }
        const auto fonts = style::load_fonts(style);
        report::warn_undrawable_text(data, *fonts, manifest.path, warnings);
        const dspt::maps::MapLayers maps = dspt::maps::load_and_join_map_layers(
            manifest.icb_boundaries, manifest.region_boundaries, data.icbs, style, warnings);
        // Tables, ranks and the boundary join derived once, shared by the PDF and the slides.
        const figures::FigureInputs page_inputs{
            data, style, &maps, figures::derive(std::move(briefing_stats), data, style, &maps)};
        const figures::FigureInputs slide_inputs{data, slide_style, &maps, page_inputs.shared_derived()};
        // Each ICB's PDF pages (issue #14) share nothing with the slides and the briefing but
        // these read-only inputs: they are laid out on other threads (fonts of their own, no
        // warnings to add) while this one draws, and collected before the files are written.
        // Declared after everything they read, so an exception here waits for them first.
        const bool icb_pages = manifest.icb_pages && !options.no_icb_pages;
        std::future<std::vector<io::OutputFile>> icb_pdfs;
        if (icb_pages) {
            report::ReportExtras icb_extras;
            icb_extras.version = DSPT_VERSION;
            icb_extras.fonts = nullptr;
            icb_pdfs = std::async(std::launch::async, [&page_inputs, icb_extras] {
                return report::icb_pdf_files(page_inputs, icb_extras);
            });
        }
        for (auto& f : figures::render_pngs(slide_inputs, page_inputs, *fonts, options.png))
            outputs.push_back(std::move(f));
        // Each ICB's slide (issue #14), unless the run leaves them out.
        if (icb_pages)
            for (auto& f : figures::render_icb_slides(slide_inputs, *fonts, options.png.subdirectory))
                outputs.push_back(std::move(f));
        outputs.push_back(figures::slide_alt_text_file(slide_inputs, page_inputs, options.png, icb_pages));
        if (options.svg)
            for (auto& f : figures::render_svgs(slide_inputs, *fonts)) outputs.push_back(std::move(f));
        log << "dspt-report: rendered " << figures::all_figures(slide_inputs).size() << " figures\n";
        summary.stages.push_back({"figures", clock.lap()});

        // ---- pdf --------------------------------------------------------------------
        report::ReportExtras extras;
        extras.version = DSPT_VERSION;
        extras.warnings = &warnings;
        extras.fonts = fonts.get();
        for (const auto& in_read : summary.inputs)
            extras.inputs.emplace_back(in_read.label, file_name(in_read.path));
        outputs.push_back(
            {"briefing.pdf", report::render_briefing_pdf(data, figures::all_figures(page_inputs), page_inputs,
                                                         style, extras)});
        log << "dspt-report: laid out briefing.pdf\n";
        if (icb_pages) {
            for (auto& f : icb_pdfs.get()) outputs.push_back(std::move(f));
            log << "dspt-report: laid out " << page_inputs.derived().icb_briefs.size()
                << " ICB pages (icb/<code>.pdf, " << report::kIcbPagesPdf << ")\n";
        }
        summary.stages.push_back({"pdf", clock.lap()});
    }

    // ---- write ------------------------------------------------------------------
    // Last, so it holds the warnings of every stage.
    outputs.push_back({io::kDataQualityCsv, io::warnings_csv(warnings)});
    log << "dspt-report: writing " << outputs.size() << " files to " << options.out_dir.string() << '\n';
    // What the previous run wrote and this one does not (--png-2x then without, a
    // status_changes.csv without a previous export) describes another run: it goes.
    const auto previous_outputs = io::read_run_list(options.out_dir);
    outputs.push_back({io::kRunListFile, io::run_list_text(outputs)});
    for (const auto& f : outputs) summary.outputs.push_back(options.out_dir / f.relative_path);
    io::write_files_atomically(options.out_dir, outputs);
    for (const auto& rel : io::remove_previous_outputs(options.out_dir, previous_outputs, outputs))
        log << "dspt-report: removed " << (options.out_dir / rel).string()
            << ", which this run does not write\n";
    summary.stages.push_back({"write", clock.lap()});
}

}  // namespace dspt::cli
