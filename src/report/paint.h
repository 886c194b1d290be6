#pragma once
// Short constructors for the drawing value types, so report code names only what differs
// from the defaults (and -Wmissing-field-initializers stays quiet).
#include "draw/canvas.h"

namespace dspt::report {

inline draw::FillStyle solid(draw::Color c) {
    draw::FillStyle f;
    f.color = c;
    return f;
}

inline draw::StrokeStyle line(draw::Color c, double width, draw::LineCap cap = draw::LineCap::Butt) {
    draw::StrokeStyle s;
    s.color = c;
    s.width = width;
    s.join = draw::LineJoin::Miter;
    s.cap = cap;
    return s;
}

inline draw::TextStyle text_style(draw::FontFace face, double size, draw::Color c,
                                  draw::HAlign align = draw::HAlign::Left) {
    draw::TextStyle t;
    t.face = face;
    t.size = size;
    t.color = c;
    t.halign = align;
    return t;
}

}  // namespace dspt::report
