#pragma once
// Test helpers around the poppler and qpdf command-line tools: run a command and capture
// its output, read a rendered page as pixels, list the outline of a PDF.
#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

namespace dspt::test {

struct CommandResult {
    int status = -1;
    std::string out;
};

inline CommandResult run_command(const std::string& command) {
    CommandResult r;
    FILE* p = popen((command + " 2>/dev/null").c_str(), "r");
    if (!p) throw std::runtime_error("cannot run " + command);
    std::array<char, 4096> buf{};
    std::size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), p)) > 0) r.out.append(buf.data(), n);
    r.status = pclose(p);
    return r;
}

inline std::string shell_quoted(const std::filesystem::path& p) {
    std::string out = "'";
    for (char c : p.string()) out += c == '\'' ? std::string("'\\''") : std::string(1, c);
    return out + "'";
}

inline std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream s;
    s << in.rdbuf();
    return s.str();
}

// Rows of a CSV the run wrote: quoted fields may hold commas (not line breaks); a CR
// before the line break (RFC 4180, png/alt_text.csv) is dropped.
inline std::vector<std::vector<std::string>> csv_rows(const std::filesystem::path& p) {
    std::vector<std::vector<std::string>> rows;
    std::istringstream in(read_bytes(p));
    std::string line;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        std::vector<std::string> fields(1);
        bool quoted = false;
        for (char c : line) {
            if (c == '"')
                quoted = !quoted;
            else if (c == ',' && !quoted)
                fields.emplace_back();
            else
                fields.back() += c;
        }
        rows.push_back(fields);
    }
    return rows;
}

struct Rgb {
    int r = 0, g = 0, b = 0;
};

struct Raster {
    int width = 0, height = 0;
    std::vector<unsigned char> data;  // RGB
    Rgb at(int x, int y) const {
        const auto i =
            (static_cast<std::size_t>(y) * static_cast<std::size_t>(width) + static_cast<std::size_t>(x)) * 3;
        return {data[i], data[i + 1], data[i + 2]};
    }
};

// Renders page `page` (1-based) at `dpi` with pdftoppm and reads the PPM.
inline Raster render_page(const std::filesystem::path& pdf, int page, int dpi,
                          const std::filesystem::path& work) {
    const auto stem = work / "render";
    const auto cmd = "pdftoppm -q -r " + std::to_string(dpi) + " -f " + std::to_string(page) + " -l " +
                     std::to_string(page) + " -singlefile " + shell_quoted(pdf) + " " + shell_quoted(stem);
    if (run_command(cmd).status != 0) throw std::runtime_error("pdftoppm failed on " + pdf.string());
    std::ifstream in(stem.string() + ".ppm", std::ios::binary);
    std::string magic;
    int maxval = 0;
    Raster r;
    in >> magic >> r.width >> r.height >> maxval;
    in.get();
    if (magic != "P6" || maxval != 255) throw std::runtime_error("unexpected PPM from pdftoppm");
    r.data.resize(static_cast<std::size_t>(r.width) * static_cast<std::size_t>(r.height) * 3);
    in.read(reinterpret_cast<char*>(r.data.data()), static_cast<std::streamsize>(r.data.size()));
    return r;
}

// A fresh, empty folder under the system temp dir, removed when the object goes.
class TempFolder {
public:
    explicit TempFolder(const std::string& name)
        : path_(std::filesystem::temp_directory_path() /
                ("dspt-report-test-" + name + "-" + std::to_string(::getpid()))) {
        std::filesystem::remove_all(path_);
        std::filesystem::create_directories(path_);
    }
    ~TempFolder() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempFolder(const TempFolder&) = delete;
    TempFolder& operator=(const TempFolder&) = delete;
    const std::filesystem::path& path() const { return path_; }

private:
    std::filesystem::path path_;
};

}  // namespace dspt::test
