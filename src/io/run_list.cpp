#include "io/run_list.h"

#include <fstream>
#include <set>

namespace dspt::io {
namespace {

namespace fs = std::filesystem;

// A path that stays inside the output folder: relative, no "..", no "." parts, not empty.
bool is_inside(const fs::path& p) {
    if (p.empty() || p.is_absolute() || p.has_root_name()) return false;
    for (const auto& part : p) {
        const std::string s = part.string();
        if (s.empty() || s == "." || s == "..") return false;
    }
    return true;
}

}  // namespace

std::string run_list_text(const std::vector<OutputFile>& files) {
    std::set<std::string> sorted;
    for (const auto& f : files) sorted.insert(f.relative_path.generic_string());
    std::string text =
        "# Files the last dspt-report run wrote here; the next run removes those it does not write.\n";
    for (const auto& p : sorted) text += p + '\n';
    return text;
}

std::vector<fs::path> read_run_list(const fs::path& out_dir) {
    std::vector<fs::path> out;
    std::ifstream in(out_dir / kRunListFile, std::ios::binary);
    for (std::string line; std::getline(in, line);) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (line.empty() || line.front() == '#') continue;
        fs::path p(line);
        if (is_inside(p) && p.generic_string() != kRunListFile) out.push_back(p.lexically_normal());
    }
    return out;
}

std::vector<fs::path> remove_previous_outputs(const fs::path& out_dir, const std::vector<fs::path>& previous,
                                              const std::vector<OutputFile>& files) {
    std::set<std::string> now;
    for (const auto& f : files) now.insert(f.relative_path.lexically_normal().generic_string());
    std::vector<fs::path> removed;
    std::set<fs::path> folders;
    for (const auto& rel : previous) {
        if (now.contains(rel.generic_string())) continue;
        std::error_code ec;
        const fs::path p = out_dir / rel;
        const auto st = fs::symlink_status(p, ec);
        if (ec || !(fs::is_regular_file(st) || fs::is_symlink(st))) continue;
        if (!fs::remove(p, ec) || ec) continue;
        removed.push_back(rel);
        for (fs::path f = rel.parent_path(); !f.empty(); f = f.parent_path()) folders.insert(f);
    }
    // Deepest first, so png/icb goes before png; fs::remove only removes an empty folder.
    for (auto it = folders.rbegin(); it != folders.rend(); ++it) {
        std::error_code ec;
        const fs::path dir = out_dir / *it;
        if (fs::is_directory(fs::symlink_status(dir, ec)) && fs::is_empty(dir, ec) && !ec)
            fs::remove(dir, ec);
    }
    return removed;
}

}  // namespace dspt::io
