#include "figures/england_map.h"

#include <algorithm>

#include "figures/map_draw.h"
#include "figures/scale_bar.h"

namespace dspt::figures {

ChromeText map_chrome_text(const std::string& title, const FigureInputs& inputs) {
    ChromeText text;
    text.title = title;
    text.subtitle = snapshot_subtitle(inputs.data);
    // The ONS attribution is quoted as its licence words it, "Source: ..." included, so the
    // DSPT source follows it rather than starting a second "Source:" in front of it.
    text.source = inputs.style.theme().map.attribution +
                  ". Statuses: NHS England, Data Security and Protection Toolkit";
    return text;
}

EnglandMapLayout plan_england_map(const draw::Canvas& canvas, const draw::Rect& frame,
                                  const FigureInputs& inputs, const ChromeText& text,
                                  draw::Point legend_size) {
    const draw::Rect plot = plot_area(canvas, frame, inputs.style, text);
    return layout_england_map(plot, *inputs.maps, inputs.style, legend_size, canvas.device_pixels_per_unit());
}

void draw_england_map(draw::Canvas& canvas, const draw::Rect& frame, const FigureInputs& inputs,
                      const EnglandMapSpec& spec) {
    const style::Style& style = inputs.style;
    draw_chrome(canvas, frame, style, spec.text);
    // Boundary files with no polygon at all: nothing to fit a map to (the join warnings say why).
    if (!inputs.maps->icbs.bbox.valid) return;
    const EnglandMapLayout layout = plan_england_map(canvas, frame, inputs, spec.text, spec.legend.size);
    {
        draw::CanvasStateGuard guard(canvas);
        canvas.clip(draw::Path().rect(layout.main.frame));
        spec.paint(canvas, layout.main);
    }
    draw_inset_locator(canvas, layout, style);
    // The scale bar sits in the bottom-right corner of the map, which for England is the
    // English Channel: it never covers land.
    const double margin = em(style.theme().map.scale_bar.margin_em, style.theme().text.small);
    draw_scale_bar(canvas, layout.main, style,
                   {layout.main.drawn.right() - margin, layout.main.drawn.bottom() - margin});
    spec.legend.draw(canvas, {layout.legend.x, layout.legend.y}, layout.legend.width);
    draw_london_inset(canvas, layout, style, spec.paint);
}

}  // namespace dspt::figures
