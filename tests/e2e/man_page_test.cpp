// The hand-written man page (man/dspt-report.1.in) describes every option --help lists, so
// an option added to the command line without a word in the man page fails here.
#include <boost/test/unit_test.hpp>
#include <regex>
#include <set>
#include <string>

#include "report/pdf_tools.h"

using dspt::test::run_command;
using dspt::test::shell_quoted;

BOOST_AUTO_TEST_SUITE(man_page)

BOOST_AUTO_TEST_CASE(man_page_describes_every_option) {
    const std::string man = dspt::test::read_bytes(DSPT_SOURCE_DIR "/man/dspt-report.1.in");
    BOOST_REQUIRE(!man.empty());
    std::set<std::string> options;
    const std::regex option(R"((^|\s)(--[a-z0-9][a-z0-9-]*))");
    for (const char* command : {"", " build", " curate"}) {
        const auto help = run_command(shell_quoted(DSPT_BINARY) + command + " --help").out;
        for (auto it = std::sregex_iterator(help.begin(), help.end(), option); it != std::sregex_iterator();
             ++it)
            options.insert((*it)[2].str());
    }
    BOOST_TEST(options.count("--record") == 1u);
    BOOST_TEST(options.size() > 8u);
    for (const auto& o : options) {
        std::string escaped;  // troff writes each - as \-
        for (char c : o) escaped += c == '-' ? std::string("\\-") : std::string(1, c);
        BOOST_TEST(man.find(escaped) != std::string::npos, "man/dspt-report.1.in does not describe " << o);
    }
}

BOOST_AUTO_TEST_SUITE_END()
