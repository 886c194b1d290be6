#include "curate/names.h"

#include <array>
#include <cctype>

namespace dspt::curate {
namespace {
bool is_ascii_letter(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
}  // namespace

std::optional<std::string> repair_lost_apostrophes(std::string_view name) {
    std::string out(name);
    bool changed = false;
    for (std::size_t i = 1; i + 1 < out.size(); ++i) {
        if (out[i] == '?' && is_ascii_letter(out[i - 1]) && is_ascii_letter(out[i + 1])) {
            out[i] = '\'';
            changed = true;
        }
    }
    if (!changed) return std::nullopt;
    return out;
}

namespace {

bool is_upper(char c) { return std::isupper(static_cast<unsigned char>(c)) != 0; }
bool is_lower(char c) { return std::islower(static_cast<unsigned char>(c)) != 0; }
bool is_alpha(char c) { return std::isalpha(static_cast<unsigned char>(c)) != 0; }
char lower(char c) { return static_cast<char>(std::tolower(static_cast<unsigned char>(c))); }

constexpr std::array<std::string_view, 8> kJoining = {"AND", "OF", "THE", "FOR", "ON", "UPON", "IN", "WITH"};
// Short words that are initialisms in NHS organisation names; other short words are
// ordinary words ("MID Essex", "Alder HEY", "Moorfields EYE", "Morecambe BAY").
constexpr std::array<std::string_view, 10> kAcronyms = {"NHS", "CSU", "NEL", "ICB", "CCG",
                                                        "UK",  "GP",  "CIC", "LLP", "LTD"};

bool is_vowel(char c) { return std::string_view("AEIOUY").find(c) != std::string_view::npos; }

// One word (letters, digits, apostrophes) of an all-capitals name.
std::string word_case(std::string_view w, bool first) {
    std::string out;
    for (auto j : kJoining) {
        if (w != j) continue;
        for (std::size_t k = 0; k < w.size(); ++k) out += (first && k == 0) ? w[k] : lower(w[k]);
        return out;
    }
    if (w == "ST") return "St";  // St George's, St Helens
    std::size_t letters = 0;
    for (char c : w) letters += is_alpha(c) ? 1 : 0;
    if (letters <= 3) {
        bool vowel = false;
        for (char c : w) vowel = vowel || is_vowel(c);
        for (auto a : kAcronyms)
            if (w == a) return std::string(w);
        if (!vowel) return std::string(w);  // an initialism the list does not know: "NWL"
    }
    bool seen_letter = false;
    for (char c : w) {
        out += seen_letter ? lower(c) : c;
        if (is_alpha(c)) seen_letter = true;
    }
    return out;
}

}  // namespace

std::string title_case(std::string_view name) {
    for (char c : name)
        if (is_lower(c)) return std::string(name);
    bool any_upper = false;
    for (char c : name) any_upper = any_upper || is_upper(c);
    if (!any_upper) return std::string(name);

    std::string out;
    std::size_t i = 0;
    bool first = true;
    while (i < name.size()) {
        const char c = name[i];
        if (std::isalnum(static_cast<unsigned char>(c)) || c == '\'') {
            std::size_t j = i;
            while (j < name.size() && (std::isalnum(static_cast<unsigned char>(name[j])) || name[j] == '\''))
                ++j;
            out += word_case(name.substr(i, j - i), first);
            first = false;
            i = j;
        } else {
            out += c;
            ++i;
        }
    }
    return out;
}

// A trailing " (CODE)" equal to the organisation's own code, however often repeated
// ("... TRUST (R0B) (R0B)"): the code is printed beside the name anyway.
std::string_view without_own_code(std::string_view name, std::string_view code) {
    if (code.empty()) return name;
    const std::string suffix = "(" + std::string(code) + ")";
    for (;;) {
        std::string_view t = name;
        while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
        if (!t.ends_with(suffix)) return name;
        t.remove_suffix(suffix.size());
        while (!t.empty() && t.back() == ' ') t.remove_suffix(1);
        if (t.empty()) return name;  // a name that is only its code stays as it is
        name = t;
    }
}

std::string display_name(std::string_view exported, std::string_view code) {
    const std::string_view base = without_own_code(exported, code);
    const auto repaired = repair_lost_apostrophes(base);
    return title_case(repaired ? std::string_view(*repaired) : base);
}

}  // namespace dspt::curate
