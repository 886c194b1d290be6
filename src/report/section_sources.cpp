// Sources and licences: where every input comes from and the attributions its licence asks for.
#include "report/sections.h"
#include "report/text_block.h"

namespace dspt::report {

void write_sources(ReportDocument& doc, const BriefingContext& ctx) {
    const TextSpec body = body_text(ctx.style);
    section_heading(doc, "Sources and licences", anchors::kSources, 0, body.line_height * 10, true);
    const draw::Rect content = doc.layout().content();
    const double gap = ctx.style.theme().report.paragraph_gap;
    const curate::BriefingData& d = ctx.data;

    std::vector<std::string> sources = {
        "Data Security and Protection Toolkit (DSPT): portal export of " + d.reference_date.long_form() +
            (d.previous_reference_date ? " and of " + d.previous_reference_date->long_form()
                                       : std::string()) +
            ". Source: NHS England. Contains public sector information licensed under the Open Government "
            "Licence "
            "v3.0.",
        "Organisation Data Service (ODS): NHS trusts (etr), care trusts (ect) and, where used, CSUs and "
        "successor "
        "organisations. Source: NHS England. Licensed under the Open Government Licence v3.0.",
        "ONS lookup of sub-ICB locations, ICBs and NHS England regions, ICB and region boundaries, and "
        "postcode "
        "coordinates (ONS Postcode Directory). Source: Office for National Statistics licensed under the "
        "Open "
        "Government Licence v.3.0. Contains OS data \u00a9 Crown copyright and database right 2023.",
    };
    flow_bullets(doc, sources, body, content.x, content.width);

    if (!ctx.extras.inputs.empty()) {
        doc.advance(gap);
        section_heading(doc, "Input files of this run", "sources-inputs", 1, body.line_height * 3);
        std::vector<std::string> files;
        for (const auto& [what, name] : ctx.extras.inputs) files.push_back(what + ": " + name);
        flow_bullets(doc, files, small_text(ctx.style), content.x, content.width);
    }

    doc.advance(gap);
    flow_paragraph(doc,
                   "Produced with dspt-report" +
                       (ctx.extras.version.empty() ? std::string() : " " + ctx.extras.version) +
                       ". Typeset in Liberation Sans (SIL Open Font License 1.1). These are experimental "
                       "statistics, not official statistics: they are published to involve users in their "
                       "development and may change.",
                   small_text(ctx.style), content.x, content.width);
}

}  // namespace dspt::report
