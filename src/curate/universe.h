#pragma once
// METHODOLOGY.md "Who is in the briefing": the organisations of each sector on the
// reference date, before any status is looked at.
#include <string>
#include <vector>

#include "curate/status.h"
#include "io/date.h"
#include "io/records.h"
#include "io/warnings.h"

namespace dspt::curate {

struct Member {
    std::string code;
    Sector sector = Sector::NhsTrust;
    const io::OdsOrganisation* ods = nullptr;  // trusts; CSUs when ecsu was given
    const io::IcbInfo* icb = nullptr;          // ICBs: their own ONS row
};

// England (national grouping "Y..") and open on `reference_date`: close date blank or
// on/after it. The open date is not looked at: METHODOLOGY.md defines "open" by the
// close date alone.
bool in_trust_universe(const io::OdsOrganisation& org, const io::Date& reference_date);

// Trusts (etr ∪ ect, first row of a code wins), ICBs (distinct ONS ICBs), CSUs (ecsu
// rows not closed before the reference date when given, else the export's rows filed
// under a CSU sector label, sector_of_label); each sector sorted by code.
std::vector<Member> build_universe(const io::DsptExport& exported,
                                   const std::vector<io::OdsOrganisation>& ods_trusts,
                                   const std::vector<io::OdsOrganisation>* ods_csus, const io::OnsLookup& ons,
                                   const io::Date& reference_date);

}  // namespace dspt::curate
