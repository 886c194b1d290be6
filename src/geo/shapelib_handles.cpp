#include "geo/shapelib_handles.h"

namespace dspt::geo::shapelib {

namespace {
thread_local std::string last_error;
void record_error(const char* message) { last_error = message ? message : ""; }
}  // namespace

SAHooks quiet_hooks() {
    SAHooks hooks;
    SASetupDefaultHooks(&hooks);
    hooks.Error = &record_error;
    return hooks;
}

std::string take_last_error() {
    std::string s;
    s.swap(last_error);
    while (!s.empty() && (s.back() == '\n' || s.back() == ' ')) s.pop_back();
    return s;
}

}  // namespace dspt::geo::shapelib
