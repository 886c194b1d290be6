#pragma once
// Shared by the chart tests: the real November 2023 sample curated once, the two styles
// with their fonts, and a RecordingCanvas that keeps every text call with its measured box.
#include <cmath>
#include <memory>
#include <string>
#include <unordered_set>
#include <vector>

#include "curate/curation.h"
#include "draw/canvas.h"
#include "io/readers.h"
#include "style/fonts.h"
#include "style/style.h"

namespace dspt::test {

inline std::string sample_path(const std::string& relative) {
    return std::string(DSPT_SHARED_DATA) + "/dspt-2023-11/" + relative;
}

// The November 2023 briefing exactly as the CLI would curate it; with_previous adds the
// October export for month-on-month change.
inline curate::BriefingData curate_sample(bool with_previous) {
    io::Warnings w;
    curate::CurationInputs in;
    in.title = "DSPT briefing";
    in.reference_date = io::Date{2023, 11, 16};
    in.current = io::read_dspt_export(sample_path("dspt/DSPT search results 16_11_2023.csv"), w);
    if (with_previous) {
        in.previous = io::read_dspt_export(sample_path("dspt/DSPT search results 17_10_2023.csv"), w);
        in.previous_reference_date = io::Date{2023, 10, 17};
    }
    in.ods_trusts = io::read_ods_organisations(sample_path("ods/etr.csv"), w);
    for (auto& o : io::read_ods_organisations(sample_path("ods/ect.csv"), w)) in.ods_trusts.push_back(std::move(o));
    in.ons = io::read_ons_lookup(sample_path("ons/LOC23_ICB23_NHSER23_EN_LU.csv"), w);
    std::unordered_set<std::string> wanted;
    for (const auto& o : in.ods_trusts) wanted.insert(io::normalise_postcode(o.postcode));
    in.postcodes = io::read_postcodes(sample_path("postcodes/trust_postcodes.csv"), wanted, w);
    return curate::curate(in, w);
}

inline const curate::BriefingData& sample_with_previous() {
    static const auto data = curate_sample(true);
    return data;
}
inline const curate::BriefingData& sample_without_previous() {
    static const auto data = curate_sample(false);
    return data;
}

inline const style::Style& nhs_style() {
    static const auto s = style::Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/nhs.toml");
    return s;
}
inline const style::Style& slides_style() {
    static const auto s = style::Style::load(std::string(DSPT_SOURCE_DIR) + "/styles/slides.toml");
    return s;
}
inline const draw::FontLibrary& fonts() {
    static const auto f = style::load_fonts(nhs_style());
    return *f;
}

// A Canvas that draws nothing and remembers every text run: where it landed (after the
// current transform, translations and scales only) and how big the FontLibrary says it is.
class RecordingCanvas : public draw::Canvas {
public:
    struct TextRun {
        std::string text;
        draw::Rect box;  // left..right of the advance, ascent..descent of the font
        draw::TextStyle style;
    };

    RecordingCanvas(const draw::FontLibrary& f, double w, double h) : Canvas(f), w_(w), h_(h) {}
    double width() const override { return w_; }
    double height() const override { return h_; }
    void save() override { stack_.push_back(m_); }
    void restore() override {
        if (!stack_.empty()) {
            m_ = stack_.back();
            stack_.pop_back();
        }
    }
    void transform(const draw::Affine& t) override {
        // Only axis-aligned transforms are expected in charts; keep scale and offset.
        m_.x0 += m_.xx * t.x0;
        m_.y0 += m_.yy * t.y0;
        m_.xx *= t.xx;
        m_.yy *= t.yy;
    }
    void clip(const draw::Path&, draw::FillRule) override {}
    void fill(const draw::Path& p, const draw::FillStyle&) override { note_path(p); }
    void stroke(const draw::Path& p, const draw::StrokeStyle&) override { note_path(p); }
    void text(draw::Point at, std::string_view utf8, const draw::TextStyle& s) override {
        const auto m = measure(utf8, s.face, s.size);
        double x = at.x;
        if (s.halign == draw::HAlign::Center) x -= m.width / 2;
        if (s.halign == draw::HAlign::Right) x -= m.width;
        double top = at.y - m.ascent;
        if (s.valign == draw::VAlign::Top) top = at.y;
        if (s.valign == draw::VAlign::Bottom) top = at.y - m.ascent - m.descent;
        if (s.valign == draw::VAlign::Middle) top = at.y - (m.ascent + m.descent) / 2;
        const draw::Rect local{x, top, m.width, m.ascent + m.descent};
        runs.push_back({std::string(utf8),
                        {m_.xx * local.x + m_.x0, m_.yy * local.y + m_.y0, m_.xx * local.width, m_.yy * local.height},
                        s});
    }

    std::vector<TextRun> runs;
    bool non_finite_path = false;

private:
    void note_path(const draw::Path& p) {
        for (const auto& pt : p.points())
            if (!std::isfinite(pt.x) || !std::isfinite(pt.y)) non_finite_path = true;
    }
    double w_, h_;
    draw::Affine m_;
    std::vector<draw::Affine> stack_;
};

inline bool inside(const draw::Rect& inner, const draw::Rect& outer, double tol = 0.01) {
    return inner.x >= outer.x - tol && inner.y >= outer.y - tol && inner.right() <= outer.right() + tol &&
           inner.bottom() <= outer.bottom() + tol;
}

inline bool overlap(const draw::Rect& a, const draw::Rect& b, double tol = 0.01) {
    return a.x < b.right() - tol && b.x < a.right() - tol && a.y < b.bottom() - tol && b.y < a.bottom() - tol;
}

}  // namespace dspt::test
