#include "cli/command_line.h"

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <filesystem>
#include <iostream>
#include <new>

#include "cli/install_paths.h"
#include "cli/run_pipeline.h"
#include "cli/run_record.h"
#include "cli/usage.h"
#include "curate/status_guard.h"
#include "io/input_error.h"

namespace dspt::cli {
namespace {

namespace fs = std::filesystem;

// The default style: $DSPT_STYLE, else styles/nhs.toml where cli/install_paths finds it.
// (--style names an override applied on top of it, not a replacement.)
std::string resolve_default_style() {
    if (const char* env = std::getenv("DSPT_STYLE"); env && *env) return env;
    return default_style_path();
}

void add_record_option(CLI::App& command, RunRecord& record) {
    command.add_option(
        "--record", record.path,
        "Also write a JSON record of the run to FILE (inputs and outputs with SHA-256, headline "
        "figures, warnings, stage times, exit status; also on failure)");
}

// METHODOLOGY.md's guard: more than 5 % unrecognised statuses stop the run unless accepted.
void add_accept_unknown_statuses_flag(CLI::App& command, PipelineOptions& options) {
    command.add_flag(curate::kAcceptUnknownStatusesFlag, options.accept_unknown_statuses,
                     "Count unrecognised status texts as Not Published even when more than 5 % of the "
                     "organisations have one (the PDF's data-quality page says so)");
}

// Exactly one line on stderr, whatever the message holds.
int fail(const std::string& message, int status = kExitBadInput) {
    std::string line = message;
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    std::cerr << "dspt-report: error: " << line << std::endl;
    return status;
}

int usage_error(const std::string& message) {
    return fail(message + " (see dspt-report --help)", kExitUsage);
}

}  // namespace

int run_command_line(int argc, char** argv) {
    PipelineOptions options;
    RunSummary summary;
    RunRecord record;
    bool parsed = false;  // usage errors write no record
    auto finish = [&](int status, const std::string& error) {
        return parsed ? record.finish(options, summary, status, error) : status;
    };
    try {
        CLI::App app{"dspt-report: the monthly DSPT cyber security briefing (curated CSVs, slide PNGs, PDF)",
                     "dspt-report"};
        app.set_version_flag("--version", std::string("dspt-report ") + DSPT_VERSION);
        app.require_subcommand(1);
        app.footer(default_style_note());

        std::string out_dir = "out";
        std::string style;

        auto* build = app.add_subcommand("build", "Curate, tabulate and render the figures and the PDF");
        build
            ->add_option("MANIFEST", options.manifest_path,
                         "Run manifest (TOML), e.g. examples/dspt-2023-11.toml")
            ->required();
        build->add_option("--out", out_dir, "Output folder")->capture_default_str();
        build->add_option("--style", style,
                          "Style override (TOML): only the keys it changes, applied to the PDF and the slide "
                          "PNGs alike, e.g. examples/styles/projector.toml; " +
                              default_style_note());
        build->add_flag("--png-2x", options.png.also_2x,
                        "Also write png/<id>@2x.png at twice the resolution");
        build->add_flag("--png-print", options.png.print,
                        "Also write png/<id>@print.png, laid out for print at a physical size and dpi");
        build->add_flag("--svg", options.svg,
                        "Also write svg/<id>.svg: each slide figure as a vector image (960 x 540 pt)");
        build->add_flag(
            "--no-icb-pages", options.no_icb_pages,
            "Leave out each ICB's page and slide (icb/<code>.pdf, icb_pages.pdf, png/icb/<code>.png); "
            "the manifest's briefing.icb_pages = false does the same");
        build
            ->add_option("--print-dpi", options.png.print_dpi,
                         "Resolution of the @print PNGs (default: the style's print.dpi)")
            ->check(number_between(30, 1200));
        build
            ->add_option("--print-width-mm", options.png.print_width_mm,
                         "Width of the @print PNGs in mm (default: the style's png.print_width_mm)")
            ->check(number_between(10, 2000));
        build
            ->add_option("--print-height-mm", options.png.print_height_mm,
                         "Height of the @print PNGs in mm (default: the style's png.print_height_mm)")
            ->check(number_between(10, 2000));

        auto* curate = app.add_subcommand("curate", "Curated CSVs and tables only");
        curate->add_option("MANIFEST", options.manifest_path, "Run manifest (TOML)")->required();
        curate->add_option("--out", out_dir, "Output folder")->capture_default_str();
        add_accept_unknown_statuses_flag(*build, options);
        add_accept_unknown_statuses_flag(*curate, options);
        add_record_option(*build, record);
        add_record_option(*curate, record);

        const std::vector<std::string> args(argv + (argc > 0 ? 1 : 0), argv + (argc > 0 ? argc : 0));
        if (args.empty()) return usage_error("a command is required: build or curate");
        if (const auto word = unknown_word(app, args)) return usage_error(*word);
        try {
            app.parse(argc, argv);
        } catch (const CLI::CallForHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForAllHelp& e) {
            return app.exit(e);
        } catch (const CLI::CallForVersion& e) {
            return app.exit(e);
        } catch (const CLI::ParseError& e) {
            return usage_error(usage_message(e));
        }

        // An empty path would silently mean the current folder (or the default style).
        for (const CLI::App* sub : {build, curate})
            for (const char* name : {"MANIFEST", "--out", "--style"}) {
                const CLI::Option* opt = sub->get_option_no_throw(name);
                if (opt && opt->count() > 0 && opt->as<std::string>().empty())
                    return usage_error(std::string(name) + " is an empty path");
            }
        options.out_dir = out_dir;
        if (build->parsed()) options.command = Command::Build;
        parsed = true;
        if (build->parsed()) {
            options.style_path = resolve_default_style();
            if (!fs::is_regular_file(options.style_path))
                throw io::InputError(options.style_path, "style file not found");
            options.style_override = style;
            if (!style.empty() && !fs::is_regular_file(style))
                throw io::InputError(style, "style override file not found");
        }
        run_pipeline(options, std::cerr, summary);
        print_run_summary(summary, std::cerr);
        return finish(kExitOk, "");
    } catch (const io::InputError& e) {
        return finish(fail(e.what()), e.what());
    } catch (const std::bad_alloc&) {
        return finish(fail("out of memory"), "out of memory");
    } catch (const std::exception& e) {
        return finish(fail(e.what()), e.what());
    } catch (...) {
        return finish(fail("unexpected failure"), "unexpected failure");
    }
}

}  // namespace dspt::cli
