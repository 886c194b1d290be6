#include "curate/status_rules.h"

#include <deque>
#include <unordered_set>

#include "io/input_error.h"

namespace dspt::curate {
namespace {

io::Where location_of(const io::DsptExport& exported, const io::DsptRecord& r) {
    return {exported.path, r.line, 0};
}

}  // namespace

StatusResolver::StatusResolver(const io::DsptExport& exported, const std::vector<io::Successor>& successors,
                               std::string edition)
    : exported_(exported), edition_(std::move(edition)) {
    legacy_layout_ = older_layout(exported);
    rows_.reserve(exported.records.size());
    // Duplicate codes: the first row wins, as in the portal's own listing order; the
    // universe builder reports duplicates of organisations that are in the briefing.
    for (const auto& r : exported.records) rows_.emplace(r.code, &r);
    for (const auto& s : successors) successors_[s.predecessor_code].push_back(s.successor_code);
}

bool StatusResolver::unrecognised(const StatusText& t) const {
    // In the current layout every outcome carries its edition: a bare one is not a status
    // the rules know (the older layout's bare outcomes are of the run's edition).
    return t.kind == StatusText::Kind::Unknown ||
           (t.kind == StatusText::Kind::Outcome && !t.edition && !legacy_layout_);
}

const io::DsptRecord* StatusResolver::row(const std::string& code) const {
    auto it = rows_.find(code);
    return it == rows_.end() ? nullptr : it->second;
}

std::optional<Status> StatusResolver::current_outcome(const std::string& code) const {
    const io::DsptRecord* r = row(code);
    if (!r) return std::nullopt;
    const StatusText t = read_status_text(r->status);
    if (t.kind != StatusText::Kind::Outcome) return std::nullopt;
    // Older layout: the statuses carry no edition, and the export is by construction a
    // snapshot of one edition, so a bare outcome is read as the current edition. In the
    // current layout a bare outcome is not a valid status and falls through to Unknown.
    if (!t.edition) return legacy_layout_ && !edition_.empty() ? std::optional{t.outcome} : std::nullopt;
    if (*t.edition == edition_) return t.outcome;
    return std::nullopt;
}

ResolvedStatus StatusResolver::resolve(const std::string& code, io::Warnings& warnings) const {
    ResolvedStatus out;
    const io::DsptRecord* own = row(code);
    if (own) {
        out.raw_status = own->status;
        const StatusText t = read_status_text(own->status);
        const bool unknown = unrecognised(t);
        if (unknown) {
            warnings.add(
                "unknown-status", location_of(exported_, *own),
                code + ": status '" + own->status + "' is not a known outcome; counted as Not Published",
                code);
        } else if (!t.legacy_mapping.empty()) {
            warnings.add("legacy-status", location_of(exported_, *own), code + ": " + t.legacy_mapping, code);
        }
        if (auto s = current_outcome(code)) {
            out.status = *s;
            out.decision = Decision::Own;
            out.published = own->published;
            if (!t.legacy_mapping.empty())
                out.note = t.legacy_mapping;
            else if (!t.edition)
                out.note =
                    "no edition in the older export layout; of the " + edition_ + " edition the run names";
            return out;
        }
        if (unknown)
            out.note = "unknown status '" + own->status + "'";
        else if (t.kind == StatusText::Kind::NoStatus)
            out.note = own->status.empty() ? "no status in the export"
                                           : "no status in the export ('" + own->status + "')";
        else if (t.kind == StatusText::Kind::NotPublished)
            out.note = "export says Not Published";
        else if (t.edition)
            out.note = "latest publication is the " + *t.edition + " edition";
    } else {
        out.note = "no export row";
    }

    // Step 3: a successor whose own status is of the current edition, breadth first so
    // the nearest successor wins; `seen` stops cycles in the succ file.
    std::unordered_set<std::string> seen{code};
    std::deque<std::string> queue;
    auto enqueue_successors = [&](const std::string& of) {
        auto it = successors_.find(of);
        if (it == successors_.end()) return;
        for (const auto& s : it->second)
            if (seen.insert(s).second) queue.push_back(s);
    };
    enqueue_successors(code);
    while (!queue.empty()) {
        const std::string next = queue.front();
        queue.pop_front();
        if (auto s = current_outcome(next)) {
            out.status = *s;
            out.decision = Decision::Inherited;
            out.inherited_from = next;
            out.published = row(next)->published;
            out.note.clear();
            return out;
        }
        enqueue_successors(next);
    }
    out.status = Status::NotPublished;
    out.decision = Decision::NotPublished;
    return out;
}

std::string decision_text(const Organisation& org) {
    std::string text;
    switch (org.decision) {
        case Decision::Own:
            text = "own";
            break;
        case Decision::Inherited:
            text = "inherited from " + org.inherited_from;
            break;
        case Decision::NotPublished:
            text = "not published";
            break;
    }
    if (!org.decision_note.empty()) text += " (" + org.decision_note + ")";
    return text;
}

}  // namespace dspt::curate
