#include "cli/file_digest.h"

#include <nettle/sha2.h>

#include <array>
#include <fstream>
#include <vector>

namespace dspt::cli {
namespace {

std::string hex(const std::array<std::uint8_t, SHA256_DIGEST_SIZE>& digest) {
    static constexpr char kDigits[] = "0123456789abcdef";
    std::string out;
    out.reserve(2 * digest.size());
    for (std::uint8_t b : digest) {
        out.push_back(kDigits[b >> 4]);
        out.push_back(kDigits[b & 0x0f]);
    }
    return out;
}

}  // namespace

std::optional<FileDigest> digest_file(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    sha256_ctx ctx;
    sha256_init(&ctx);
    std::vector<char> block(1 << 20);
    FileDigest d;
    while (in) {
        in.read(block.data(), static_cast<std::streamsize>(block.size()));
        const auto n = static_cast<std::size_t>(in.gcount());
        sha256_update(&ctx, n, reinterpret_cast<const std::uint8_t*>(block.data()));
        d.size += n;
    }
    if (in.bad()) return std::nullopt;
    std::array<std::uint8_t, SHA256_DIGEST_SIZE> digest{};
    sha256_digest(&ctx, digest.size(), digest.data());
    d.sha256 = hex(digest);
    return d;
}

}  // namespace dspt::cli
