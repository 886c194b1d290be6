#include "io/csv_reader.h"

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <filesystem>

#include "io/byte_scan.h"
#include "io/input_error.h"

namespace dspt::io {
namespace {

bool is_continuation(char c) { return (static_cast<unsigned char>(c) & 0xC0) == 0x80; }

std::string mib(std::size_t bytes) {
    if (bytes % (std::size_t{1} << 20) == 0) return std::to_string(bytes >> 20) + " MiB";
    return std::to_string(bytes) + " bytes";
}

}  // namespace

CsvReader::CsvReader(std::string path, CsvOptions options)
    : path_(std::move(path)), options_(options), file_(nullptr, &std::fclose), decoder_(path_) {
    std::error_code ec;
    if (std::filesystem::is_directory(path_, ec)) throw InputError(path_, "is a folder, not a file");
    file_.reset(std::fopen(path_.c_str(), "rb"));
    if (!file_) throw InputError(path_, std::string("cannot open: ") + std::strerror(errno));
    if (options_.block_bytes < 4096) options_.block_bytes = 4096;
    // A small file needs no 4 MiB block: one just larger than the file reads it in one go
    // (a short read is how refill() sees the end) without a big allocation per file.
    const auto file_bytes = std::filesystem::file_size(path_, ec);
    if (!ec && file_bytes < options_.block_bytes)
        options_.block_bytes = std::max<std::size_t>(4096, static_cast<std::size_t>(file_bytes) + 1);
    for (int c : {int(options_.delimiter), int('\n'), int('\r')})
        stop_plain_[static_cast<unsigned char>(c)] = 1;
}

void CsvReader::refill() {
    // Drop the records already handed out; what is left is the start of an unfinished record.
    buf_.erase(0, pos_);
    pos_ = 0;
    raw_.resize(options_.block_bytes);
    const std::size_t n = std::fread(raw_.data(), 1, raw_.size(), file_.get());
    if (n < raw_.size()) {
        if (std::ferror(file_.get()))
            throw InputError(path_, std::string("read error: ") + std::strerror(errno));
        eof_ = true;
    }
    decoder_.decode(std::string_view(raw_.data(), n), eof_, buf_);
}

bool CsvReader::next() {
    for (;;) {
        switch (parse()) {
            case Parse::Complete:
                ++records_;
                return true;
            case Parse::End:
                if (records_ == 0) throw InputError(path_, "empty file");
                return false;
            case Parse::NeedMore:
                refill();
                break;
        }
    }
}

CsvReader::Parse CsvReader::parse() {
    const char* b = buf_.data();
    const std::size_t end = buf_.size();
    std::size_t p = pos_;
    std::size_t line = line_;

    // Blank lines between records carry nothing.
    while (p < end && (b[p] == '\n' || b[p] == '\r')) {
        if (b[p] == '\r' && p + 1 == end && !eof_) break;
        if (b[p] == '\r' && p + 1 < end && b[p + 1] == '\n') ++p;
        ++p;
        ++line;
    }
    pos_ = p;
    line_ = line;
    if (p == end) return eof_ ? Parse::End : Parse::NeedMore;
    if (b[p] == '\r') return Parse::NeedMore;  // CR at the end of the buffer: LF may follow

    const std::size_t record_start = p;
    const std::size_t record_line = line;
    std::size_t line_start = p;
    field_count_ = 0;
    scratch_.clear();

    const auto need_more = [&]() {
        if (end - record_start > options_.max_record_bytes) {
            fail_at(record_line, record_start, record_start,
                    "record longer than " + mib(options_.max_record_bytes) +
                        " (an unterminated quote, or not a CSV file?)");
        }
        return Parse::NeedMore;
    };

    for (;;) {
        // Spaces before an opening quote (`a, "b, c"`) are not RFC 4180 but common in
        // hand-edited files; treat the field as quoted rather than split it at the comma.
        std::size_t s = p;
        while (s < end && (b[s] == ' ' || b[s] == '\t')) ++s;
        if (s == end && !eof_) return need_more();
        if (s < end && b[s] == '"') p = s;
        // Filled in place: building a Field on the stack and copying it costs a
        // store-forwarding stall per field, the hottest spot when reading the ONSPD.
        if (field_count_ == fields_.size()) fields_.emplace_back();
        Field& f = fields_[field_count_];
        f.offset = p;
        f.length = 0;
        f.start = p;
        f.line = line;
        f.line_start = line_start;
        f.in_scratch = false;
        if (p < end && b[p] == '"') {
            const std::size_t quote = p;
            const std::size_t quote_line = line;
            const std::size_t quote_line_start = line_start;
            const std::size_t content = ++p;
            bool escaped = false;  // the field lives in scratch_ (it had "" or text after the closing quote)
            std::size_t scratch_from = scratch_.size();
            for (;;) {
                const auto k =
                    static_cast<std::size_t>(detail::find_any3(b + p, b + end, '"', '\n', '\r') - b);
                if (k - quote > options_.max_field_bytes) {
                    fail_at(quote_line, quote_line_start, quote,
                            "quoted field longer than " + mib(options_.max_field_bytes) +
                                " (unterminated quote?)");
                }
                if (k == end) {
                    if (eof_)
                        fail_at(quote_line, quote_line_start, quote,
                                "unterminated quote: the file ends inside this quoted field");
                    return need_more();
                }
                if (b[k] == '\n' || b[k] == '\r') {
                    if (b[k] == '\r' && k + 1 == end && !eof_) return need_more();
                    if (escaped) scratch_.append(b + p, k + 1 - p);  // up to and including the line break
                    // CR LF counts once, at the LF.
                    if (b[k] == '\n' || k + 1 == end || b[k + 1] != '\n') {
                        ++line;
                        line_start = k + 1;
                    }
                    p = k + 1;
                    continue;
                }
                // A quote: doubled (an escaped quote) or closing.
                if (k + 1 == end && !eof_) return need_more();
                if (k + 1 < end && b[k + 1] == '"') {
                    if (!escaped) {
                        escaped = true;
                        scratch_from = scratch_.size();
                        scratch_.append(b + content, k + 1 - content);
                    } else {
                        scratch_.append(b + p, k + 1 - p);
                    }
                    p = k + 2;
                    continue;
                }
                if (escaped) scratch_.append(b + p, k - p);
                f.offset = escaped ? scratch_from : content;
                f.length = escaped ? scratch_.size() - scratch_from : k - content;
                p = k + 1;
                // Text between the closing quote and the delimiter breaks RFC 4180; like most
                // readers, keep it rather than lose the row ("abc"def -> abcdef).
                if (p < end && !stop_plain_[static_cast<unsigned char>(b[p])]) {
                    if (!escaped) {
                        scratch_from = scratch_.size();
                        scratch_.append(b + content, k - content);
                        escaped = true;
                    }
                    std::size_t q = p;
                    while (q < end && !stop_plain_[static_cast<unsigned char>(b[q])]) ++q;
                    scratch_.append(b + p, q - p);
                    f.offset = scratch_from;
                    f.length = scratch_.size() - scratch_from;
                    p = q;
                }
                f.in_scratch = escaped;
                break;
            }
        } else {
            const auto k = static_cast<std::size_t>(
                detail::find_any3(b + p, b + end, options_.delimiter, '\n', '\r') - b);
            f.offset = p;
            f.length = k - p;
            p = k;
        }
        if (f.length > options_.max_field_bytes) {
            fail_at(f.line, f.line_start, f.start, "field longer than " + mib(options_.max_field_bytes));
        }
        if (p == end && !eof_) return need_more();
        if (p - record_start > options_.max_record_bytes) {
            fail_at(record_line, record_start, record_start,
                    "record longer than " + mib(options_.max_record_bytes));
        }
        ++field_count_;
        if (p == end) break;  // last record, no line break after it
        const char c = b[p];
        if (c == options_.delimiter) {
            ++p;
            continue;
        }
        if (c == '\r') {
            if (p + 1 == end && !eof_) return need_more();
            ++p;
            if (p < end && b[p] == '\n') ++p;
        } else {
            ++p;  // '\n'
        }
        ++line;
        break;
    }
    pos_ = p;
    line_ = line;
    record_line_ = record_line;
    return Parse::Complete;
}

std::string_view CsvReader::field(std::size_t i) const {
    const Field& f = fields_[i];
    return f.in_scratch ? std::string_view(scratch_).substr(f.offset, f.length)
                        : std::string_view(buf_).substr(f.offset, f.length);
}

std::size_t CsvReader::column(std::size_t i) const {
    const Field& f = fields_[i];
    std::size_t chars = 0;
    for (std::size_t k = f.line_start; k < f.start; ++k) chars += !is_continuation(buf_[k]);
    return chars + 1;
}

std::string CsvReader::location(std::size_t i) const {
    if (i >= field_count_) return format_location(path_, record_line_, 0);
    return format_location(path_, fields_[i].line, column(i));
}

Where CsvReader::where(std::size_t i) const {
    if (i >= field_count_) return {path_, record_line_, 0};
    return {path_, fields_[i].line, column(i)};
}

void CsvReader::fail(std::size_t i, const std::string& message) const {
    if (i >= field_count_) throw InputError(path_, record_line_, 0, message);
    throw InputError(path_, fields_[i].line, column(i), message);
}

void CsvReader::fail_at(std::size_t line, std::size_t line_start, std::size_t offset,
                        const std::string& message) const {
    std::size_t chars = 0;
    for (std::size_t k = line_start; k < offset && k < buf_.size(); ++k) chars += !is_continuation(buf_[k]);
    throw InputError(path_, line, chars + 1, message);
}

}  // namespace dspt::io
