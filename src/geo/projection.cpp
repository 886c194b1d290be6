#include "geo/projection.h"

#include <proj.h>

#include <cmath>
#include <stdexcept>
#include <utility>

namespace dspt::geo {

namespace {

struct ContextDeleter {
    void operator()(PJ_CONTEXT* ctx) const { proj_context_destroy(ctx); }
};
struct PjDeleter {
    void operator()(PJ* pj) const { proj_destroy(pj); }
};
using ContextPtr = std::unique_ptr<PJ_CONTEXT, ContextDeleter>;
using PjPtr = std::unique_ptr<PJ, PjDeleter>;

// PROJ reports the useful part of an error ("unrecognized format / unknown name") through
// its logger, not through errno; keep the last message so exceptions can carry it instead
// of PROJ printing it to stderr.
void capture_log(void* app_data, int /*level*/, const char* message) {
    if (app_data && message) *static_cast<std::string*>(app_data) = message;
}

// A context of our own: no network (output must not depend on a CDN being reachable) and
// PROJ's messages captured rather than printed.
ContextPtr make_context(std::string* last_message) {
    ContextPtr ctx(proj_context_create());
    if (!ctx) throw std::runtime_error("PROJ: cannot create a context");
    proj_context_set_enable_network(ctx.get(), 0);
    proj_log_func(ctx.get(), last_message, &capture_log);
    return ctx;
}

std::string proj_message(PJ_CONTEXT* ctx, const std::string& last_message) {
    if (!last_message.empty()) return last_message;
    const int err = proj_context_errno(ctx);
    if (err != 0) {
        const char* s = proj_context_errno_string(ctx, err);
        if (s) return s;
    }
    return "unknown PROJ error";
}

std::string shorten(const std::string& crs) {
    constexpr std::size_t max = 80;
    return crs.size() <= max ? crs : crs.substr(0, max) + "...";
}

// Parses a CRS or throws with PROJ's reason.
PjPtr make_crs(PJ_CONTEXT* ctx, const std::string& crs, std::string& last_message) {
    last_message.clear();
    PjPtr pj(proj_create(ctx, crs.c_str()));
    if (!pj)
        throw std::runtime_error("PROJ cannot use CRS \"" + shorten(crs) +
                                 "\": " + proj_message(ctx, last_message));
    if (!proj_is_crs(pj.get()))
        throw std::runtime_error("PROJ cannot use CRS \"" + shorten(crs) +
                                 "\": it is a coordinate operation, not a CRS");
    return pj;
}

}  // namespace

struct Projector::Impl {
    std::string last_message;  // before ctx: the logger points at it until ctx is destroyed
    ContextPtr ctx;
    PjPtr transform;  // null for the identity
    std::string source, target;
};

Projector::Projector(const std::string& source_crs, const std::string& target_crs)
    : impl_(std::make_unique<Impl>()) {
    Impl& m = *impl_;
    m.source = source_crs;
    m.target = target_crs;
    m.ctx = make_context(&m.last_message);
    PjPtr src = make_crs(m.ctx.get(), source_crs, m.last_message);
    PjPtr dst = make_crs(m.ctx.get(), target_crs, m.last_message);
    if (source_crs == target_crs ||
        proj_is_equivalent_to_with_ctx(m.ctx.get(), src.get(), dst.get(), PJ_COMP_EQUIVALENT))
        return;

    m.last_message.clear();
    PjPtr op(proj_create_crs_to_crs_from_pj(m.ctx.get(), src.get(), dst.get(), nullptr, nullptr));
    if (!op)
        throw std::runtime_error("PROJ cannot transform from \"" + shorten(source_crs) + "\" to \"" +
                                 shorten(target_crs) + "\": " + proj_message(m.ctx.get(), m.last_message));
    // Shapefiles and maps are x = easting/longitude whatever the CRS's official axis order.
    m.transform.reset(proj_normalize_for_visualization(m.ctx.get(), op.get()));
    if (!m.transform)
        throw std::runtime_error("PROJ cannot normalise the transformation to \"" + shorten(target_crs) +
                                 "\": " + proj_message(m.ctx.get(), m.last_message));
}

Projector::~Projector() = default;

bool Projector::is_identity() const { return !impl_->transform; }

void Projector::project_in_place(std::vector<XY>& points) const {
    if (!impl_->transform || points.empty()) return;
    PJ* pj = impl_->transform.get();
    proj_errno_reset(pj);
    const std::size_t n = points.size();
    proj_trans_generic(pj, PJ_FWD, &points[0].x, sizeof(XY), n, &points[0].y, sizeof(XY), n, nullptr, 0, 0,
                       nullptr, 0, 0);
    // Failed points come back as HUGE_VAL; one of them would wreck the map's extent.
    for (std::size_t i = 0; i < n; ++i) {
        if (!std::isfinite(points[i].x) || !std::isfinite(points[i].y)) {
            const int err = proj_errno(pj);
            const char* why = err ? proj_context_errno_string(impl_->ctx.get(), err) : nullptr;
            throw std::runtime_error("PROJ could not project point " + std::to_string(i) + " of " +
                                     std::to_string(n) + " to \"" + shorten(impl_->target) +
                                     "\": " + (why ? why : "outside the CRS's domain"));
        }
    }
}

XY Projector::project(XY p) const {
    std::vector<XY> one{p};
    project_in_place(one);
    return one[0];
}

std::optional<std::string> crs_error(const std::string& crs) {
    std::string last_message;
    ContextPtr ctx = make_context(&last_message);
    try {
        make_crs(ctx.get(), crs, last_message);
    } catch (const std::runtime_error& e) {
        return std::string(e.what());
    }
    return std::nullopt;
}

Layer project_layer(Layer layer, const std::string& target_crs) {
    Projector projector(layer.crs, target_crs);
    Layer out = std::move(layer);
    out.crs = target_crs;
    if (projector.is_identity()) return out;
    for (auto& f : out.features)
        for (auto& r : f.rings) projector.project_in_place(r);
    recompute_bboxes(out);
    return out;
}

}  // namespace dspt::geo
