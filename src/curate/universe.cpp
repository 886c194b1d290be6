#include "curate/universe.h"

#include <algorithm>
#include <unordered_set>

#include "curate/sector_coverage.h"

namespace dspt::curate {

bool in_trust_universe(const io::OdsOrganisation& org, const io::Date& reference_date) {
    if (org.national_grouping.empty() || org.national_grouping.front() != 'Y') return false;
    return !org.close_date || *org.close_date >= reference_date;
}

std::vector<Member> build_universe(const io::DsptExport& exported,
                                   const std::vector<io::OdsOrganisation>& ods_trusts,
                                   const std::vector<io::OdsOrganisation>* ods_csus, const io::OnsLookup& ons,
                                   const io::Date& reference_date) {
    auto by_code = [](const Member& a, const Member& b) { return a.code < b.code; };
    std::vector<Member> out;

    std::vector<Member> trusts;
    std::unordered_set<std::string> seen;
    for (const auto& o : ods_trusts) {
        // Union by code: a code listed in both etr and ect (or twice) is one trust, and
        // only its first row decides, so a later closed duplicate cannot hide an open one.
        if (!seen.insert(o.code).second) continue;
        if (in_trust_universe(o, reference_date)) trusts.push_back({o.code, Sector::NhsTrust, &o, nullptr});
    }
    std::sort(trusts.begin(), trusts.end(), by_code);

    std::vector<Member> icbs;
    seen.clear();
    for (const auto& i : ons.icbs)
        if (seen.insert(i.ods_code).second) icbs.push_back({i.ods_code, Sector::Icb, nullptr, &i});
    std::sort(icbs.begin(), icbs.end(), by_code);

    std::vector<Member> csus;
    seen.clear();
    if (ods_csus) {
        // A CSU closed before the reference date is not in the briefing (the same
        // close-date rule as trusts; ecsu's national grouping is not a region, so it is not checked).
        for (const auto& o : *ods_csus)
            if (seen.insert(o.code).second && (!o.close_date || *o.close_date >= reference_date))
                csus.push_back({o.code, Sector::Csu, &o, nullptr});
    } else {
        for (const auto& r : exported.records)
            if (sector_of_label(r.primary_sector) == Sector::Csu && seen.insert(r.code).second)
                csus.push_back({r.code, Sector::Csu, nullptr, nullptr});
    }
    std::sort(csus.begin(), csus.end(), by_code);

    out.reserve(trusts.size() + icbs.size() + csus.size());
    for (auto* part : {&trusts, &icbs, &csus}) out.insert(out.end(), part->begin(), part->end());
    return out;
}

}  // namespace dspt::curate
