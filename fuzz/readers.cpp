// The other CSV readers (ODS organisations, ODS successors, ONS lookup, postcodes):
// the first byte picks the reader, the rest is the file.
#include "io/readers.h"

#include <cstdint>
#include <unordered_set>

#include "fuzz_support.h"
#include "io/input_error.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    if (size == 0) return 0;
    const std::string path = dspt::fuzz::write_scratch("input.csv", dspt::fuzz::as_view(data + 1, size - 1));
    dspt::io::Warnings warnings;
    try {
        switch (data[0] % 4) {
            case 0:
                dspt::io::read_ods_organisations(path, warnings);
                break;
            case 1:
                dspt::io::read_ods_successors(path, warnings);
                break;
            case 2:
                dspt::io::read_ons_lookup(path, warnings);
                break;
            case 3: {
                // The first postcodes of the sample file (the seeds are its head), normalised
                // as the caller passes them.
                static const std::unordered_set<std::string> wanted{"AL108YE", "AL71BW", "B13RB", "B152GW",
                                                                    "B187QH",  "B312AP", "B46NH"};
                dspt::io::read_postcodes(path, wanted, warnings);
                break;
            }
        }
    } catch (const dspt::io::InputError&) {
    }
    return 0;
}
