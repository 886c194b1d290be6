#pragma once
// The one exception type for bad input: the CLI prints what() as a single line
// "FILE:LINE:COLUMN: message" and exits 1. Line and column are 1-based; 0 means
// "not applicable" and is left out of the message.
#include <cstddef>
#include <stdexcept>
#include <string>

namespace dspt::io {

class InputError : public std::runtime_error {
public:
    InputError(std::string file, std::size_t line, std::size_t column, const std::string& message);
    InputError(std::string file, const std::string& message) : InputError(std::move(file), 0, 0, message) {}

    const std::string& file() const { return file_; }
    std::size_t line() const { return line_; }
    std::size_t column() const { return column_; }

private:
    std::string file_;
    std::size_t line_;
    std::size_t column_;
};

// "file:line:column: message" with the parts that are known.
std::string format_location(const std::string& file, std::size_t line, std::size_t column);

}  // namespace dspt::io
