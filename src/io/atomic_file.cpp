#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

namespace dspt::io {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
    throw std::runtime_error(path.string() + ": " + what + ": " + std::strerror(error));
}

// ".NAME.tmp-": what a temporary for NAME starts with. Appended piece by piece: GCC 12
// at -O3 reports a false -Wrestrict inside std::string for `"." + name + ".tmp-"`
// (GCC bug 105329), and a Release build must be as clean as the others.
std::string temporary_prefix(const std::filesystem::path& destination) {
    const std::string name = destination.filename().string();
    std::string prefix;
    prefix.reserve(name.size() + 6);
    prefix.push_back('.');
    prefix.append(name);
    prefix.append(".tmp-");
    return prefix;
}

// Closes the descriptor and removes the temporary unless released: an exception
// anywhere between mkstemp and rename leaves no stray file behind.
class TempFile {
public:
    explicit TempFile(const std::filesystem::path& destination) {
        pattern_ = (destination.parent_path() / (temporary_prefix(destination) + "XXXXXX")).string();
        fd_ = ::mkstemp(pattern_.data());
        if (fd_ < 0) fail(destination, "cannot create a temporary file beside it", errno);
    }
    ~TempFile() {
        if (fd_ >= 0) ::close(fd_);
        if (!renamed_) ::unlink(pattern_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    int fd() const { return fd_; }
    const std::string& path() const { return pattern_; }
    int close() {
        const int rc = ::close(fd_);
        fd_ = -1;
        return rc;
    }
    void mark_renamed() { renamed_ = true; }

private:
    std::string pattern_;
    int fd_ = -1;
    bool renamed_ = false;
};

void sync_directory(const std::filesystem::path& dir) {
    // Makes the rename itself durable; not every file system supports it, and the data
    // is already safe, so a failure here is not an error.
    const int fd = ::open(dir.empty() ? "." : dir.c_str(), O_RDONLY | O_DIRECTORY);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

}  // namespace

namespace {

// Step one: the bytes, on disk, in a temporary beside `dest`.
std::unique_ptr<TempFile> write_temporary(const std::filesystem::path& destination, std::string_view bytes) {
    auto tmp = std::make_unique<TempFile>(destination);
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(tmp->fd(), p, left);
        if (n < 0) {
            if (errno == EINTR) continue;
            fail(destination, "cannot write", errno);
        }
        p += n;
        left -= static_cast<std::size_t>(n);
    }
    // mkstemp creates 0600; outputs are ordinary files, so give them what open() would.
    const mode_t mask = ::umask(0);
    ::umask(mask);
    if (::fchmod(tmp->fd(), 0666 & ~mask) != 0) fail(destination, "cannot set permissions", errno);
    if (::fsync(tmp->fd()) != 0) fail(destination, "cannot flush to disk", errno);
    if (tmp->close() != 0) fail(destination, "cannot close", errno);
    return tmp;
}

// Step two: the temporary takes the destination's name.
void rename_into_place(TempFile& tmp, const std::filesystem::path& dest,
                       const std::filesystem::path& destination) {
    if (::rename(tmp.path().c_str(), dest.c_str()) != 0) fail(destination, "cannot rename into place", errno);
    tmp.mark_renamed();
}

std::filesystem::path with_folder(const std::filesystem::path& destination) {
    return destination.parent_path().empty() ? std::filesystem::path(".") / destination : destination;
}

// A run killed between mkstemp and rename (SIGKILL, power loss) leaves ".NAME.tmp-XXXXXX"
// beside NAME; the next run writing NAME removes them so they do not pile up. Only our
// own pattern for names being written now is touched.
void remove_stale_temporaries(const std::filesystem::path& dest) {
    std::error_code ec;
    const std::string prefix = temporary_prefix(dest);
    std::vector<std::filesystem::path> stale;
    for (std::filesystem::directory_iterator it(dest.parent_path(), ec), end; !ec && it != end;
         it.increment(ec)) {
        const std::string name = it->path().filename().string();
        if (name.size() == prefix.size() + 6 && name.starts_with(prefix) && it->is_regular_file(ec))
            stale.push_back(it->path());
    }
    for (const auto& p : stale) std::filesystem::remove(p, ec);
}

}  // namespace

void write_file_atomically(const std::filesystem::path& destination, std::string_view bytes) {
    const std::filesystem::path dest = with_folder(destination);
    remove_stale_temporaries(dest);
    auto tmp = write_temporary(dest, bytes);
    rename_into_place(*tmp, dest, destination);
    sync_directory(dest.parent_path());
}

void ensure_directory(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw std::runtime_error(dir.string() + ": cannot create the folder: " + ec.message());
    if (!std::filesystem::is_directory(dir)) throw std::runtime_error(dir.string() + ": not a folder");
}

void write_files_atomically(const std::filesystem::path& out_dir, const std::vector<OutputFile>& files) {
    // A run writes inside its output folder, each file once: a relative path that climbs
    // out ("..") or is absolute, or one named twice, is refused before anything is written.
    std::vector<std::filesystem::path> names;
    names.reserve(files.size());
    for (const auto& f : files) {
        const std::filesystem::path p = f.relative_path.lexically_normal();
        if (p.empty() || p.is_absolute() || *p.begin() == ".." || p.has_root_path())
            throw std::runtime_error(f.relative_path.string() + ": not a path inside the output folder");
        names.push_back(p);
    }
    std::sort(names.begin(), names.end());
    if (const auto twice = std::adjacent_find(names.begin(), names.end()); twice != names.end())
        throw std::runtime_error(twice->string() + ": the run would write this file twice");
    // Every temporary is removed by its TempFile if anything throws before its rename.
    std::vector<std::unique_ptr<TempFile>> written;
    written.reserve(files.size());
    for (const auto& f : files) {
        const std::filesystem::path dest = with_folder(out_dir / f.relative_path);
        ensure_directory(dest.parent_path());
        remove_stale_temporaries(dest);
        written.push_back(write_temporary(dest, f.bytes));
    }
    std::vector<std::filesystem::path> folders;
    for (std::size_t i = 0; i < files.size(); ++i) {
        const std::filesystem::path dest = with_folder(out_dir / files[i].relative_path);
        rename_into_place(*written[i], dest, out_dir / files[i].relative_path);
        if (std::find(folders.begin(), folders.end(), dest.parent_path()) == folders.end())
            folders.push_back(dest.parent_path());
    }
    for (const auto& folder : folders) sync_directory(folder);
}

void check_output_folder(const std::filesystem::path& dir) {
    namespace fs = std::filesystem;
    const fs::path wanted = dir.empty() ? fs::path(".") : dir;
    std::error_code ec;
    const auto status = fs::status(wanted, ec);
    if (fs::exists(status) && !fs::is_directory(status))
        throw std::runtime_error(dir.string() + ": the output folder is a file");
    // The folder itself, or the nearest ancestor that exists: the one a new file or folder goes into.
    fs::path probe_in = fs::absolute(wanted, ec);
    if (ec) probe_in = wanted;
    const bool exists = fs::exists(status);
    while (!fs::exists(fs::status(probe_in, ec)) && probe_in.has_relative_path())
        probe_in = probe_in.parent_path();
    const std::string what = exists ? "cannot write to the output folder" : "cannot create the output folder";
    if (!fs::is_directory(fs::status(probe_in, ec))) fail(dir, what, ENOTDIR);
    // Root passes every permission check, so ask the file system itself: create a file
    // there and remove it (read-only mounts, /proc and full quotas all refuse).
    std::string pattern = (probe_in / ".dspt-report-write-test-XXXXXX").string();
    const int fd = ::mkstemp(pattern.data());
    if (fd < 0) fail(dir, what, errno);
    ::close(fd);
    ::unlink(pattern.c_str());
}

}  // namespace dspt::io
