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
    for (auto& o : io::read_ods_organisations(sample_path("ods/ect.csv"), w))
        in.ods_trusts.push_back(std::move(o));
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

    std::vector<TextRun> runs;
    // True once the Canvas refused a path with a non-finite point (Canvas::rejections()).
    struct NonFinitePathFlag {
        const draw::Canvas* canvas;
        explicit operator bool() const { return canvas->rejections().paths > 0; }
    };
    NonFinitePathFlag non_finite_path{this};

protected:
    // Canvas validates first (a non-finite path never arrives here) and aligns text: `origin`
    // is the left end of the baseline.
    void do_save() override { stack_.push_back(m_); }
    void do_restore() override {
        m_ = stack_.back();
        stack_.pop_back();
    }
    void do_transform(const draw::Affine& t) override {
        // Only axis-aligned transforms are expected in charts; keep scale and offset.
        m_.x0 += m_.xx * t.x0;
        m_.y0 += m_.yy * t.y0;
        m_.xx *= t.xx;
        m_.yy *= t.yy;
    }
    void do_clip(const draw::Path&, draw::FillRule) override {}
    void do_fill(const draw::Path&, const draw::FillStyle&) override {}
    void do_stroke(const draw::Path&, const draw::StrokeStyle&) override {}
    void do_text(draw::Point origin, std::string_view utf8, const draw::TextStyle& s) override {
        const auto m = measure(utf8, s.face, s.size);
        const draw::Rect local{origin.x, origin.y - m.ascent, m.width, m.ascent + m.descent};
        runs.push_back(
            {std::string(utf8),
             {m_.xx * local.x + m_.x0, m_.yy * local.y + m_.y0, m_.xx * local.width, m_.yy * local.height},
             s});
    }

private:
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
