// Where the binary finds its styles and fonts (cli/install_paths): a copy of it in some
// prefix's bin/ reads <prefix>/share/dspt-report, never the source tree it was built from,
// and says so in --help; without that folder it stops with an error naming where it looked.
#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <string>

#include "report/pdf_tools.h"

namespace fs = std::filesystem;
using dspt::test::run_command;
using dspt::test::shell_quoted;

BOOST_AUTO_TEST_SUITE(install_layout)

BOOST_AUTO_TEST_CASE(copied_binary_reads_share_beside_it) {
    dspt::test::TempFolder tmp("e2e-install");
    const fs::path bin = tmp.path() / "prefix" / "bin" / "dspt-report";
    fs::create_directories(bin.parent_path());
    fs::copy_file(DSPT_BINARY, bin);
    const std::string manifest = DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml";
    // In a subshell, so its stderr reaches the captured output (run_command drops its own).
    const std::string build = "(" + shell_quoted(bin) + " build " + shell_quoted(manifest) + " --out " +
                              shell_quoted(tmp.path() / "out") + " 2>&1)";

    // No share/dspt-report yet: the source tree's styles must not be used.
    BOOST_TEST(run_command(shell_quoted(bin) + " --help").out.find("no default style found") !=
               std::string::npos);
    const auto without = run_command(build);
    BOOST_TEST(WEXITSTATUS(without.status) == 1);
    BOOST_TEST(
        without.out.find("no default style: no " +
                         (tmp.path() / "prefix/share/dspt-report/styles").string()) != std::string::npos,
        without.out);

    const fs::path share = tmp.path() / "prefix" / "share" / "dspt-report";
    fs::create_directories(share);
    fs::copy(DSPT_SOURCE_DIR "/styles", share / "styles");
    fs::copy(DSPT_SOURCE_DIR "/fonts", share / "fonts");
    BOOST_TEST(run_command(shell_quoted(bin) + " --help").out.find((share / "styles/nhs.toml").string()) !=
               std::string::npos);
    const auto with = run_command("export SOURCE_DATE_EPOCH=1700092800; " + build);
    BOOST_TEST(WEXITSTATUS(with.status) == 0, with.out);
    BOOST_TEST(fs::file_size(tmp.path() / "out" / "briefing.pdf") > 100000u);
}

// `cmake --install` puts the example style override beside the example manifests, and the
// installed binary accepts it as --style (issue #13 item 10).
BOOST_AUTO_TEST_CASE(install_holds_the_example_style_override) {
    dspt::test::TempFolder tmp("e2e-install-rules");
    const fs::path prefix = tmp.path() / "prefix";
    const fs::path build_dir = fs::path(DSPT_BINARY).parent_path();
    const auto install = run_command("cmake --install " + shell_quoted(build_dir) + " --prefix " +
                                     shell_quoted(prefix) + " >/dev/null 2>&1");
    BOOST_REQUIRE_EQUAL(WEXITSTATUS(install.status), 0);
    const fs::path projector = prefix / "share/doc/dspt-report/examples/styles/projector.toml";
    BOOST_REQUIRE(fs::is_regular_file(projector));
    const std::string build =
        "(export SOURCE_DATE_EPOCH=1700092800; " + shell_quoted(prefix / "bin/dspt-report") + " build " +
        shell_quoted(DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml") + " --out " +
        shell_quoted(tmp.path() / "out") + " --style " + shell_quoted(projector) + " 2>&1)";
    const auto with = run_command(build);
    BOOST_TEST(WEXITSTATUS(with.status) == 0, with.out);
    BOOST_TEST(
        with.out.find("style override " + projector.string() + " changes 4 key(s)") != std::string::npos,
        with.out);
}

BOOST_AUTO_TEST_CASE(build_folder_binary_reads_the_source_tree) {
    const auto help = run_command(shell_quoted(DSPT_BINARY) + " build --help").out;
    BOOST_TEST(help.find(DSPT_SOURCE_DIR "/styles/nhs.toml") != std::string::npos, help);
}

BOOST_AUTO_TEST_SUITE_END()
