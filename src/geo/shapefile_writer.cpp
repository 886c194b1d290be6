#include "geo/shapefile_writer.h"

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <stdexcept>

#include "geo/shapelib_handles.h"

namespace dspt::geo {

namespace {

void write_text(const std::filesystem::path& p, const std::string& text) {
    std::ofstream out(p, std::ios::binary | std::ios::trunc);
    out << text;
    if (!out) throw std::runtime_error("cannot write " + p.string());
}

void fail(const std::string& what) {
    const std::string why = shapelib::take_last_error();
    throw std::runtime_error(why.empty() ? what : what + " (" + why + ")");
}

}  // namespace

void write_polygon_shapefile(const Layer& layer, const std::string& shp_path,
                             const std::vector<std::string>& fields_in) {
    std::filesystem::path base(shp_path);
    if (base.extension() == ".shp") base.replace_extension();
    std::vector<std::string> fields = fields_in;
    if (fields.empty() && !layer.features.empty())
        for (const auto& [name, value] : layer.features.front().attributes) fields.push_back(name);

    SAHooks hooks = shapelib::quiet_hooks();
    shapelib::Shp shp(SHPCreateLL(base.c_str(), SHPT_POLYGON, &hooks));
    if (!shp) fail("cannot create " + base.string() + ".shp");
    shapelib::Dbf dbf(DBFCreateLL((base.string() + ".dbf").c_str(), "UTF-8", &hooks));
    if (!dbf) fail("cannot create " + base.string() + ".dbf");

    for (const std::string& name : fields) {
        std::size_t width = 1;
        for (const auto& f : layer.features) {
            auto it = f.attributes.find(name);
            if (it != f.attributes.end()) width = std::max(width, it->second.size());
        }
        if (DBFAddField(dbf.get(), name.c_str(), FTString,
                        static_cast<int>(std::min<std::size_t>(width, 254)), 0) < 0)
            fail("cannot add field " + name);
    }

    std::vector<int> starts;
    std::vector<double> xs, ys;
    for (const auto& f : layer.features) {
        starts.clear();
        xs.clear();
        ys.clear();
        for (const Ring& r : f.rings) {
            starts.push_back(static_cast<int>(xs.size()));
            for (const XY& p : r) {
                xs.push_back(p.x);
                ys.push_back(p.y);
            }
        }
        shapelib::Object obj(SHPCreateObject(SHPT_POLYGON, -1, static_cast<int>(starts.size()), starts.data(),
                                             nullptr, static_cast<int>(xs.size()), xs.data(), ys.data(),
                                             nullptr, nullptr));
        if (!obj) fail("cannot build shape");
        const int id = SHPWriteObject(shp.get(), -1, obj.get());
        if (id < 0) fail("cannot write shape to " + shp_path);
        for (std::size_t k = 0; k < fields.size(); ++k) {
            auto it = f.attributes.find(fields[k]);
            const std::string value = it == f.attributes.end() ? "" : it->second;
            if (!DBFWriteStringAttribute(dbf.get(), id, static_cast<int>(k), value.c_str()))
                fail("cannot write attribute " + fields[k]);
        }
    }
    shp.reset();
    dbf.reset();
    write_text(base.string() + ".cpg", "UTF-8");
    if (!layer.crs.empty()) write_text(base.string() + ".prj", layer.crs);
}

}  // namespace dspt::geo
