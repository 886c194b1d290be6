#pragma once
// A streaming RFC 4180 reader: quoted commas, doubled quotes and line breaks inside
// quotes, CRLF / LF / CR line ends, any text encoding TextDecoder understands. It reads
// the file in large blocks and hands out string_views into its own buffer, so a 1 GB
// ONS Postcode Directory streams in constant memory. Blank lines are skipped; whether
// the first record is a header, and what a short row means, is the caller's business.
#include <array>
#include <cstdint>
#include <cstdio>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "io/text_encoding.h"
#include "io/warnings.h"

namespace dspt::io {

struct CsvOptions {
    char delimiter = ',';
    // A field or record longer than this is an InputError, not an unbounded allocation:
    // real rows are under 1 KiB; a longer one means a broken quote or the wrong file.
    std::size_t max_field_bytes = std::size_t{1} << 20;
    std::size_t max_record_bytes = std::size_t{1} << 20;
    std::size_t block_bytes = std::size_t{4} << 20;
};

class CsvReader {
public:
    // Throws InputError if the file cannot be opened or is a folder.
    explicit CsvReader(std::string path, CsvOptions options = {});
    CsvReader(const CsvReader&) = delete;
    CsvReader& operator=(const CsvReader&) = delete;

    // Moves to the next record; false after the last one. Throws InputError for an
    // empty file, an unterminated quote (at the quote), an over-long field/record,
    // or bytes that are not text.
    bool next();

    std::size_t size() const { return field_count_; }
    // Field i of the current record (unescaped, untrimmed). Valid until next().
    std::string_view field(std::size_t i) const;
    std::string_view operator[](std::size_t i) const { return field(i); }
    std::size_t line() const { return record_line_; }  // 1-based line where the record starts
    std::size_t field_line(std::size_t i) const { return fields_[i].line; }
    std::size_t column(std::size_t i) const;  // 1-based, in characters; of the opening quote if quoted
    std::size_t record_number() const { return records_; }  // 1 for the first record

    const std::string& path() const { return path_; }
    TextEncoding encoding() const { return decoder_.encoding(); }
    const TextDecoder& decoder() const { return decoder_; }

    // "path:line:column" of field i (column 0 = whole record).
    std::string location(std::size_t i) const;
    Where where(std::size_t i) const;  // the same, for a warning
    [[noreturn]] void fail(std::size_t i, const std::string& message) const;

private:
    enum class Parse { Complete, NeedMore, End };
    struct Field {
        std::size_t offset;  // into buf_ or scratch_
        std::size_t length;
        std::size_t start;  // offset in buf_ where the field starts (quote included)
        std::size_t line;
        std::size_t line_start;  // offset in buf_ where that line starts
        bool in_scratch;
    };

    Parse parse();
    void refill();
    [[noreturn]] void fail_at(std::size_t line, std::size_t line_start, std::size_t offset,
                              const std::string& message) const;

    std::string path_;
    CsvOptions options_;
    std::unique_ptr<std::FILE, int (*)(std::FILE*)> file_;
    TextDecoder decoder_;
    std::string raw_;      // one block of file bytes
    std::string buf_;      // decoded UTF-8; records are parsed from pos_
    std::string scratch_;  // unescaped quoted fields of the current record
    std::size_t pos_ = 0;
    std::size_t line_ = 1;       // line at pos_
    bool eof_ = false;           // no more text will arrive in buf_
    std::vector<Field> fields_;  // reused; the first field_count_ belong to the current record
    std::size_t field_count_ = 0;
    std::size_t record_line_ = 0;
    std::size_t records_ = 0;
    std::array<std::uint8_t, 256> stop_plain_{};  // ends an unquoted field
};

}  // namespace dspt::io
