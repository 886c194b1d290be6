#pragma once
// zlib-format compression (RFC 1950) for the PNGs' image data and the PDFs' streams, by
// libdeflate rather than zlib: whole buffers at once, several times faster than zlib at the
// same or a better ratio. Deflating was 40 % of a build's CPU with zlib (issue #14).
// The bytes depend on the input, the level and the libdeflate version only.
#include <cstddef>
#include <cstdint>
#include <memory>
#include <vector>

struct libdeflate_compressor;

namespace dspt::draw {

class ZlibCompressor {
public:
    // level 1 (fastest) .. 12 (smallest); throws std::invalid_argument outside, and
    // std::bad_alloc when libdeflate cannot allocate its tables.
    explicit ZlibCompressor(int level);
    ~ZlibCompressor();
    ZlibCompressor(const ZlibCompressor&) = delete;
    ZlibCompressor& operator=(const ZlibCompressor&) = delete;

    // Appends the zlib stream of `size` bytes at `data` to `out`.
    void compress(const unsigned char* data, std::size_t size, std::vector<unsigned char>& out);

private:
    struct Free {
        void operator()(libdeflate_compressor* c) const;
    };
    std::unique_ptr<libdeflate_compressor, Free> c_;
};

// CRC-32 as PNG chunks use it (ISO 3309), continuing from `crc` (0 to start).
std::uint32_t crc32(std::uint32_t crc, const unsigned char* data, std::size_t size);

}  // namespace dspt::draw
