#include "io/input_error.h"

namespace dspt::io {

std::string format_location(const std::string& file, std::size_t line, std::size_t column) {
    std::string out = file;
    if (line > 0) {
        out += ':' + std::to_string(line);
        if (column > 0) out += ':' + std::to_string(column);
    }
    return out;
}

InputError::InputError(std::string file, std::size_t line, std::size_t column, const std::string& message)
    : std::runtime_error(format_location(file, line, column) + ": " + message),
      file_(std::move(file)),
      line_(line),
      column_(column) {}

}  // namespace dspt::io
