#pragma once
// PNG files from Cairo image surfaces, written here (signature, IHDR, pHYs, one IDAT, IEND)
// with the image data compressed by libdeflate, rather than by cairo_surface_write_to_png,
// which runs libpng's adaptive row filters at zlib's default level: most of a slide's time
// went there. Charts and maps are large areas of flat colour with antialiased edges;
// unfiltered rows compress them about as well as Cairo's choice (runs of equal pixels are
// what deflate matches), and libdeflate does it several times faster than zlib did at
// level 3 (issue #14: the 42 ICB slides). bench/png_encode_bench.cpp measures it.
//
// An opaque image is written as 8-bit RGB, one with any transparency as 8-bit RGBA
// (un-premultiplied, rounded as Cairo rounds). The bytes depend on the pixels and `dpi`
// only: no time stamp, no text chunks.
#include <cairo.h>

#include <vector>

namespace dspt::draw {

struct PngEncoding {
    int level = 3;  // libdeflate's level, 1..12
};

// The PNG of an ARGB32 or RGB24 image surface. `dpi` > 0 adds a pHYs chunk so print
// software sizes the image physically. Throws std::invalid_argument for another kind of
// surface and std::runtime_error when the image is too large for one PNG chunk.
std::vector<unsigned char> encode_png(cairo_surface_t* image, double dpi = 0,
                                      const PngEncoding& encoding = {});

}  // namespace dspt::draw
