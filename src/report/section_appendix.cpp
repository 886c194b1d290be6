// The appendix: every organisation of the briefing and its status. Trusts grouped by
// NHS England region and ICB, every ICB with its composite score, every CSU.
#include <algorithm>
#include <cctype>
#include <map>
#include <tuple>

#include "curate/names.h"
#include "report/findings.h"
#include "report/sections.h"
#include "report/table.h"
#include "report/text_block.h"

namespace dspt::report {
namespace {

constexpr const char* kNoRegion = "Region not known";
constexpr const char* kNoIcb = "ICB not known";

// Names compare case-insensitively: ODS writes some in capitals, the portal in mixed case.
std::string folded(const std::string& s) {
    std::string out(s);
    for (char& ch : out) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    return out;
}

// Sort key that puts the "not known" group after every named one.
std::pair<bool, std::string> group_key(const std::string& name) { return {name.empty(), folded(name)}; }

}  // namespace

void write_appendix(ReportDocument& doc, const BriefingContext& ctx) {
    section_heading(doc, "Appendix: every organisation and its status", anchors::kAppendix, 0);
    const PageLayout& page = doc.layout();
    const draw::Rect content = page.content();
    const TextSpec body = body_text(ctx.style);
    const double gap = ctx.style.theme().report.paragraph_gap;
    const double code_w = page.span_width(1) + page.gutter;
    const double status_w = page.span_width(3);
    const curate::BriefingData& d = ctx.data;

    flow_paragraph(doc,
                   "Every organisation in the briefing with its status at " + d.reference_date.long_form() +
                       ". Trusts are grouped by NHS England region and by the ICB named in their ODS record.",
                   body, content.x, content.width);

    // ---- Trusts by region and ICB ----
    std::vector<const curate::Organisation*> trusts;
    for (const auto& o : d.organisations) {
        if (o.sector == curate::Sector::NhsTrust) trusts.push_back(&o);
    }
    std::stable_sort(
        trusts.begin(), trusts.end(), [](const curate::Organisation* a, const curate::Organisation* b) {
            return std::make_tuple(group_key(a->region_name), group_key(a->icb_name), folded(a->name),
                                   a->code) < std::make_tuple(group_key(b->region_name),
                                                              group_key(b->icb_name), folded(b->name),
                                                              b->code);
        });
    section_heading(doc, "NHS trusts by region and ICB", anchors::kAppendixTrusts, 1, body.line_height * 6);
    Table t;
    t.columns = {{"Code", code_w, draw::HAlign::Left, std::nullopt},
                 {"NHS trust", content.width - code_w - status_w, draw::HAlign::Left, std::nullopt},
                 {"Status", status_w, draw::HAlign::Left, std::nullopt}};
    const std::string* region = nullptr;
    const std::string* icb = nullptr;
    for (const curate::Organisation* o : trusts) {
        if (!region || *region != o->region_name) {
            region = &o->region_name;
            icb = nullptr;
            t.rows.push_back({RowKind::Group,
                              {{o->region_name.empty() ? kNoRegion : o->region_name, std::nullopt, false}}});
        }
        if (!icb || *icb != o->icb_name) {
            icb = &o->icb_name;
            t.rows.push_back(
                {RowKind::Subgroup, {{o->icb_name.empty() ? kNoIcb : o->icb_name, std::nullopt, false}}});
        }
        t.rows.push_back({RowKind::Body,
                          {{o->code, std::nullopt, false},
                           {o->display_name, std::nullopt, false},
                           {"", o->status, false}}});
    }
    flow_table(doc, t);

    // ---- ICBs, by region, with composite scores ----
    doc.advance(gap);
    section_heading(doc, "Integrated care boards", anchors::kAppendixIcbs, 1, body.line_height * 6);
    flow_paragraph(
        doc,
        d.in_export(curate::Sector::Icb)
            ? "Composite score: half the mean score of the ICB's trusts plus half the ICB's own score, "
              "from \u22123 to 3 (see Methodology)."
            : "The export holds no ICB rows (not in this export): the composite score is the mean "
              "score of the ICB's trusts alone, from \u22123 to 3 (see Methodology).",
        body, content.x, content.width);
    doc.advance(gap);
    std::vector<const stats::IcbScore*> icbs;
    for (const auto& s : ctx.scores) icbs.push_back(&s);
    std::stable_sort(icbs.begin(), icbs.end(), [](const stats::IcbScore* a, const stats::IcbScore* b) {
        return std::tie(a->icb.region_name, a->icb.name) < std::tie(b->icb.region_name, b->icb.name);
    });
    const double trusts_w = page.span_width(1) + page.gutter;
    const double score_w = page.span_width(2);
    Table it;
    it.columns = {
        {"Code", code_w, draw::HAlign::Left, std::nullopt},
        {"ICB", content.width - code_w - status_w - trusts_w - score_w, draw::HAlign::Left, std::nullopt},
        {"Trusts", trusts_w, draw::HAlign::Right, std::nullopt},
        {"Status", status_w, draw::HAlign::Left, std::nullopt},
        {"Composite score", score_w, draw::HAlign::Right, std::nullopt}};
    const std::string* icb_region = nullptr;
    for (const stats::IcbScore* s : icbs) {
        if (!icb_region || *icb_region != s->icb.region_name) {
            icb_region = &s->icb.region_name;
            it.rows.push_back(
                {RowKind::Group,
                 {{s->icb.region_name.empty() ? kNoRegion : s->icb.region_name, std::nullopt, false}}});
        }
        it.rows.push_back(
            {RowKind::Body,
             {{s->icb.ods_code, std::nullopt, false},
              {s->icb.name, std::nullopt, false},
              {std::to_string(s->trusts), std::nullopt, false},
              s->icb_in_export ? TableCell{"", s->icb_status, false}
                               : TableCell{stats::kNotInExport, std::nullopt, false},
              {s->has_composite ? format_score(s->composite_score) : "\u2013", std::nullopt, true}}});
    }
    flow_table(doc, it);

    // ---- CSUs ----
    doc.advance(gap);
    std::vector<const curate::Organisation*> csus;
    for (const auto& o : d.organisations) {
        if (o.sector == curate::Sector::Csu) csus.push_back(&o);
    }
    section_heading(doc, "Commissioning support units", anchors::kAppendixCsus, 1, body.line_height * 4);
    if (csus.empty()) {
        flow_paragraph(doc,
                       d.in_export(curate::Sector::Csu)
                           ? "No commissioning support unit is in this briefing."
                           : "Commissioning support units are not in this export: it holds no CSU rows.",
                       body, content.x, content.width);
        return;
    }
    Table ct;
    ct.columns = {
        {"Code", code_w, draw::HAlign::Left, std::nullopt},
        {"Commissioning support unit", content.width - code_w - status_w, draw::HAlign::Left, std::nullopt},
        {"Status", status_w, draw::HAlign::Left, std::nullopt}};
    for (const curate::Organisation* o : csus) {
        ct.rows.push_back({RowKind::Body,
                           {{o->code, std::nullopt, false},
                            {o->display_name, std::nullopt, false},
                            {"", o->status, false}}});
    }
    flow_table(doc, ct);
}

}  // namespace dspt::report
