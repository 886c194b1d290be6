#pragma once
// Small in-memory inputs for the curation and statistics tests: one rule, a handful
// of rows, expected values worked out by hand.
#include <stdexcept>
#include <string>

#include "curate/curation.h"

namespace dspt::test {

// The curated data together with the run's warnings collector it was curated into.
struct Curated : curate::BriefingData {
    io::Warnings warnings;
};

inline Curated curate_collecting(const curate::CurationInputs& in, io::Warnings w = {}) {
    Curated out;
    out.warnings = std::move(w);
    static_cast<curate::BriefingData&>(out) = curate::curate(in, out.warnings);
    return out;
}

inline io::Date date(int y, int m, int d) { return io::Date{y, m, d}; }

inline io::OdsOrganisation ods_trust(std::string code, std::string icb_ods = "QRV",
                                     std::string grouping = "Y56", std::string postcode = "",
                                     std::optional<io::Date> close = std::nullopt) {
    io::OdsOrganisation o;
    o.code = std::move(code);
    o.name = o.code + " NHS TRUST";
    o.national_grouping = std::move(grouping);
    o.health_geography = std::move(icb_ods);
    o.postcode = std::move(postcode);
    o.open_date = date(2000, 4, 1);
    o.close_date = close;
    o.source_file = "etr.csv";
    o.line = 1;
    return o;
}

inline io::DsptRecord dated(io::DsptRecord r, io::Date published) {
    r.published = published;
    return r;
}

inline io::DsptRecord export_row(std::string code, std::string status, std::string sector = "NHS Trust",
                                 std::string name = "") {
    io::DsptRecord r;
    r.code = std::move(code);
    r.name = name.empty() ? r.code + " Trust" : std::move(name);
    r.status = std::move(status);
    r.primary_sector = std::move(sector);
    return r;
}

inline io::IcbInfo icb(std::string ods, std::string ons, std::string name, std::string region) {
    return io::IcbInfo{std::move(ons),  std::move(ods),
                       std::move(name), "E4000000" + std::to_string(region.size()),
                       "Y00",           std::move(region)};
}

inline io::Successor successor(std::string from, std::string to) {
    io::Successor s;
    s.predecessor_code = std::move(from);
    s.successor_code = std::move(to);
    s.reason = "Succession";
    return s;
}

// Reference date 16 Nov 2023; two ICBs (QRV London, QOP North West); no trusts yet.
inline curate::CurationInputs base_inputs() {
    curate::CurationInputs in;
    in.title = "test";
    in.reference_date = date(2023, 11, 16);
    in.current.path = "DSPT search results 16_11_2023.csv";
    in.ons.icbs = {icb("QRV", "E54000027", "NHS North West London Integrated Care Board", "London"),
                   icb("QOP", "E54000057", "NHS Greater Manchester Integrated Care Board", "North West")};
    return in;
}

inline const curate::Organisation* find(const curate::BriefingData& data, const std::string& code) {
    for (const auto& o : data.organisations)
        if (o.code == code) return &o;
    return nullptr;
}

inline const curate::Organisation& get(const curate::BriefingData& data, const std::string& code) {
    if (const auto* o = find(data, code)) return *o;
    throw std::runtime_error("organisation " + code + " not in the briefing");
}

}  // namespace dspt::test
