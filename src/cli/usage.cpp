#include "cli/usage.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstdio>

namespace dspt::cli {
namespace {

bool is_option(const std::string& a) { return a.size() > 1 && a[0] == '-'; }

std::string commands_of(const CLI::App& app) {
    std::string out;
    for (const CLI::App* sub : app.get_subcommands([](const CLI::App*) { return true; }))
        out += (out.empty() ? "" : ", ") + sub->get_name();
    return out;
}

}  // namespace

std::string plain_number(double v) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", v);
    return buffer;
}

std::optional<std::string> unknown_word(const CLI::App& app, const std::vector<std::string>& args) {
    std::size_t i = 0;
    const CLI::App* sub = nullptr;
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (is_option(a)) {
            const std::string name = a.substr(0, a.find('='));
            if (!app.get_option_no_throw(name)) return "unknown option '" + name + "'";
            continue;
        }
        try {
            sub = app.get_subcommand(a);
        } catch (const CLI::OptionNotFound&) {
            return "unknown command '" + a + "' (the commands are " + commands_of(app) + ")";
        }
        ++i;
        break;
    }
    if (!sub) return std::nullopt;
    bool positional = false;
    for (; i < args.size(); ++i) {
        const std::string& a = args[i];
        if (a == "--") {  // the rest are positional
            for (std::size_t j = i + 1; j < args.size(); ++j) {
                if (positional) return "unexpected argument '" + args[j] + "' for " + sub->get_name();
                positional = true;
            }
            break;
        }
        if (is_option(a)) {
            const auto eq = a.find('=');
            const std::string name = a.substr(0, eq);
            const CLI::Option* opt = sub->get_option_no_throw(name);
            if (!opt) return "unknown option '" + name + "' for " + sub->get_name();
            // Takes a value (CLI11's own test): a flag such as --svg does not.
            const bool takes_value = std::min(opt->get_type_size_min(), opt->get_items_expected_min()) > 0;
            if (eq == std::string::npos && takes_value) ++i;
            continue;
        }
        if (positional) return "unexpected argument '" + a + "' for " + sub->get_name();
        positional = true;
    }
    return std::nullopt;
}

CLI::Validator number_between(double lo, double hi) {
    return CLI::Validator(
        [lo, hi](std::string& text) -> std::string {
            double v = 0;
            const char* first = text.data();
            const char* last = first + text.size();
            const auto [end, ec] = std::from_chars(first, last, v);
            if (text.empty() || ec != std::errc{} || end != last || !std::isfinite(v))
                return "'" + text + "' is not a number";
            if (v < lo || v > hi) return text + " is outside " + plain_number(lo) + " to " + plain_number(hi);
            return {};
        },
        plain_number(lo) + " to " + plain_number(hi));
}

std::string usage_message(const CLI::ParseError& e) {
    std::string line = e.what();
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    return line;
}

}  // namespace dspt::cli
