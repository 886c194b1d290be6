#pragma once
// Size and SHA-256 of a file on disk, for the run record (nettle computes the digest).
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>

namespace dspt::cli {

struct FileDigest {
    std::uintmax_t size = 0;
    std::string sha256;  // 64 lower-case hex digits
};

// Reads the file in 1 MiB blocks; nullopt when it cannot be opened or read.
std::optional<FileDigest> digest_file(const std::filesystem::path& path);

}  // namespace dspt::cli
