// End to end: `--record FILE` on the sample bundle. The record is checked against the field
// table in README.md (every field it writes is described there with its type, and every
// described field is present), against the files on disk (sizes, SHA-256 from sha256sum),
// for determinism (two runs differ only in "timing"), and on a failing run.
#include <sys/wait.h>

#include <boost/test/unit_test.hpp>
#include <filesystem>
#include <fstream>
#include <map>
#include <nlohmann/json.hpp>
#include <regex>
#include <set>
#include <string>
#include <vector>

#include "report/pdf_tools.h"

namespace fs = std::filesystem;
using dspt::test::run_command;
using dspt::test::shell_quoted;
using nlohmann::json;

namespace {

const std::string kManifest = DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml";

int run(const std::string& args) {
    return WEXITSTATUS(
        run_command("SOURCE_DATE_EPOCH=1700092800 " + shell_quoted(DSPT_BINARY) + " " + args + " >/dev/null")
            .status);
}

json read_json(const fs::path& p) { return json::parse(dspt::test::read_bytes(p)); }

// "a.{b,c}.d" -> "a.b.d", "a.c.d".
std::vector<std::string> expand_braces(const std::string& pattern) {
    const auto open = pattern.find('{');
    if (open == std::string::npos) return {pattern};
    const auto close = pattern.find('}', open);
    std::vector<std::string> out;
    std::string alternatives = pattern.substr(open + 1, close - open - 1) + ",";
    for (std::size_t start = 0, comma; (comma = alternatives.find(',', start)) != std::string::npos;
         start = comma + 1)
        for (auto& rest : expand_braces(pattern.substr(close + 1)))
            out.push_back(pattern.substr(0, open) + alternatives.substr(start, comma - start) + rest);
    return out;
}

// README's table between the run-record-fields markers: field path -> allowed types.
std::map<std::string, std::set<std::string>> documented_fields() {
    const std::string readme = dspt::test::read_bytes(DSPT_SOURCE_DIR "/README.md");
    const auto begin = readme.find("<!-- run-record-fields: begin -->");
    const auto end = readme.find("<!-- run-record-fields: end -->");
    BOOST_REQUIRE(begin != std::string::npos && end != std::string::npos && begin < end);
    std::map<std::string, std::set<std::string>> fields;
    const std::regex row(R"(^\| `([^`]+)` \| ([a-z0-9 ]+) \|)");
    std::istringstream lines(readme.substr(begin, end - begin));
    for (std::string line; std::getline(lines, line);) {
        std::smatch m;
        if (!std::regex_search(line, m, row)) continue;
        std::set<std::string> types;
        std::string t = m[2].str();
        for (std::size_t start = 0;;) {
            const auto sep = t.find(" or ", start);
            types.insert(t.substr(start, sep == std::string::npos ? std::string::npos : sep - start));
            if (sep == std::string::npos) break;
            start = sep + 4;
        }
        for (auto& f : expand_braces(m[1].str())) fields[f] = types;
    }
    return fields;
}

bool has_type(const json& v, const std::string& type) {
    static const std::regex kDate(R"(\d{4}-\d{2}-\d{2})");
    static const std::regex kSha(R"([0-9a-f]{64})");
    if (type == "null") return v.is_null();
    if (type == "string") return v.is_string();
    if (type == "integer") return v.is_number_integer();
    if (type == "number") return v.is_number();
    if (type == "boolean") return v.is_boolean();
    if (type == "object") return v.is_object();
    if (type == "array") return v.is_array();
    if (type == "date") return v.is_string() && std::regex_match(v.get<std::string>(), kDate);
    if (type == "sha256") return v.is_string() && std::regex_match(v.get<std::string>(), kSha);
    BOOST_FAIL("README names an unknown type '" << type << "'");
    return false;
}

// Every field of `v` is documented with a type it has; every documented field under a
// present, non-null object is there. Returns the problems found.
void check_node(const json& v, const std::string& path,
                const std::map<std::string, std::set<std::string>>& doc, std::vector<std::string>& problems) {
    auto lookup = [&](const std::string& p) -> const std::set<std::string>* {
        if (auto it = doc.find(p); it != doc.end()) return &it->second;
        const auto dot = p.rfind('.');
        if (dot != std::string::npos)
            if (auto it = doc.find(p.substr(0, dot) + ".*"); it != doc.end()) return &it->second;
        return nullptr;
    };
    auto check_one = [&](const json& child, const std::string& p) {
        const auto* types = lookup(p);
        if (!types) {
            problems.push_back(p + ": not described in README");
            return;
        }
        bool ok = false;
        for (const auto& t : *types) ok = ok || has_type(child, t);
        if (!ok) problems.push_back(p + ": " + child.dump() + " is not of the type README gives");
        check_node(child, p, doc, problems);
    };
    if (v.is_object()) {
        for (const auto& [key, child] : v.items()) check_one(child, path.empty() ? key : path + "." + key);
        // Described fields of this object that are missing.
        const std::string prefix = path.empty() ? "" : path + ".";
        for (const auto& [field, types] : doc) {
            if (field.rfind(prefix, 0) != 0) continue;
            const std::string rest = field.substr(prefix.size());
            if (rest.empty() || rest.find('.') != std::string::npos || rest.find('[') != std::string::npos ||
                rest == "*")
                continue;
            if (!v.contains(rest)) problems.push_back(field + ": described in README but missing");
        }
    } else if (v.is_array()) {
        for (const auto& child : v) check_one(child, path + "[]");
    }
}

std::vector<std::string> problems_against_readme(const json& record) {
    std::vector<std::string> problems;
    check_node(record, "", documented_fields(), problems);
    return problems;
}

std::string sha256sum(const fs::path& p) {
    return run_command("sha256sum " + shell_quoted(p)).out.substr(0, 64);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(run_record_e2e)

BOOST_AUTO_TEST_CASE(readme_table_is_read) {
    // The validator below is only as good as the table it reads.
    const auto doc = documented_fields();
    BOOST_TEST(doc.size() > 40u);
    BOOST_TEST(doc.count("headline.csu.by_status.standards_met") == 1u);
    BOOST_TEST((doc.at("inputs[].sha256") == std::set<std::string>{"sha256", "null"}));
}

BOOST_AUTO_TEST_CASE(build_record_matches_readme_and_the_files) {
    dspt::test::TempFolder tmp("e2e-record");
    const auto out = tmp.path() / "out";
    const auto rec_a = tmp.path() / "a.json";
    const auto rec_b = tmp.path() / "b.json";
    BOOST_REQUIRE_EQUAL(run("build " + shell_quoted(kManifest) + " --out " + shell_quoted(out) +
                            " --record " + shell_quoted(rec_a)),
                        0);
    const json a = read_json(rec_a);
    const auto problems = problems_against_readme(a);
    for (const auto& p : problems) BOOST_ERROR(p);

    BOOST_TEST(a["exit_status"] == 0);
    BOOST_TEST(a["error"].is_null());
    BOOST_TEST(a["command"] == "build");
    BOOST_TEST(
        a["tool"]["version"].get<std::string>() ==
        run_command(shell_quoted(DSPT_BINARY) + " --version")
            .out.substr(std::string("dspt-report ").size(), a["tool"]["version"].get<std::string>().size()));
    BOOST_TEST(a["briefing"]["reference_date"] == "2023-11-16");
    BOOST_TEST(a["briefing"]["edition"] == "22/23");
    // The figures of tables/summary_by_sector.csv and the cover.
    BOOST_TEST(a["organisations"]["icb"] == 42);
    BOOST_TEST(a["organisations"]["total"] ==
               a["organisations"]["nhs_trust"].get<int>() + 42 + a["organisations"]["csu"].get<int>());
    const auto pdf_text = run_command("pdftotext -q " + shell_quoted(out / "briefing.pdf") + " -").out;
    for (const char* sector : {"nhs_trust", "icb", "csu"}) {
        const std::string pct = a["headline"][sector]["met_or_exceeded_percent"].get<std::string>() + "%";
        BOOST_TEST(pdf_text.find(pct) != std::string::npos, sector << ": " << pct << " not in the PDF");
    }

    // Inputs: the export with its real size and digest and the rows the reader kept.
    bool saw_export = false;
    for (const auto& in : a["inputs"]) {
        if (in["role"] != "dspt_export") continue;
        saw_export = true;
        const fs::path p = in["path"].get<std::string>();
        BOOST_TEST(in["size_bytes"].get<std::uintmax_t>() == fs::file_size(p));
        BOOST_TEST(in["sha256"] == sha256sum(p));
        BOOST_TEST(in["rows"].get<int>() > 300);
    }
    BOOST_TEST(saw_export);
    // The trend's earlier snapshots: 2019 and 2022 as "history"; October 2023 once, as the previous export.
    std::vector<int> history_rows;
    std::size_t october = 0;
    for (const auto& in : a["inputs"]) {
        if (in["role"] == "history") history_rows.push_back(in["rows"].get<int>());
        if (in["path"].get<std::string>().find("17_10_2023") != std::string::npos) ++october;
    }
    BOOST_TEST((history_rows == std::vector<int>{469, 215}));  // 2019: the rows of trust, ICB and CSU sectors
    BOOST_TEST(october == 1u);

    // Outputs: exactly the files in the folder, each with its size and digest.
    std::set<std::string> on_disk, recorded;
    for (const auto& e : fs::recursive_directory_iterator(out))
        if (e.is_regular_file()) on_disk.insert(e.path().lexically_relative(out).generic_string());
    for (const auto& f : a["outputs"]) {
        const std::string rel = f["path"];
        recorded.insert(rel);
        BOOST_TEST(f["size_bytes"].get<std::uintmax_t>() == fs::file_size(out / rel), rel);
        BOOST_TEST(f["sha256"] == sha256sum(out / rel), rel);
    }
    BOOST_TEST((recorded == on_disk));
    BOOST_TEST(recorded.count("briefing.pdf") == 1u);

    // A second run on the same inputs: the same record apart from the stage times.
    BOOST_REQUIRE_EQUAL(run("build " + shell_quoted(kManifest) + " --out " + shell_quoted(out) +
                            " --record " + shell_quoted(rec_b)),
                        0);
    json b = read_json(rec_b);
    json a_rest = a;
    BOOST_TEST(a_rest.erase("timing") == 1u);
    BOOST_TEST(b.erase("timing") == 1u);
    BOOST_TEST(a_rest == b, "records differ outside timing:\n" << a_rest.dump(1) << "\n" << b.dump(1));
    BOOST_TEST(a["timing"]["stages"].size() == 5u);
}

BOOST_AUTO_TEST_CASE(failed_run_records_the_error) {
    dspt::test::TempFolder tmp("e2e-record-fail");
    const auto manifest = tmp.path() / "broken.toml";
    {
        std::ofstream m(manifest);
        m << "[briefing]\nreference_date = 2023-11-16\n[inputs]\ndspt_export = \"missing.csv\"\n";
    }
    const auto rec = tmp.path() / "record.json";
    BOOST_TEST(run("curate " + shell_quoted(manifest) + " --out " + shell_quoted(tmp.path() / "out") +
                   " --record " + shell_quoted(rec)) == 1);
    BOOST_REQUIRE(fs::exists(rec));
    const json r = read_json(rec);
    for (const auto& p : problems_against_readme(r)) BOOST_ERROR(p);
    BOOST_TEST(r["exit_status"] == 1);
    BOOST_TEST(r["command"] == "curate");
    BOOST_TEST(r["error"].get<std::string>().find("missing.csv") != std::string::npos);
    BOOST_TEST(r["briefing"].is_null());
    BOOST_TEST(r["outputs"].empty());
    BOOST_REQUIRE(!r["inputs"].empty());
    BOOST_TEST(r["inputs"][0]["role"] == "manifest");
    BOOST_TEST(r["inputs"][0]["sha256"] == sha256sum(manifest));

    // A usage error writes none.
    const auto none = tmp.path() / "none.json";
    BOOST_TEST(run("curate --no-such-option --record " + shell_quoted(none)) == 2);
    BOOST_TEST(!fs::exists(none));
}

BOOST_AUTO_TEST_CASE(curate_record_without_previous_export) {
    dspt::test::TempFolder tmp("e2e-record-curate");
    const auto rec = tmp.path() / "record.json";
    BOOST_REQUIRE_EQUAL(
        run("curate " + shell_quoted(DSPT_SOURCE_DIR "/examples/dspt-2019-06-all-sectors.toml") + " --out " +
            shell_quoted(tmp.path() / "out") + " --record " + shell_quoted(rec)),
        0);
    const json r = read_json(rec);
    for (const auto& p : problems_against_readme(r)) BOOST_ERROR(p);
    BOOST_TEST(r["headline"]["status_changes"].is_null());
    BOOST_TEST(r["briefing"]["previous_reference_date"].is_null());
    BOOST_TEST(r["timing"]["stages"].size() == 3u);  // read, curate, write
    for (const auto& in : r["inputs"]) BOOST_TEST(in["role"] != "style");
}

BOOST_AUTO_TEST_SUITE_END()
