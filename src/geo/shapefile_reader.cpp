#include "geo/shapefile_reader.h"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <filesystem>
#include <fstream>
#include <optional>
#include <sstream>

#include "geo/dbf_text.h"
#include "geo/projection.h"
#include "geo/shapelib_handles.h"
#include "io/input_error.h"

namespace dspt::geo {

namespace {

namespace fs = std::filesystem;
using io::InputError;

// Beyond this a coordinate is not a place on Earth in any CRS a boundary file uses
// (metres or degrees); such values come from corrupt files and would wreck the extent.
constexpr double kMaxAbsCoordinate = 1e10;

// The sidecar `ext` of `base`, in lower or upper case as shapelib itself accepts.
std::optional<fs::path> sidecar(const fs::path& base, const std::string& ext) {
    for (const std::string& e : {ext, [&] {
                                     std::string up = ext;
                                     for (char& c : up)
                                         c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
                                     return up;
                                 }()}) {
        fs::path p = base;
        p += e;
        std::error_code ec;
        if (fs::is_regular_file(p, ec)) return p;
    }
    return std::nullopt;
}

std::string shape_kind(int type) {
    switch (type) {
        case SHPT_NULL:
            return "null shapes";
        case SHPT_POINT:
        case SHPT_POINTZ:
        case SHPT_POINTM:
            return "points";
        case SHPT_ARC:
        case SHPT_ARCZ:
        case SHPT_ARCM:
            return "lines";
        case SHPT_MULTIPOINT:
        case SHPT_MULTIPOINTZ:
        case SHPT_MULTIPOINTM:
            return "multipoints";
        case SHPT_MULTIPATCH:
            return "multipatches";
        default:
            return "shape type " + std::to_string(type);
    }
}

bool is_polygon_type(int type) {
    return type == SHPT_POLYGON || type == SHPT_POLYGONZ || type == SHPT_POLYGONM;
}

std::string read_text_file(const fs::path& p) {
    std::ifstream in(p, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string trimmed(const std::string& s) { return std::string(trim_dbf(s)); }

std::string with_reason(const std::string& what, const std::string& shapelib_message) {
    return shapelib_message.empty() ? what : what + " (" + shapelib_message + ")";
}

std::string record_label(int i, int n) {
    return "record " + std::to_string(i + 1) + " of " + std::to_string(n);
}

// The CRS: the .prj's WKT when there is one (checked now, so a bad .prj is blamed on the
// .prj rather than on projection later), else the caller's fallback with a warning.
std::string read_crs(const fs::path& base, const std::string& shp, const std::string& fallback_crs,
                     io::Warnings& warnings) {
    if (auto prj = sidecar(base, ".prj")) {
        std::string wkt = trimmed(read_text_file(*prj));
        if (!wkt.empty()) {
            if (auto err = crs_error(wkt))
                throw InputError(prj->string(), "not a CRS PROJ understands: " + *err);
            return wkt;
        }
    }
    if (fallback_crs.empty())
        throw InputError(shp, "no .prj file beside the shapefile and no fallback CRS configured");
    if (auto err = crs_error(fallback_crs))
        throw InputError(shp, "no .prj file beside the shapefile and the fallback CRS is unusable: " + *err);
    warnings.add("missing-prj", shp,
                 "no usable .prj file beside the shapefile; assuming its coordinates are in " + fallback_crs);
    return fallback_crs;
}

std::vector<Ring> read_rings(const SHPObject& obj, int i, int n, const std::string& shp,
                             io::Warnings& warnings) {
    std::vector<Ring> rings;
    const int nv = obj.nVertices;
    const int np = obj.nParts;
    for (int part = 0; part < std::max(np, 1); ++part) {
        const int start = np > 0 ? obj.panPartStart[part] : 0;
        const int end = (np > 0 && part + 1 < np) ? obj.panPartStart[part + 1] : nv;
        if (start < 0 || end < start || end > nv)
            throw InputError(shp, record_label(i, n) + ": part " + std::to_string(part + 1) +
                                      " has inconsistent vertex offsets");
        Ring ring;
        ring.reserve(static_cast<std::size_t>(end - start) + 1);
        for (int v = start; v < end; ++v) {
            const double x = obj.padfX[v], y = obj.padfY[v];
            if (!std::isfinite(x) || !std::isfinite(y) || std::fabs(x) > kMaxAbsCoordinate ||
                std::fabs(y) > kMaxAbsCoordinate) {
                std::ostringstream msg;
                msg << record_label(i, n) << ": vertex " << (v + 1) << " has an impossible coordinate (" << x
                    << ", " << y << ")";
                throw InputError(shp, msg.str());
            }
            ring.push_back({x, y});
        }
        if (ring.empty()) continue;
        if (ring.front().x != ring.back().x || ring.front().y != ring.back().y) {
            ring.push_back(ring.front());
            warnings.add(
                "unclosed-ring", shp,
                record_label(i, n) + ": part " + std::to_string(part + 1) + " was not closed; closed it");
        }
        if (ring.size() < 4) {
            warnings.add("degenerate-ring", shp,
                         record_label(i, n) + ": part " + std::to_string(part + 1) + " has only " +
                             std::to_string(ring.size()) + " points (a ring needs 4); dropped");
            continue;
        }
        rings.push_back(std::move(ring));
    }
    return rings;
}

struct DbfReader {
    shapelib::Dbf dbf;
    std::vector<std::string> field_names;
    DbfEncoding encoding = DbfEncoding::Unknown;
    bool warned_bad_utf8 = false;

    std::string decode(std::string_view raw, const std::string& dbf_path, io::Warnings& warnings) {
        bool bad = false;
        std::string s = dbf_text_to_utf8(trim_dbf(raw), encoding, bad);
        if (bad && !warned_bad_utf8) {
            warned_bad_utf8 = true;
            warnings.add("invalid-utf8", dbf_path,
                         "the .cpg says UTF-8 but some text is not valid UTF-8; read it as Windows-1252");
        }
        return s;
    }
};

DbfReader open_dbf(const fs::path& dbf_path, io::Warnings& warnings) {
    SAHooks hooks = shapelib::quiet_hooks();
    DbfReader r;
    r.dbf.reset(DBFOpenLL(dbf_path.c_str(), "rb", &hooks));
    if (!r.dbf)
        throw InputError(dbf_path.string(),
                         with_reason("cannot read the .dbf attribute table", shapelib::take_last_error()));
    const char* cp = DBFGetCodePage(r.dbf.get());
    bool recognised = true;
    r.encoding = dbf_encoding_from_codepage(cp ? cp : "", recognised);
    if (!recognised)
        warnings.add(
            "unknown-codepage", dbf_path.string(),
            std::string("code page \"") + cp + "\" is not supported; text read as UTF-8 or Windows-1252");
    const int nf = DBFGetFieldCount(r.dbf.get());
    for (int f = 0; f < nf; ++f) {
        char name[XBASE_FLDNAME_LEN_READ + 1] = {};
        DBFGetFieldInfo(r.dbf.get(), f, name, nullptr, nullptr);
        r.field_names.push_back(r.decode(name, dbf_path.string(), warnings));
    }
    return r;
}

}  // namespace

Layer read_polygon_shapefile(const std::string& shp_path, const std::string& fallback_crs,
                             io::Warnings& warnings) {
    const fs::path shp(shp_path);
    std::error_code ec;
    if (!fs::is_regular_file(shp, ec)) throw InputError(shp_path, "shapefile not found");
    fs::path base = shp;
    {
        std::string ext = shp.extension().string();
        for (char& c : ext) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        if (ext == ".shp") base.replace_extension();
    }
    // Name the missing sidecar ourselves: shapelib would only say "unable to open".
    auto shx = sidecar(base, ".shx");
    if (!shx)
        throw InputError(fs::path(base).concat(".shx").string(), "missing: a shapefile needs its .shx index");
    auto dbf_path = sidecar(base, ".dbf");
    if (!dbf_path)
        throw InputError(fs::path(base).concat(".dbf").string(),
                         "missing: a shapefile needs its .dbf attribute table");

    SAHooks hooks = shapelib::quiet_hooks();
    shapelib::Shp handle(SHPOpenLL(shp_path.c_str(), "rb", &hooks));
    if (!handle)
        throw InputError(shp_path, with_reason("not a readable shapefile", shapelib::take_last_error()));

    int n = 0, type = 0;
    double min_bound[4], max_bound[4];
    SHPGetInfo(handle.get(), &n, &type, min_bound, max_bound);
    if (!is_polygon_type(type)) throw InputError(shp_path, "expected polygons, found " + shape_kind(type));

    DbfReader dbf = open_dbf(*dbf_path, warnings);
    const int dbf_n = DBFGetRecordCount(dbf.dbf.get());
    if (dbf_n != n)
        throw InputError(dbf_path->string(), "has " + std::to_string(dbf_n) + " records but the .shp has " +
                                                 std::to_string(n) + " shapes");

    Layer layer;
    layer.path = shp_path;
    layer.crs = read_crs(base, shp_path, fallback_crs, warnings);
    layer.features.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) {
        shapelib::Object obj(SHPReadObject(handle.get(), i));
        if (!obj)
            throw InputError(shp_path,
                             with_reason(record_label(i, n) + " cannot be read (truncated or damaged file)",
                                         shapelib::take_last_error()));
        if (obj->nSHPType == SHPT_NULL) {
            warnings.add("null-shape", shp_path, record_label(i, n) + " has no geometry; skipped");
            continue;
        }
        if (!is_polygon_type(obj->nSHPType))
            throw InputError(shp_path,
                             record_label(i, n) + ": expected polygons, found " + shape_kind(obj->nSHPType));

        Feature f;
        f.record = static_cast<std::size_t>(i);
        f.rings = read_rings(*obj, i, n, shp_path, warnings);
        if (f.rings.empty()) {
            warnings.add("empty-feature", shp_path, record_label(i, n) + " has no usable ring; skipped");
            continue;
        }
        for (std::size_t k = 0; k < dbf.field_names.size(); ++k) {
            const int field = static_cast<int>(k);
            std::string value;
            if (!DBFIsAttributeNULL(dbf.dbf.get(), i, field)) {
                const char* raw = DBFReadStringAttribute(dbf.dbf.get(), i, field);
                if (raw) value = dbf.decode(raw, dbf_path->string(), warnings);
            }
            f.attributes[dbf.field_names[k]] = std::move(value);
        }
        f.bbox = bbox_of(f.rings);
        layer.bbox.extend(f.bbox);
        layer.features.push_back(std::move(f));
    }
    return layer;
}

}  // namespace dspt::geo
