#pragma once
// RAII owners for shapelib's C handles, and hooks that route shapelib's error messages
// into an exception instead of stderr. Shared by the reader, the writer, tests and benches.
#include <shapefil.h>

#include <memory>
#include <string>

namespace dspt::geo::shapelib {

struct ShpCloser {
    void operator()(SHPInfo* h) const { SHPClose(h); }
};
struct DbfCloser {
    void operator()(DBFInfo* h) const { DBFClose(h); }
};
struct ObjectDestroyer {
    void operator()(SHPObject* o) const { SHPDestroyObject(o); }
};
using Shp = std::unique_ptr<SHPInfo, ShpCloser>;
using Dbf = std::unique_ptr<DBFInfo, DbfCloser>;
using Object = std::unique_ptr<SHPObject, ObjectDestroyer>;

// Default file hooks whose Error callback records the message (thread-local) rather
// than printing it; read it back with take_last_error() when a call fails.
SAHooks quiet_hooks();
std::string take_last_error();

}  // namespace dspt::geo::shapelib
