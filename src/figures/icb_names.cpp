#include "figures/icb_names.h"

#include <algorithm>
#include <cctype>

namespace dspt::figures {

namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

std::string_view trim(std::string_view s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front()))) s.remove_prefix(1);
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.remove_suffix(1);
    return s;
}

}  // namespace

std::string short_icb_name(std::string_view name) {
    std::string_view s = trim(name);
    const std::string_view original = s;
    constexpr std::string_view prefix = "NHS ";
    if (s.size() > prefix.size() && iequals(s.substr(0, prefix.size()), prefix))
        s.remove_prefix(prefix.size());
    for (std::string_view suffix : {std::string_view(" Integrated Care Board"), std::string_view(" ICB")}) {
        if (s.size() > suffix.size() && iequals(s.substr(s.size() - suffix.size()), suffix)) {
            s.remove_suffix(suffix.size());
            break;
        }
    }
    s = trim(s);
    return std::string(s.empty() ? original : s);
}

std::string compact_icb_name(std::string_view name) {
    std::string s = short_icb_name(name);
    for (std::size_t pos = 0; (pos = s.find(" and ", pos)) != std::string::npos;) {
        s.replace(pos, 5, " & ");
        pos += 3;
    }
    return s;
}

}  // namespace dspt::figures
