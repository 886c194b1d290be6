// The build itself (issue #13, item 12): warnings are errors only where the project's
// scripts and CI ask for it (DSPT_WERROR, off by default), and a Release build with the
// project's compiler is clean (GCC 12 reported a false -Wrestrict in atomic_file.cpp).
#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>

#include "report/pdf_tools.h"

namespace fs = std::filesystem;
using dspt::test::run_command;
using dspt::test::shell_quoted;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

// The compile commands a fresh configure of the source tree gives with `flags`.
std::string compile_commands(const fs::path& dir, const std::string& flags) {
    const auto r =
        run_command("cmake -S " + shell_quoted(fs::path(DSPT_SOURCE_DIR)) + " -B " + shell_quoted(dir) +
                    " -DDSPT_BENCH=OFF -DCMAKE_EXPORT_COMPILE_COMMANDS=ON " + flags + " >/dev/null 2>&1");
    BOOST_REQUIRE_EQUAL(r.status, 0);
    return slurp(dir / "compile_commands.json");
}

}  // namespace

BOOST_AUTO_TEST_SUITE(build_options_e2e)

BOOST_AUTO_TEST_CASE(warnings_are_errors_only_when_asked) {
    dspt::test::TempFolder tmp("e2e-cmake");
    const std::string plain = compile_commands(tmp.path() / "plain", "-DCMAKE_BUILD_TYPE=Release");
    BOOST_TEST(plain.find("-Wall") != std::string::npos);
    BOOST_TEST(plain.find("-Werror") == std::string::npos, "a user's build makes warnings errors");
    const std::string strict = compile_commands(tmp.path() / "strict", "-DDSPT_WERROR=ON");
    BOOST_TEST(strict.find("-Werror") != std::string::npos);
    // The project's own scripts and CI turn it on, and CI also builds Release.
    BOOST_TEST(slurp(DSPT_SOURCE_DIR "/scripts/build").find("-DDSPT_WERROR=ON") != std::string::npos);
    BOOST_TEST(slurp(DSPT_SOURCE_DIR "/.ci/run").find("BUILD_TYPE=Release") != std::string::npos);
}

BOOST_AUTO_TEST_CASE(release_flags_compile_atomic_file_cleanly) {
    dspt::test::TempFolder tmp("e2e-release");
    const auto r = run_command("c++ -std=c++20 -O3 -DNDEBUG -Wall -Wextra -Wpedantic -Werror -I" +
                               shell_quoted(fs::path(DSPT_SOURCE_DIR) / "src") + " -c " +
                               shell_quoted(fs::path(DSPT_SOURCE_DIR) / "src/io/atomic_file.cpp") + " -o " +
                               shell_quoted(tmp.path() / "atomic_file.o") + " 2>&1");
    BOOST_TEST(r.status == 0, r.out);
}

BOOST_AUTO_TEST_SUITE_END()
