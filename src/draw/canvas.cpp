#include "draw/canvas.h"

#include <cmath>
#include <stdexcept>

namespace dspt::draw {

// The one place the canvas contract of canvas.h is enforced; backends only draw.

bool Canvas::drawable(const Path& path) {
    if (path.empty()) return false;
    for (const Point& p : path.points()) {
        if (!std::isfinite(p.x) || !std::isfinite(p.y)) {
            ++rejections_.paths;
            return false;
        }
    }
    return true;
}

bool Canvas::normalise(StrokeStyle& style) {
    if (!(style.width > 0) || !std::isfinite(style.width)) {
        ++rejections_.strokes;
        return false;
    }
    if (!style.dashes.empty()) {
        double total = 0;
        bool valid = true;
        for (double d : style.dashes) {
            if (!(d >= 0) || !std::isfinite(d)) valid = false;
            total += d;
        }
        if (!valid || !(total > 0)) style.dashes.clear();  // solid
    }
    return true;
}

void Canvas::save() {
    do_save();
    ++save_depth_;
}

void Canvas::restore() {
    if (save_depth_ == 0) throw std::logic_error("Canvas::restore without a matching save");
    do_restore();
    --save_depth_;
}

void Canvas::transform(const Affine& m) {
    const double det = m.xx * m.yy - m.xy * m.yx;
    if (!std::isfinite(det) || det == 0 || !std::isfinite(m.x0) || !std::isfinite(m.y0)) {
        ++rejections_.transforms;
        return;
    }
    do_transform(m);
}

void Canvas::clip(const Path& path, FillRule rule) {
    // Clipping to what cannot be drawn still clips: everything after draws nothing.
    do_clip(drawable(path) ? path : Path(), rule);
}

void Canvas::fill(const Path& path, const FillStyle& style) {
    if (!drawable(path)) return;
    do_fill(path, style);
}

void Canvas::stroke(const Path& path, const StrokeStyle& style) {
    if (!drawable(path)) return;
    StrokeStyle s = style;
    if (!normalise(s)) return;
    do_stroke(path, s);
}

void Canvas::fill_and_stroke(const Path& path, const FillStyle& fill_style, const StrokeStyle& stroke_style) {
    if (!drawable(path)) return;
    StrokeStyle s = stroke_style;
    if (!normalise(s)) {
        do_fill(path, fill_style);
        return;
    }
    do_fill_and_stroke(path, fill_style, s);
}

void Canvas::text(Point at, std::string_view utf8, const TextStyle& style) {
    if (utf8.empty()) return;
    if (!(style.size > 0) || !std::isfinite(style.size) || !std::isfinite(at.x) || !std::isfinite(at.y)) {
        ++rejections_.texts;
        return;
    }
    const TextMetrics m = measure(utf8, style.face, style.size);
    double x = at.x;
    if (style.halign == HAlign::Center) x -= m.width / 2;
    if (style.halign == HAlign::Right) x -= m.width;
    double baseline = at.y;
    switch (style.valign) {
        case VAlign::Baseline:
            break;
        case VAlign::Top:
            baseline += m.ascent;
            break;
        case VAlign::Bottom:
            baseline -= m.descent;
            break;
        case VAlign::Middle:
            baseline += (m.ascent - m.descent) / 2;
            break;
    }
    do_text({x, baseline}, utf8, style);
}

void Canvas::do_fill_and_stroke(const Path& path, const FillStyle& fill_style,
                                const StrokeStyle& stroke_style) {
    do_fill(path, fill_style);
    do_stroke(path, stroke_style);
}

}  // namespace dspt::draw
