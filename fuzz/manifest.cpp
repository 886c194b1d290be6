// The TOML run manifest. The manifest is written to the scratch folder beside empty
// stand-ins for the sample inputs (and a folder), so seeds whose paths name those files
// get past path resolution to the rest of the checks. Resolution only asks the file
// system whether a path exists and is a folder; no input file is opened or read.
#include "io/manifest.h"

#include <cstdint>
#include <filesystem>

#include "fuzz_support.h"
#include "io/input_error.h"

namespace {

void make_stand_ins() {
    for (const char* name : {"export.csv", "previous.csv", "etr.csv", "ect.csv", "ecsu.csv", "succ.csv",
                             "lookup.csv", "icb.shp", "regions.shp", "postcodes.csv"})
        dspt::fuzz::write_scratch(name, "");
    std::filesystem::create_directories(dspt::fuzz::scratch_dir() + "/folder");
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static const bool ready = (make_stand_ins(), true);
    (void)ready;
    const std::string path = dspt::fuzz::write_scratch("manifest.toml", dspt::fuzz::as_view(data, size));
    try {
        const auto m = dspt::io::read_manifest(path);
        if (m.dspt_export.empty()) dspt::fuzz::finding("a manifest without dspt_export was accepted");
    } catch (const dspt::io::InputError&) {
    }
    return 0;
}
