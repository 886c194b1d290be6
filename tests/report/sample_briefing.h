#pragma once
// The November 2023 sample run (examples/dspt-2023-11.toml) built through the libraries,
// the same steps as `dspt-report build`, so report tests can compare the PDF with the
// numbers the curation and stats code compute.
#include <memory>
#include <string>
#include <vector>

#include "curate/curation.h"
#include "figures/figure.h"
#include "io/manifest.h"
#include "io/readers.h"
#include "maps/map_layers.h"
#include "style/style.h"

namespace dspt::test {

struct SampleBriefing {
    io::Manifest manifest;
    style::Style style;
    curate::BriefingData data;
    dspt::maps::MapLayers maps;
    io::Warnings warnings;  // the run's one collector: readers, curation, maps
    std::unique_ptr<figures::FigureInputs> inputs;
    std::vector<figures::Figure> figures;
};

inline std::unique_ptr<SampleBriefing> build_sample_briefing(bool with_previous = true) {
    const std::string manifest_path = DSPT_SOURCE_DIR "/examples/dspt-2023-11.toml";
    io::Manifest m = io::read_manifest(manifest_path);
    io::Warnings warnings;
    curate::CurationInputs in;
    in.title = m.title;
    in.reference_date = *m.reference_date;
    in.edition = m.edition;
    in.current = io::read_dspt_export(m.dspt_export, warnings);
    if (with_previous && m.previous_export) in.previous = io::read_dspt_export(*m.previous_export, warnings);
    for (const auto& p : m.ods_trusts) {
        auto rows = io::read_ods_organisations(p, warnings);
        in.ods_trusts.insert(in.ods_trusts.end(), rows.begin(), rows.end());
    }
    in.ons = io::read_ons_lookup(m.ons_lookup, warnings);
    if (m.postcodes)
        in.postcodes = io::read_postcodes(*m.postcodes, curate::wanted_postcodes(in.ods_trusts), warnings);

    auto s = std::unique_ptr<SampleBriefing>(new SampleBriefing{
        m, style::Style::load(DSPT_SOURCE_DIR "/styles/nhs.toml"), {}, {}, std::move(warnings), nullptr, {}});
    s->data = curate::curate(in, s->warnings);
    s->maps = dspt::maps::load_and_join_map_layers(m.icb_boundaries, m.region_boundaries, s->data.icbs,
                                                   s->style, s->warnings);
    s->inputs = std::make_unique<figures::FigureInputs>(figures::FigureInputs{s->data, s->style, &s->maps});
    s->figures = figures::all_figures(*s->inputs);
    return s;
}

}  // namespace dspt::test
