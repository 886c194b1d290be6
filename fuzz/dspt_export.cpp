// The DSPT portal export reader, current (2023) and older (2019) layouts: any bytes
// give records or an InputError, nothing else.
#include <cstdint>

#include "fuzz_support.h"
#include "io/input_error.h"
#include "io/readers.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string path = dspt::fuzz::write_scratch("export.csv", dspt::fuzz::as_view(data, size));
    dspt::io::Warnings warnings;
    try {
        const auto e = dspt::io::read_dspt_export(path, warnings);
        // Every record names the line it came from, inside the file.
        for (const auto& r : e.records)
            if (r.line == 0 || r.line > size + 1) dspt::fuzz::finding("record line out of range");
    } catch (const dspt::io::InputError&) {
    }
    return 0;
}
