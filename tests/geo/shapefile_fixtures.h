#pragma once
// Shapefiles written by the tests themselves with raw shapelib calls (not with
// geo::write_polygon_shapefile), so the reader is checked against an independent writer.
#include <shapefil.h>
#include <unistd.h>

#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "geo/layer.h"

namespace dspt::geo::testing {

inline const std::string kShared = DSPT_SHARED_DATA;
inline const std::string kIcbShp = kShared + "/dspt-2023-11/boundaries/ICB_APR_2023_EN_BSC.shp";
inline const std::string kRegionShp = kShared + "/dspt-2023-11/boundaries/NHSER_JUL_2022_EN_BUC.shp";
inline const std::string kCountyShp = kShared + "/boundaries-extra/CTY_MAY_2023_EN_BGC.shp";

inline const std::string kWgs84Wkt =
    R"(GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433]])";
// The .prj ONS ships with its boundary files (ESRI WKT1).
inline const std::string kBngEsriWkt =
    R"(PROJCS["British_National_Grid",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",400000.0],PARAMETER["False_Northing",-100000.0],PARAMETER["Central_Meridian",-2.0],PARAMETER["Scale_Factor",0.9996012717],PARAMETER["Latitude_Of_Origin",49.0],UNIT["Meter",1.0]])";

// A fresh directory removed at the end of the test.
struct TempDir {
    std::filesystem::path path;
    explicit TempDir(const std::string& name)
        : path(std::filesystem::temp_directory_path() /
               ("dspt-geo-" + name + "-" + std::to_string(static_cast<long>(::getpid())))) {
        std::filesystem::remove_all(path);
        std::filesystem::create_directories(path);
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path, ec);
    }
    std::string file(const std::string& name) const { return (path / name).string(); }
};

struct FixtureFeature {
    std::vector<Ring> parts;          // written exactly as given (closed or not)
    std::vector<std::string> values;  // raw bytes, one per field
};

inline void write_text(const std::string& path, const std::string& text) {
    std::ofstream(path, std::ios::binary) << text;
}

// Writes base.shp/.shx/.dbf (text fields), and .prj/.cpg when the strings are not empty.
inline void write_fixture(const std::string& base, const std::vector<FixtureFeature>& features,
                          const std::vector<std::string>& fields, const std::string& prj,
                          const std::string& cpg = "UTF-8", int shape_type = SHPT_POLYGON) {
    SHPHandle shp = SHPCreate(base.c_str(), shape_type);
    DBFHandle dbf = DBFCreateEx((base + ".dbf").c_str(), cpg.empty() ? "LDID/0" : cpg.c_str());
    for (const auto& f : fields) DBFAddField(dbf, f.c_str(), FTString, 40, 0);
    for (const auto& feature : features) {
        std::vector<int> starts;
        std::vector<double> xs, ys;
        for (const auto& part : feature.parts) {
            starts.push_back(static_cast<int>(xs.size()));
            for (const auto& p : part) {
                xs.push_back(p.x);
                ys.push_back(p.y);
            }
        }
        SHPObject* obj =
            shape_type == SHPT_POINT
                ? SHPCreateSimpleObject(SHPT_POINT, 1, xs.data(), ys.data(), nullptr)
                : SHPCreateObject(shape_type, -1, static_cast<int>(starts.size()), starts.data(), nullptr,
                                  static_cast<int>(xs.size()), xs.data(), ys.data(), nullptr, nullptr);
        const int id = SHPWriteObject(shp, -1, obj);
        SHPDestroyObject(obj);
        for (std::size_t k = 0; k < feature.values.size(); ++k)
            DBFWriteStringAttribute(dbf, id, static_cast<int>(k), feature.values[k].c_str());
    }
    SHPClose(shp);
    DBFClose(dbf);
    std::filesystem::remove(base + ".cpg");
    if (!cpg.empty()) write_text(base + ".cpg", cpg);
    if (!prj.empty()) write_text(base + ".prj", prj);
}

inline Ring square(double x0, double y0, double x1, double y1, bool clockwise = true) {
    if (clockwise) return {{x0, y0}, {x0, y1}, {x1, y1}, {x1, y0}, {x0, y0}};
    return {{x0, y0}, {x1, y0}, {x1, y1}, {x0, y1}, {x0, y0}};
}

// The same two features in lon/lat (WGS84) and in British National Grid metres, the BNG
// values computed independently with PROJ 9.1.1's cs2cs (EPSG:4326 -> EPSG:27700):
//   feature 0: two parts, lon -0.10..-0.08 and -0.06..-0.04, lat 51.50..51.51;
//   feature 1: lon -0.02..0.02, lat 51.49..51.53, with a hole lon -0.01..0.01, lat 51.50..51.52.
inline std::vector<FixtureFeature> wgs84_fixture() {
    return {
        {{square(-0.10, 51.50, -0.08, 51.51), square(-0.06, 51.50, -0.04, 51.51)}, {"MULTI", "Two parts"}},
        {{square(-0.02, 51.49, 0.02, 51.53), square(-0.01, 51.50, 0.01, 51.52, false)},
         {"HOLE", "With a hole"}}};
}

inline std::vector<FixtureFeature> bng_fixture() {
    // (lon, lat) corner order as square(): (x0,y0) (x0,y1) (x1,y1) (x1,y0) (x0,y0).
    return {{{{{531979.293, 179606.909},
               {531950.425, 180718.938},
               {533338.243, 180755.158},
               {533367.415, 179643.131},
               {531979.293, 179606.909}},
              {{534755.534, 179679.733},
               {534726.058, 180791.757},
               {536113.870, 180828.736},
               {536143.650, 179716.715},
               {534755.534, 179679.733}}},
             {"MULTI", "Two parts"}},
            {{{{537561.842, 178642.060},
               {537441.496, 183090.136},
               {540215.883, 183165.979},
               {540338.662, 178717.928},
               {537561.842, 178642.060}},
              {{538225.816, 179772.900},
               {539613.922, 179810.830},
               {539552.837, 182034.859},
               {538165.339, 181996.934},
               {538225.816, 179772.900}}},
             {"HOLE", "With a hole"}}};
}

}  // namespace dspt::geo::testing
