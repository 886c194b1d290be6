#pragma once
// Every chart and map of the briefing is a Figure: an id (its PNG file name), a title
// and caption (the PDF reuses them), and one draw function written against the Canvas.
// The same function draws the slide PNG (Cairo) and the vector figure in the PDF (libharu);
// it must lay itself out in whatever frame it is given (slide 16:9 or a part of an A4 page),
// taking every colour, font size and line width from the style.
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "curate/briefing_data.h"
#include "draw/canvas.h"
#include "figures/derived.h"
#include "maps/map_layers.h"
#include "style/style.h"

namespace dspt::figures {

// Boundaries loaded, projected and prepared once per run (maps/map_layers.h).
using maps::MapLayers;

// A figure's inputs: the curated data, the style it is drawn in, the boundaries, and what
// is derived from them once (figures/derived.h), shared by every figure and output.
struct FigureInputs {
    // Derives the tables and joins now; several inputs of one run share them through the
    // second constructor (the PDF's and the slides' inputs differ only in style).
    FigureInputs(const curate::BriefingData& d, const style::Style& s, const MapLayers* m = nullptr)
        : data(d), style(s), maps(m), derived_(derive(stats::compute_briefing_stats(d), d, s, m)) {}
    FigureInputs(const curate::BriefingData& d, const style::Style& s, const MapLayers* m,
                 std::shared_ptr<const DerivedData> derived)
        : data(d), style(s), maps(m), derived_(std::move(derived)) {}

    const curate::BriefingData& data;
    const style::Style& style;
    const MapLayers* maps = nullptr;  // null: map figures are skipped
    const DerivedData& derived() const { return *derived_; }
    const std::shared_ptr<const DerivedData>& shared_derived() const { return derived_; }

private:
    std::shared_ptr<const DerivedData> derived_;
};

struct Figure {
    std::string id;       // "icb_status_map" -> out/png/icb_status_map.png
    std::string title;    // drawn by the figure itself, and used for the PDF's headings/bookmarks
    std::string caption;  // one or two sentences for the PDF under the figure
    std::function<void(draw::Canvas&, const draw::Rect& frame, const FigureInputs&)> draw;
    // Its alternative text from the run's numbers (figures/alt_text.h): the PDF's /Alt,
    // the slides' png/alt_text.csv and the SVG's <desc>.
    std::function<std::string(const FigureInputs&)> alt_text;
};

// Every figure of the briefing, in the order the PDF shows them.
std::vector<Figure> all_figures(const FigureInputs& inputs);

}  // namespace dspt::figures
