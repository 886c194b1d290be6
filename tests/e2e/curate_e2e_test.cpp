// End to end: the real dspt-report binary, `curate` on the sample bundle. The expected
// figures were worked out independently from the raw files (METHODOLOGY.md by hand).
#include <sys/wait.h>
#include <unistd.h>

#include <boost/test/unit_test.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

namespace fs = std::filesystem;

namespace {

std::string slurp(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
}

std::vector<std::string> lines_of(const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
}

std::string shell_quote(const std::string& s) {
    std::string out = "'";
    for (char c : s) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

struct TempDir {
    fs::path path;
    TempDir() {
        std::string pattern = (fs::temp_directory_path() / "dspt-e2e-curate-XXXXXX").string();
        path = ::mkdtemp(pattern.data());
    }
    ~TempDir() { fs::remove_all(path); }
};

struct Result {
    int exit_code = -1;
    std::string out;
    std::string err;
};

// Runs the binary with `args`; stdout and stderr captured through files in `scratch`.
Result run(const std::vector<std::string>& args, const fs::path& scratch) {
    std::string command = shell_quote(DSPT_BINARY);
    for (const auto& a : args) command += " " + shell_quote(a);
    const fs::path out = scratch / "stdout.txt", err = scratch / "stderr.txt";
    command += " >" + shell_quote(out.string()) + " 2>" + shell_quote(err.string());
    const int status = std::system(command.c_str());
    Result r;
    r.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = slurp(out);
    r.err = slurp(err);
    return r;
}

const std::string kManifest2023 = std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2023-11.toml";
const std::string kManifest2019 = std::string(DSPT_SOURCE_DIR) + "/examples/dspt-2019-06-all-sectors.toml";
const std::string kStatusHeader =
    "Not Published,Standards Not Met,Approaching Standards,Standards Met,Standards Exceeded,Total";

// Runs `curate` on the default manifest once for the tests that only read its outputs.
struct Curated2023 {
    TempDir dir;
    Result result;
    fs::path out;
    Curated2023() : out(dir.path / "out") {
        result = run({"curate", kManifest2023, "--out", out.string()}, dir.path);
    }
};

const Curated2023& curated2023() {
    static const Curated2023 run_once;
    return run_once;
}

// The default manifest with `history` instead of its [[history]] entries, its paths made absolute.
std::string default_manifest_with_history(const fs::path& path, const std::string& history) {
    const fs::path data = fs::path(DSPT_SHARED_DATA).lexically_normal();
    std::string text = slurp(kManifest2023);
    text = text.substr(0, text.find("[[history]]"));
    std::string out;  // the example's paths are relative to examples/
    for (std::size_t at = 0;;) {
        const std::size_t q = text.find("\"../../shared/data/", at);
        if (q == std::string::npos) {
            out += text.substr(at);
            break;
        }
        out += text.substr(at, q - at) + "\"" + data.string() + "/";
        at = q + std::string("\"../../shared/data/").size();
    }
    std::ofstream(path) << out << history;
    return path.string();
}

}  // namespace

BOOST_AUTO_TEST_SUITE(curate_e2e)

BOOST_AUTO_TEST_CASE(default_manifest_succeeds_with_every_file) {
    const auto& c = curated2023();
    BOOST_TEST_INFO(c.result.err);
    BOOST_REQUIRE_EQUAL(c.result.exit_code, 0);
    for (const char* f :
         {"curated/trusts.csv", "curated/icbs.csv", "curated/csus.csv", "tables/summary_by_sector.csv",
          "tables/summary_by_sector_pct.csv", "tables/icb_scores.csv", "tables/status_changes.csv",
          "tables/trusts_by_region.csv", "tables/trend.csv"})
        BOOST_CHECK_MESSAGE(fs::is_regular_file(c.out / f), f);
    // The run summary on stderr: counts per sector and time per stage.
    BOOST_CHECK(c.result.err.find("NHS Trust 210, ICB 42, CSU 5, total 257") != std::string::npos);
    BOOST_CHECK(c.result.err.find("time: read ") != std::string::npos);
    BOOST_CHECK(c.result.out.empty());
}

BOOST_AUTO_TEST_CASE(summary_by_sector_matches_the_independent_count) {
    const auto& c = curated2023();
    BOOST_CHECK_EQUAL(slurp(c.out / "tables/summary_by_sector.csv"),
                      "sector," + kStatusHeader +
                          "\n"
                          "NHS Trust,0,0,57,138,15,210\n"
                          "Integrated Care Board (ICB),0,0,1,34,7,42\n"
                          "Commissioning Support Unit (CSU),1,0,0,0,4,5\n"
                          "Total,1,0,58,172,26,257\n");
    BOOST_CHECK_EQUAL(slurp(c.out / "tables/summary_by_sector_pct.csv"),
                      "sector," + kStatusHeader +
                          "\n"
                          "NHS Trust,0.0,0.0,27.1,65.7,7.1,100.0\n"
                          "Integrated Care Board (ICB),0.0,0.0,2.4,81.0,16.7,100.0\n"
                          "Commissioning Support Unit (CSU),20.0,0.0,0.0,0.0,80.0,100.0\n"
                          "Total,0.4,0.0,22.6,66.9,10.1,100.0\n");
}

BOOST_AUTO_TEST_CASE(icb_composite_scores_extremes) {
    const auto lines = lines_of(slurp(curated2023().out / "tables/icb_scores.csv"));
    BOOST_REQUIRE_EQUAL(lines.size(), 43u);
    BOOST_CHECK_EQUAL(
        lines[0], "ICB23CD,ICB23CDH,ICB23NM,region,icb_status,trusts,trust_mean_score,composite_score,rank");
    double lowest = 10, highest = -10;
    std::string lowest_line;
    std::vector<std::string> highest_codes;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        const std::string without_rank = lines[i].substr(0, lines[i].rfind(','));
        const double score = std::stod(without_rank.substr(without_rank.rfind(',') + 1));
        const std::string code = lines[i].substr(10, 3);
        if (score < lowest) lowest = score, lowest_line = lines[i];
        if (score > highest) highest = score, highest_codes.clear();
        if (score == highest) highest_codes.push_back(code);
    }
    BOOST_CHECK_EQUAL(
        lowest_line,
        "E54000057,QOP,NHS Greater Manchester Integrated Care Board,North West,Approaching Standards,10,"
        "0.800,-0.100,42");
    BOOST_CHECK_EQUAL(highest, 2.0);
    const std::vector<std::string> expected_highest = {"QSL", "QXU"};
    BOOST_CHECK_EQUAL_COLLECTIONS(highest_codes.begin(), highest_codes.end(), expected_highest.begin(),
                                  expected_highest.end());
    bool found_qrv = false;
    for (const auto& l : lines)
        if (l.starts_with("E54000027,QRV,")) found_qrv = l.ends_with(",Standards Exceeded,8,0.750,1.875,3");
    BOOST_CHECK(found_qrv);
}

BOOST_AUTO_TEST_CASE(status_changes_since_october) {
    BOOST_CHECK_EQUAL(
        slurp(curated2023().out / "tables/status_changes.csv"),
        "code,name,sector,previous_status,current_status,change\n"
        "RDU,FRIMLEY HEALTH NHS FOUNDATION TRUST,NHS Trust,Approaching Standards,Standards Met,better\n"
        "RNK,TAVISTOCK AND PORTMAN NHS FOUNDATION TRUST,NHS Trust,Standards Not Met,Approaching "
        "Standards,better\n"
        "RRP,\"BARNET, ENFIELD AND HARINGEY MENTAL HEALTH NHS TRUST\",NHS Trust,Approaching Standards,"
        "Standards Met,better\n"
        "RY2,Bridgewater Community Healthcare NHS Foundation Trust,NHS Trust,Approaching Standards,"
        "Standards Met,better\n"
        "RYK,Dudley Integrated Health and Care NHS Trust,NHS Trust,Approaching Standards,Standards "
        "Met,better\n"
        "0AR,NHS NORTH OF ENGLAND CSU,Commissioning Support Unit (CSU),(not in briefing),Standards "
        "Exceeded,entered\n"
        "0CX,Midlands and Lancashire CSU,Commissioning Support Unit (CSU),(not in briefing),Standards "
        "Exceeded,entered\n"
        "0DE,NHS ARDEN AND GREATER EAST MIDLANDS CSU,Commissioning Support Unit (CSU),(not in briefing),"
        "Standards Exceeded,entered\n"
        "0DF,\"NHS South, Central and West CSU\",Commissioning Support Unit (CSU),(not in briefing),"
        "Standards Exceeded,entered\n"
        "0DJ,NHS NEL CSU,Commissioning Support Unit (CSU),(not in briefing),Not Published,entered\n");
}

BOOST_AUTO_TEST_CASE(curated_trusts_are_all_mapped_and_welsh_and_closed_are_out) {
    const auto& c = curated2023();
    const std::string trusts = slurp(c.out / "curated/trusts.csv");
    const auto lines = lines_of(trusts);
    BOOST_REQUIRE_EQUAL(lines.size(), 211u);
    BOOST_CHECK_EQUAL(
        lines[0],
        "code,name,display_name,sector,icb_ons_code,icb_ods_code,icb_name,region,raw_status,status,decision,"
        "published,postcode,lat,long");
    BOOST_CHECK_EQUAL(
        lines[1],
        "R0A,MANCHESTER UNIVERSITY NHS FOUNDATION TRUST,Manchester University NHS Foundation Trust,NHS "
        "Trust,E54000057,QOP,NHS Greater Manchester "
        "Integrated Care Board,North West,22/23 Standards Met,Standards Met,own,2023-06-30,M13 "
        "9WL,53.46244,-2.22771");
    for (std::size_t i = 1; i < lines.size(); ++i)
        BOOST_CHECK_MESSAGE(!lines[i].ends_with(",,"), "not mapped: " << lines[i]);
    for (const char* gone : {"\nRQF,", "\nRT4,", "\nRYT,", "\nRA4,", "\nRVY,"})  // 3 Welsh, 2 closed
        BOOST_CHECK_MESSAGE(trusts.find(gone) == std::string::npos, gone);
    // name as exported, display_name with the apostrophes the portal lost put back.
    BOOST_CHECK(trusts.find("\nRQ3,Birmingham Women?s and Children?s NHS Foundation Trust,"
                            "Birmingham Women's and Children's NHS Foundation Trust,") != std::string::npos);
    BOOST_CHECK_EQUAL(lines_of(slurp(c.out / "curated/icbs.csv")).size(), 43u);
    BOOST_CHECK_EQUAL(lines_of(slurp(c.out / "curated/csus.csv")).size(), 6u);
    BOOST_CHECK(c.result.err.find("unmatched-postcode") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(output_is_deterministic) {
    TempDir dir;
    const Result r = run({"curate", kManifest2023, "--out", (dir.path / "again").string()}, dir.path);
    BOOST_REQUIRE_EQUAL(r.exit_code, 0);
    for (const auto& entry : fs::recursive_directory_iterator(curated2023().out)) {
        if (!entry.is_regular_file()) continue;
        const fs::path rel = fs::relative(entry.path(), curated2023().out);
        BOOST_CHECK_MESSAGE(slurp(entry.path()) == slurp(dir.path / "again" / rel), rel.string());
    }
}

BOOST_AUTO_TEST_CASE(older_2019_export_runs_with_warnings_counted) {
    TempDir dir;
    const Result r = run({"curate", kManifest2019, "--out", (dir.path / "out").string()}, dir.path);
    BOOST_TEST_INFO(r.err);
    BOOST_REQUIRE_EQUAL(r.exit_code, 0);
    // 2023 ODS on a 2019 date: 210 open trusts plus RA4 and RVY (closed in 2023).
    BOOST_CHECK_EQUAL(slurp(dir.path / "out/tables/summary_by_sector.csv"),
                      "sector," + kStatusHeader +
                          "\n"
                          "NHS Trust,2,8,83,112,7,212\n"
                          "Integrated Care Board (ICB),,,,,,\n"
                          "Commissioning Support Unit (CSU),0,0,0,5,1,6\n"
                          "Total,2,8,83,117,8,218\n");
    BOOST_CHECK(r.err.find("legacy-status: 83") != std::string::npos);
    // The one trust with an empty status has no status (Not Published), not an unknown one.
    BOOST_CHECK(r.err.find("unknown-status") == std::string::npos);
    BOOST_CHECK(r.err.find("unparsed-date: 184") != std::string::npos);
    // A short log however many warnings: examples per kind, the rest counted.
    BOOST_CHECK_LT(lines_of(r.err).size(), 60u);
    const std::string trusts = slurp(dir.path / "out/curated/trusts.csv");
    BOOST_CHECK(trusts.find("own ('Standards not fully met (plan agreed)' read as Approaching Standards)") !=
                std::string::npos);
    BOOST_CHECK(
        trusts.find("own (no edition in the older export layout; of the 18/19 edition the run names)") !=
        std::string::npos);
}

BOOST_AUTO_TEST_CASE(bad_input_is_one_error_line_and_keeps_previous_outputs) {
    TempDir dir;
    const fs::path out = dir.path / "out";
    BOOST_REQUIRE_EQUAL(run({"curate", kManifest2023, "--out", out.string()}, dir.path).exit_code, 0);
    const std::string before = slurp(out / "tables/summary_by_sector.csv");

    // Same manifest, but the export is a file with a header and no data rows.
    const fs::path shared = fs::path(DSPT_SHARED_DATA) / "dspt-2023-11";
    const fs::path bad_export = dir.path / "DSPT search results 16_11_2023.csv";
    std::ofstream(bad_export) << "Code,Organisation Name,Status,Date Of Publication,Primary Sector\n";
    const fs::path manifest = dir.path / "bad.toml";
    std::ofstream(manifest) << "[inputs]\n"
                            << "dspt_export = \"" << bad_export.string() << "\"\n"
                            << "ods_trusts = [\"" << (shared / "ods/etr.csv").string() << "\"]\n"
                            << "ons_lookup = \"" << (shared / "ons/LOC23_ICB23_NHSER23_EN_LU.csv").string()
                            << "\"\n"
                            << "icb_boundaries = \""
                            << (shared / "boundaries/ICB_APR_2023_EN_BSC.shp").string() << "\"\n"
                            << "region_boundaries = \""
                            << (shared / "boundaries/NHSER_JUL_2022_EN_BUC.shp").string() << "\"\n";
    const Result r = run({"curate", manifest.string(), "--out", out.string()}, dir.path);
    BOOST_CHECK_EQUAL(r.exit_code, 1);
    const auto err_lines = lines_of(r.err);
    BOOST_REQUIRE(!err_lines.empty());
    BOOST_CHECK(err_lines.back().starts_with("dspt-report: error: " + bad_export.string() + ":1"));
    BOOST_CHECK_EQUAL(
        std::count_if(err_lines.begin(), err_lines.end(),
                      [](const std::string& l) { return l.starts_with("dspt-report: error:"); }),
        1);
    BOOST_CHECK_EQUAL(slurp(out / "tables/summary_by_sector.csv"), before);
}

// The trend of the default run: the four snapshots of the NHS trusts, counted
// independently from the raw files (trust-sector rows with an R/T three-character code;
// each its edition's outcome, else Not Published). June 2019 (18/19): 118 Met + 9
// Exceeded of 229 (RQF, filed under "NHS Digital", is not a trust row); Sep 2022
// (21/22 cut, 3 "#N/A"): 129 + 15 of 215; Oct 2023: 134 + 15 of 211; Nov 2023: the
// briefing's own 210 (summary_by_sector.csv).
BOOST_AUTO_TEST_CASE(trend_of_the_default_run) {
    const auto& c = curated2023();
    BOOST_REQUIRE_EQUAL(c.result.exit_code, 0);
    BOOST_CHECK_EQUAL(slurp(c.out / "tables/trend.csv"),
                      "date,edition,sector," + kStatusHeader.substr(0, kStatusHeader.size() - 6) +
                          ",N,met_or_exceeded_pct\n"
                          "2019-06-17,18/19,NHS Trust,2,8,92,118,9,229,55.5\n"
                          "2019-06-17,18/19,Commissioning Support Unit (CSU),0,0,0,5,1,6,100.0\n"
                          "2022-09-09,21/22,NHS Trust,3,5,63,129,15,215,67.0\n"
                          "2023-10-17,22/23,NHS Trust,0,2,60,134,15,211,70.6\n"
                          "2023-10-17,22/23,Integrated Care Board (ICB),0,0,1,34,7,42,97.6\n"
                          "2023-11-16,22/23,NHS Trust,0,0,57,138,15,210,72.9\n"
                          "2023-11-16,22/23,Integrated Care Board (ICB),0,0,1,34,7,42,97.6\n"
                          "2023-11-16,22/23,Commissioning Support Unit (CSU),1,0,0,0,4,5,80.0\n");
    // The October export is both the previous export and a snapshot: read once.
    std::size_t reads = 0;
    for (std::size_t at = 0; (at = c.result.err.find("17_10_2023.csv)", at)) != std::string::npos; ++at)
        ++reads;
    BOOST_CHECK_EQUAL(reads, 1u);
    // The 2019 export's 184 "CompletedThroughQIO" dates are not read for a trend.
    BOOST_CHECK(c.result.err.find("unparsed-date") == std::string::npos);
}

BOOST_AUTO_TEST_CASE(history_free_run_has_no_trend_table) {
    TempDir dir;
    const Result r = run({"curate", kManifest2019, "--out", (dir.path / "out").string()}, dir.path);
    BOOST_REQUIRE_EQUAL(r.exit_code, 0);
    BOOST_CHECK(!fs::exists(dir.path / "out/tables/trend.csv"));
    BOOST_CHECK(slurp(dir.path / "out/.dspt-report-outputs").find("trend") == std::string::npos);
}

// Each history error is one line naming the file.
BOOST_AUTO_TEST_CASE(history_errors_are_one_line_naming_the_file) {
    TempDir dir;
    const fs::path data = fs::path(DSPT_SHARED_DATA).lexically_normal();  // as the manifest resolves paths
    const std::string export_2019 =
        (data / "dspt-2019-06-all-sectors/DSPT Progress as of 17_06_2019.csv").string();
    const std::string cut_2022 = (data / "dspt-history/DSPT_trusts_21_22_snapshot09_09_22.csv").string();
    const auto manifest_with = [&](const std::string& name, const std::string& history) {
        return default_manifest_with_history(dir.path / name, history);
    };
    const struct {
        const char* name;
        std::string history;
        std::string file;
        std::string says;
    } cases[] = {
        {"no-edition.toml", "[[history]]\nexport = \"" + export_2019 + "\"\n", export_2019,
         "names no edition (older export layout)"},
        {"later.toml",
         "[[history]]\nexport = \"" + cut_2022 + "\"\nsector = \"NHS Trust\"\ndate = 2024-01-31\n", cut_2022,
         "is after the current export"},
        {"same-date.toml",
         "[[history]]\nexport = \"" + export_2019 + "\"\nedition = \"18/19\"\ndate = 2022-09-09\n" +
             "[[history]]\nexport = \"" + cut_2022 + "\"\nsector = \"NHS Trust\"\n",
         cut_2022, "the same date as DSPT Progress as of 17_06_2019.csv"},
    };
    for (const auto& k : cases) {
        const Result r =
            run({"curate", manifest_with(k.name, k.history), "--out", (dir.path / "out").string()}, dir.path);
        BOOST_TEST_INFO(k.name << ": " << r.err);
        BOOST_CHECK_EQUAL(r.exit_code, 1);
        const auto lines = lines_of(r.err);
        BOOST_REQUIRE(!lines.empty());
        BOOST_CHECK(lines.back().starts_with("dspt-report: error: " + k.file));
        BOOST_CHECK(lines.back().find(k.says) != std::string::npos);
        BOOST_CHECK_EQUAL(
            std::count_if(lines.begin(), lines.end(),
                          [](const std::string& l) { return l.starts_with("dspt-report: error:"); }),
            1);
    }
}

// Oddities in a history file are warnings like any other: counted, in data_quality.csv,
// the run goes on (one unknown status of 216 rows is under the 5 % guard).
BOOST_AUTO_TEST_CASE(history_warnings_are_listed_in_data_quality) {
    TempDir dir;
    const fs::path cut_2022 =
        fs::path(DSPT_SHARED_DATA).lexically_normal() / "dspt-history/DSPT_trusts_21_22_snapshot09_09_22.csv";
    std::string text = slurp(cut_2022);
    const auto line2 = text.find('\n') + 1;
    const auto end2 = text.find('\n', line2) + 1;
    const std::string row2 = text.substr(line2, end2 - line2);
    std::string odd = row2;
    odd.replace(odd.rfind("21/22 Approaching Standards"), std::string("21/22 Approaching Standards").size(),
                "21/22 Standards Whatever");
    if (text.back() != '\n') text += '\n';  // the published file has no final line break
    text = text.substr(0, line2) + odd + text.substr(end2) + row2;  // and RJ1 again at the end, other status
    const fs::path cut = dir.path / "DSPT_trusts_21_22_snapshot09_09_22.csv";
    std::ofstream(cut, std::ios::binary) << text;
    const std::string m = default_manifest_with_history(
        dir.path / "odd.toml", "[[history]]\nexport = \"" + cut.string() + "\"\nsector = \"NHS Trust\"\n");
    const Result r = run({"curate", m, "--out", (dir.path / "out").string()}, dir.path);
    BOOST_TEST_INFO(r.err);
    BOOST_REQUIRE_EQUAL(r.exit_code, 0);
    const std::string dq = slurp(dir.path / "out/tables/data_quality.csv");
    BOOST_CHECK(dq.find("unknown-status," + cut.string() + ",2,") != std::string::npos);
    BOOST_CHECK(dq.find("duplicate-code," + cut.string() + ",217,") != std::string::npos);
    BOOST_CHECK(r.err.find("unknown-status: 1") != std::string::npos);
    // The row counts as Not Published: 3 "#N/A" + 1; Approaching 63 - 1.
    BOOST_CHECK(
        slurp(dir.path / "out/tables/trend.csv").find("2022-09-09,21/22,NHS Trust,4,5,62,129,15,215,67.0") !=
        std::string::npos);
}

BOOST_AUTO_TEST_CASE(missing_manifest_is_exit_1) {
    TempDir dir;
    const Result r = run({"curate", (dir.path / "nope.toml").string()}, dir.path);
    BOOST_CHECK_EQUAL(r.exit_code, 1);
    const auto lines = lines_of(r.err);
    BOOST_REQUIRE_EQUAL(lines.size(), 2u);  // "reading manifest ..." progress, then the error
    BOOST_CHECK(lines[1].starts_with("dspt-report: error: " + (dir.path / "nope.toml").string()));
}

BOOST_AUTO_TEST_CASE(usage_errors_are_exit_2_help_and_version_exit_0) {
    TempDir dir;
    BOOST_CHECK_EQUAL(run({}, dir.path).exit_code, 2);
    BOOST_CHECK_EQUAL(run({"curate"}, dir.path).exit_code, 2);
    BOOST_CHECK_EQUAL(run({"frobnicate", kManifest2023}, dir.path).exit_code, 2);
    BOOST_CHECK_EQUAL(run({"curate", kManifest2023, "--no-such-option"}, dir.path).exit_code, 2);
    const Result help = run({"curate", "--help"}, dir.path);
    BOOST_CHECK_EQUAL(help.exit_code, 0);
    BOOST_CHECK(help.out.find("--out") != std::string::npos);
    const Result build_help = run({"build", "--help"}, dir.path);
    BOOST_CHECK_EQUAL(build_help.exit_code, 0);
    BOOST_CHECK(build_help.out.find("--style") != std::string::npos);
    const Result version = run({"--version"}, dir.path);
    BOOST_CHECK_EQUAL(version.exit_code, 0);
    BOOST_CHECK(version.out.starts_with("dspt-report "));
}

BOOST_AUTO_TEST_SUITE_END()
