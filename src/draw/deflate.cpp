#include "draw/deflate.h"

#include <libdeflate.h>

#include <new>
#include <stdexcept>
#include <string>

namespace dspt::draw {

void ZlibCompressor::Free::operator()(libdeflate_compressor* c) const { libdeflate_free_compressor(c); }

ZlibCompressor::ZlibCompressor(int level) {
    if (level < 1 || level > 12)
        throw std::invalid_argument("deflate level must be 1..12, not " + std::to_string(level));
    c_.reset(libdeflate_alloc_compressor(level));
    if (!c_) throw std::bad_alloc();
}

ZlibCompressor::~ZlibCompressor() = default;

void ZlibCompressor::compress(const unsigned char* data, std::size_t size, std::vector<unsigned char>& out) {
    // An uninitialised buffer: resizing `out` to the bound would first zero megabytes of it.
    const std::size_t bound = libdeflate_zlib_compress_bound(c_.get(), size);
    const std::unique_ptr<unsigned char[]> buffer(new unsigned char[bound]);
    // Within the bound libdeflate cannot run out of room; 0 would mean exactly that.
    const std::size_t n = libdeflate_zlib_compress(c_.get(), data, size, buffer.get(), bound);
    if (n == 0) throw std::logic_error("libdeflate: compressed data larger than its bound");
    out.insert(out.end(), buffer.get(), buffer.get() + n);
}

std::uint32_t crc32(std::uint32_t crc, const unsigned char* data, std::size_t size) {
    return libdeflate_crc32(crc, data, size);
}

}  // namespace dspt::draw
