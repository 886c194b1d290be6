#pragma once
// RFC 4180 CSV text: fields quoted only when they must be (comma, quote, CR or LF, or
// leading/trailing space), quotes doubled, UTF-8 passed through, LF line endings.
// Builds the text in memory; write it with write_file_atomically().
#include <string>
#include <string_view>
#include <vector>

namespace dspt::io {

class CsvWriter {
public:
    void row(const std::vector<std::string>& fields);
    const std::string& text() const { return text_; }

    static std::string quote(std::string_view field);

private:
    std::string text_;
};

}  // namespace dspt::io
