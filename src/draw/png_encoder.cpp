#include "draw/png_encoder.h"

#include <png.h>

#include <cmath>
#include <cstdint>
#include <cstring>
#include <stdexcept>
#include <string>

namespace dspt::draw {

namespace {

// libpng reports errors through longjmp by default; a C++ exception must not cross its
// frames, so the error handler records the message and longjmps back to encode_png, which
// throws once libpng's structures are destroyed.
struct WriteState {
    std::vector<unsigned char>* out = nullptr;
    std::string error;
};

void on_error(png_structp png, png_const_charp message) {
    static_cast<WriteState*>(png_get_error_ptr(png))->error = message;
    png_longjmp(png, 1);
}

void on_warning(png_structp, png_const_charp) {}

void append(png_structp png, png_bytep data, png_size_t length) {
    auto* out = static_cast<WriteState*>(png_get_io_ptr(png))->out;
    out->insert(out->end(), data, data + length);
}

void flush(png_structp) {}

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

}  // namespace

std::vector<unsigned char> encode_png(cairo_surface_t* image, double dpi, const PngEncoding& encoding) {
    if (cairo_surface_get_type(image) != CAIRO_SURFACE_TYPE_IMAGE) {
        throw std::invalid_argument("encode_png needs an image surface");
    }
    const cairo_format_t format = cairo_image_surface_get_format(image);
    if (format != CAIRO_FORMAT_ARGB32 && format != CAIRO_FORMAT_RGB24) {
        throw std::invalid_argument("encode_png needs an ARGB32 or RGB24 surface");
    }
    if (encoding.zlib_level < 1 || encoding.zlib_level > 9)
        throw std::invalid_argument("zlib level must be 1..9");
    cairo_surface_flush(image);
    const int width = cairo_image_surface_get_width(image);
    const int height = cairo_image_surface_get_height(image);
    const int stride = cairo_image_surface_get_stride(image);
    const unsigned char* data = cairo_image_surface_get_data(image);
    if (width <= 0 || height <= 0 || data == nullptr)
        throw std::invalid_argument("encode_png needs a non-empty image");
    const bool alpha = format == CAIRO_FORMAT_ARGB32 && !is_opaque(data, width, height, stride);
    const int channels = alpha ? 4 : 3;

    std::vector<unsigned char> out;
    out.reserve(static_cast<std::size_t>(width) * height / 4);
    std::vector<unsigned char> row(static_cast<std::size_t>(width) * channels);
    WriteState state{&out, {}};
    png_structp png = png_create_write_struct(PNG_LIBPNG_VER_STRING, &state, on_error, on_warning);
    if (png == nullptr) throw std::runtime_error("libpng cannot start a PNG");
    png_infop info = png_create_info_struct(png);
    if (info == nullptr) {
        png_destroy_write_struct(&png, nullptr);
        throw std::runtime_error("libpng cannot start a PNG");
    }
    // Nothing with a destructor is created between here and the end of the libpng calls,
    // so the longjmp of on_error skips no C++ clean-up.
    if (setjmp(png_jmpbuf(png)) != 0) {
        png_destroy_write_struct(&png, &info);
        throw std::runtime_error("libpng cannot encode PNG: " + state.error);
    }
    png_set_write_fn(png, &state, append, flush);
    png_set_IHDR(png, info, static_cast<png_uint_32>(width), static_cast<png_uint_32>(height), 8,
                 alpha ? PNG_COLOR_TYPE_RGB_ALPHA : PNG_COLOR_TYPE_RGB, PNG_INTERLACE_NONE,
                 PNG_COMPRESSION_TYPE_DEFAULT, PNG_FILTER_TYPE_DEFAULT);
    png_set_compression_level(png, encoding.zlib_level);
    png_set_filter(png, PNG_FILTER_TYPE_BASE, encoding.filter_rows ? PNG_ALL_FILTERS : PNG_FILTER_NONE);
    if (dpi > 0) {
        const auto per_metre = static_cast<png_uint_32>(std::lround(dpi / 0.0254));
        png_set_pHYs(png, info, per_metre, per_metre, PNG_RESOLUTION_METER);
    }
    png_write_info(png, info);
    for (int y = 0; y < height; ++y) {
        const unsigned char* src = data + static_cast<std::ptrdiff_t>(y) * stride;
        if (alpha) {
            to_rgba(src, width, row.data());
        } else {
            to_rgb(src, width, row.data());
        }
        png_write_row(png, row.data());
    }
    png_write_end(png, info);
    png_destroy_write_struct(&png, &info);
    return out;
}

}  // namespace dspt::draw
