// The one translation unit per test executable that defines Boost.Test's main().
#define BOOST_TEST_MODULE dspt_report_tests
#include <boost/test/unit_test.hpp>
