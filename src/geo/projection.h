#pragma once
// PROJ transformations. One transformer per layer (proj_create_crs_to_crs, normalised for
// visualisation so x is always easting/longitude), whole coordinate arrays at once, and
// the identity case skipped.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "geo/layer.h"

namespace dspt::geo {

class Projector {
public:
    // Any CRS PROJ understands: "EPSG:27700", WKT1 (ESRI or OGC), WKT2, PROJJSON.
    Projector(const std::string& source_crs, const std::string& target_crs);
    ~Projector();
    Projector(const Projector&) = delete;
    Projector& operator=(const Projector&) = delete;

    // Construction throws std::runtime_error with PROJ's message for an unusable CRS.
    // Network access (CDN grids) is disabled: output must not depend on the network.
    bool is_identity() const;
    void project_in_place(std::vector<XY>& points) const;
    XY project(XY p) const;

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// Why PROJ cannot use `crs` as a CRS (its own message), or nullopt when it can. Lets the
// shapefile reader blame the .prj file instead of failing later at projection time.
std::optional<std::string> crs_error(const std::string& crs);

// `layer` in `target_crs`, with bboxes recomputed (taken by value: move a layer in to project
// it without a copy). Throws std::runtime_error (PROJ's message) for an unusable CRS or a
// point PROJ cannot project.
Layer project_layer(Layer layer, const std::string& target_crs);

}  // namespace dspt::geo
