#include "curate/changes.h"

#include <algorithm>
#include <unordered_map>

namespace dspt::curate {

std::vector<StatusChange> compare_snapshots(const std::vector<Organisation>& previous,
                                            const std::vector<Organisation>& current) {
    std::unordered_map<std::string, const Organisation*> before;
    for (const auto& o : previous) before.emplace(o.code, &o);
    std::unordered_map<std::string, const Organisation*> after;
    for (const auto& o : current) after.emplace(o.code, &o);

    std::vector<StatusChange> out;
    for (const auto& o : current) {
        auto it = before.find(o.code);
        if (it == before.end()) {
            out.push_back({o.code, o.name, o.sector, std::nullopt, o.status, ChangeKind::Entered});
        } else if (it->second->status != o.status) {
            // kAllStatuses runs worst to best, so the enum order is the order of merit.
            const ChangeKind kind = o.status > it->second->status ? ChangeKind::Better : ChangeKind::Worse;
            out.push_back({o.code, o.name, o.sector, it->second->status, o.status, kind});
        }
    }
    for (const auto& o : previous)
        if (!after.contains(o.code))
            out.push_back({o.code, o.name, o.sector, o.status, std::nullopt, ChangeKind::Left});

    std::stable_sort(out.begin(), out.end(), [](const StatusChange& a, const StatusChange& b) {
        if (a.sector != b.sector) return a.sector < b.sector;
        return a.code < b.code;
    });
    return out;
}

std::string_view change_kind_key(ChangeKind k) {
    switch (k) {
        case ChangeKind::Better:
            return "better";
        case ChangeKind::Worse:
            return "worse";
        case ChangeKind::Entered:
            return "entered";
        case ChangeKind::Left:
            return "left";
    }
    return "";
}

}  // namespace dspt::curate
