#include "draw/png_encoder.h"

#include <array>
#include <cmath>
#include <cstdint>
#include <cstring>
#include <memory>
#include <stdexcept>
#include <string>

#include "draw/deflate.h"

namespace dspt::draw {

namespace {

bool is_opaque(const unsigned char* data, int width, int height, int stride) {
    for (int y = 0; y < height; ++y) {
        const unsigned char* row = data + static_cast<std::ptrdiff_t>(y) * stride;
        for (int x = 0; x < width; ++x) {
            std::uint32_t argb = 0;
            std::memcpy(&argb, row + 4 * x, 4);
            if ((argb >> 24) != 0xFF) return false;
        }
    }
    return true;
}

// Cairo keeps native-endian 32-bit words: alpha in the top byte, colour premultiplied.
void to_rgb(const unsigned char* src, int width, unsigned char* dst) {
    for (int x = 0; x < width; ++x) {
        std::uint32_t argb = 0;
        std::memcpy(&argb, src + 4 * x, 4);
        dst[3 * x] = static_cast<unsigned char>(argb >> 16);
        dst[3 * x + 1] = static_cast<unsigned char>(argb >> 8);
        dst[3 * x + 2] = static_cast<unsigned char>(argb);
    }
}

void to_rgba(const unsigned char* src, int width, unsigned char* dst) {
    for (int x = 0; x < width; ++x) {
        std::uint32_t argb = 0;
        std::memcpy(&argb, src + 4 * x, 4);
        const std::uint32_t a = argb >> 24;
        auto unpremultiply = [a](std::uint32_t c) {
            return static_cast<unsigned char>(a == 0 ? 0 : (c * 255 + a / 2) / a);  // as Cairo's writer
        };
        dst[4 * x] = unpremultiply((argb >> 16) & 0xFF);
        dst[4 * x + 1] = unpremultiply((argb >> 8) & 0xFF);
        dst[4 * x + 2] = unpremultiply(argb & 0xFF);
        dst[4 * x + 3] = static_cast<unsigned char>(a);
    }
}

void put_u32(std::vector<unsigned char>& out, std::uint32_t v) {
    out.push_back(static_cast<unsigned char>(v >> 24));
    out.push_back(static_cast<unsigned char>(v >> 16));
    out.push_back(static_cast<unsigned char>(v >> 8));
    out.push_back(static_cast<unsigned char>(v));
}

// A chunk is its length, its type, its data and the CRC of type and data (PNG spec, 5.3).
// The data are appended between open_chunk and close_chunk, which fills in the length.
void close_chunk(std::vector<unsigned char>& out, std::size_t type_at) {
    const std::size_t size = out.size() - type_at - 4;
    if (size > 0x7FFFFFFFu) throw std::runtime_error("PNG chunk larger than 2^31 - 1 bytes");
    const auto n = static_cast<std::uint32_t>(size);
    for (int i = 0; i < 4; ++i) out[type_at - 4 + i] = static_cast<unsigned char>(n >> (24 - 8 * i));
    put_u32(out, crc32(0, out.data() + type_at, out.size() - type_at));
}

std::size_t open_chunk(std::vector<unsigned char>& out, const char (&type)[5]) {
    put_u32(out, 0);  // the length, known once the data are in
    const std::size_t type_at = out.size();
    out.insert(out.end(), type, type + 4);
    return type_at;
}

}  // namespace

std::vector<unsigned char> encode_png(cairo_surface_t* image, double dpi, const PngEncoding& encoding) {
    if (cairo_surface_get_type(image) != CAIRO_SURFACE_TYPE_IMAGE) {
        throw std::invalid_argument("encode_png needs an image surface");
    }
    const cairo_format_t format = cairo_image_surface_get_format(image);
    if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24) {
        throw std::invalid_argument("encode_png needs an ARGB32 or RGB24 surface");
    }
    if (encoding.level < 1 || encoding.level > 12) throw std::invalid_argument("deflate level must be 1..12");
    cairo_surface_flush(image);
    const int width = cairo_image_surface_get_width(image);
    const int height = cairo_image_surface_get_height(image);
    const int stride = cairo_image_surface_get_stride(image);
    const unsigned char* data = cairo_image_surface_get_data(image);
    if (width <= 0 || height <= 0 || data == nullptr)
        throw std::invalid_argument("encode_png needs a non-empty image");
    const bool alpha = format == CAIRO_FORMAT_ARGB32 && !is_opaque(data, width, height, stride);
    const int channels = alpha ? 4 : 3;

    // The image data before compression: each row is filter type 0 (None), then its pixels.
    const std::size_t row_bytes = 1 + static_cast<std::size_t>(width) * channels;
    // Uninitialised (every byte is written below): zeroing a slide's 6 MB first cost time.
    const std::size_t raw_size = row_bytes * static_cast<std::size_t>(height);
    const std::unique_ptr<unsigned char[]> raw(new unsigned char[raw_size]);
    for (int y = 0; y < height; ++y) {
        const unsigned char* src = data + static_cast<std::ptrdiff_t>(y) * stride;
        unsigned char* dst = raw.get() + row_bytes * static_cast<std::size_t>(y);
        dst[0] = 0;
        if (alpha) {
            to_rgba(src, width, dst + 1);
        } else {
            to_rgb(src, width, dst + 1);
        }
    }

    std::vector<unsigned char> out;
    out.reserve(raw_size / 8 + 1024);
    static constexpr std::array<unsigned char, 8> kSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
    out.insert(out.end(), kSignature.begin(), kSignature.end());
    std::size_t at = open_chunk(out, "IHDR");
    put_u32(out, static_cast<std::uint32_t>(width));
    put_u32(out, static_cast<std::uint32_t>(height));
    // 8 bits per channel; colour type 6 (RGBA) or 2 (RGB); deflate; adaptive filtering
    // method 0; not interlaced.
    for (unsigned char b : {8, alpha ? 6 : 2, 0, 0, 0}) out.push_back(b);
    close_chunk(out, at);
    if (dpi > 0) {
        at = open_chunk(out, "pHYs");
        const auto per_metre = static_cast<std::uint32_t>(std::lround(dpi / 0.0254));
        put_u32(out, per_metre);
        put_u32(out, per_metre);
        out.push_back(1);  // unit: the metre
        close_chunk(out, at);
    }
    at = open_chunk(out, "IDAT");
    ZlibCompressor(encoding.level).compress(raw.get(), raw_size, out);
    close_chunk(out, at);
    close_chunk(out, open_chunk(out, "IEND"));
    return out;
}

}  // namespace dspt::draw
