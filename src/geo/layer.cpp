#include "geo/layer.h"

#include <algorithm>

namespace dspt::geo {

void BBox::extend(XY p) {
    if (!valid) {
        min_x = max_x = p.x;
        min_y = max_y = p.y;
        valid = true;
        return;
    }
    min_x = std::min(min_x, p.x);
    min_y = std::min(min_y, p.y);
    max_x = std::max(max_x, p.x);
    max_y = std::max(max_y, p.y);
}

void BBox::extend(const BBox& other) {
    if (!other.valid) return;
    extend(XY{other.min_x, other.min_y});
    extend(XY{other.max_x, other.max_y});
}

std::size_t Layer::vertex_count() const {
    std::size_t n = 0;
    for (const auto& f : features)
        for (const auto& r : f.rings) n += r.size();
    return n;
}

const Feature* Layer::find(const std::string& field, const std::string& value) const {
    for (const auto& f : features) {
        auto it = f.attributes.find(field);
        if (it != f.attributes.end() && it->second == value) return &f;
    }
    return nullptr;
}

BBox bbox_of(const std::vector<Ring>& rings) {
    BBox b;
    for (const auto& r : rings)
        for (const auto& p : r) b.extend(p);
    return b;
}

void recompute_bboxes(Layer& layer) {
    layer.bbox = BBox{};
    for (auto& f : layer.features) {
        f.bbox = bbox_of(f.rings);
        layer.bbox.extend(f.bbox);
    }
}

}  // namespace dspt::geo
