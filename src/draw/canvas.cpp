#include "draw/canvas.h"

namespace dspt::draw {

void Canvas::fill_and_stroke(const Path& path, const FillStyle& fill_style, const StrokeStyle& stroke_style) {
    fill(path, fill_style);
    stroke(path, stroke_style);
}

}  // namespace dspt::draw
