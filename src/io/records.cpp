#include "io/records.h"

namespace dspt::io {

std::string normalise_postcode(std::string_view postcode) {
    std::string out;
    out.reserve(postcode.size());
    for (char c : postcode) {
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n') continue;
        out += (c >= 'a' && c <= 'z') ? static_cast<char>(c - 'a' + 'A') : c;
    }
    return out;
}

}  // namespace dspt::io
