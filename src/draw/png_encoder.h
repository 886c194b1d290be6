#pragma once
// PNG files from Cairo image surfaces, encoded here with libpng rather than by
// cairo_surface_write_to_png, which runs libpng's adaptive row filters at zlib's default
// level: most of a slide's time went there. Charts and maps are large areas of flat colour
// with antialiased edges; unfiltered rows at zlib level 3 compress them about as well as
// Cairo's choice (runs of equal pixels are what deflate matches) in a fifth of the time.
// Level 2 was faster still but made the sector chart 17 % larger than Cairo's file; row
// filters cost time and, on flat colour, bytes. bench/png_encode_bench.cpp measures it.
//
// An opaque image is written as 8-bit RGB, one with any transparency as 8-bit RGBA
// (un-premultiplied, rounded as Cairo rounds). The bytes depend on the pixels and `dpi`
// only: no time stamp, no text chunks.
#include <cairo.h>

#include <vector>

namespace dspt::draw {

struct PngEncoding {
    int zlib_level = 3;        // 1..9
    bool filter_rows = false;  // true: libpng's adaptive filters (Cairo's choice), for comparison
};

// The PNG of an ARGB32 or RGB24 image surface. `dpi` > 0 adds a pHYs chunk so print
// software sizes the image physically. Throws std::invalid_argument for another kind of
// surface and std::runtime_error when libpng fails.
std::vector<unsigned char> encode_png(cairo_surface_t* image, double dpi = 0,
                                      const PngEncoding& encoding = {});

}  // namespace dspt::draw
