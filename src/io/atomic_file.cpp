#include "io/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <stdexcept>
#include <string>

namespace dspt::io {
namespace {

[[noreturn]] void fail(const std::filesystem::path& path, const std::string& what, int error) {
    throw std::runtime_error(path.string() + ": " + what + ": " + std::strerror(error));
}

// Closes the descriptor and removes the temporary unless released: an exception
// anywhere between mkstemp and rename leaves no stray file behind.
class TempFile {
public:
    explicit TempFile(const std::filesystem::path& destination) {
        pattern_ =
            (destination.parent_path() / ("." + destination.filename().string() + ".tmp-XXXXXX")).string();
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

void write_file_atomically(const std::filesystem::path& destination, std::string_view bytes) {
    std::filesystem::path dest = destination;
    if (dest.parent_path().empty()) dest = std::filesystem::path(".") / dest;
    TempFile tmp(dest);
    const char* p = bytes.data();
    std::size_t left = bytes.size();
    while (left > 0) {
        const ssize_t n = ::write(tmp.fd(), p, left);
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
    if (::fchmod(tmp.fd(), 0666 & ~mask) != 0) fail(destination, "cannot set permissions", errno);
    if (::fsync(tmp.fd()) != 0) fail(destination, "cannot flush to disk", errno);
    if (tmp.close() != 0) fail(destination, "cannot close", errno);
    if (::rename(tmp.path().c_str(), dest.c_str()) != 0) fail(destination, "cannot rename into place", errno);
    tmp.mark_renamed();
    sync_directory(dest.parent_path());
}

void ensure_directory(const std::filesystem::path& dir) {
    std::error_code ec;
    std::filesystem::create_directories(dir, ec);
    if (ec) throw std::runtime_error(dir.string() + ": cannot create folder: " + ec.message());
    if (!std::filesystem::is_directory(dir)) throw std::runtime_error(dir.string() + ": not a folder");
}

void write_files_atomically(const std::filesystem::path& out_dir, const std::vector<OutputFile>& files) {
    for (const auto& f : files) {
        const std::filesystem::path dest = out_dir / f.relative_path;
        ensure_directory(dest.parent_path());
        write_file_atomically(dest, f.bytes);
    }
}

}  // namespace dspt::io
