// The generic CSV reader and the text decoder under it. Besides "no crash, only
// InputError", two oracles: the streaming decoder must give the same text and the same
// error whatever the chunk sizes, and the reader must give the same records (fields,
// lines, columns) whatever its block size, because where a block ends is an accident of
// the file's length, not something the caller should ever notice.
#include <algorithm>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "fuzz_support.h"
#include "io/csv_reader.h"
#include "io/input_error.h"
#include "io/text_encoding.h"

namespace {

using dspt::io::CsvOptions;
using dspt::io::CsvReader;
using dspt::io::InputError;
using dspt::io::TextDecoder;

struct Decoded {
    std::string text;
    std::optional<std::string> error;
    dspt::io::TextEncoding encoding = dspt::io::TextEncoding::Ascii;
    std::size_t fallback_bytes = 0, fallback_line = 0, fallback_column = 0;

    bool operator==(const Decoded&) const = default;
};

Decoded decode_in_chunks(std::string_view bytes, std::size_t chunk) {
    Decoded d;
    TextDecoder decoder("in.csv");
    try {
        std::size_t at = 0;
        do {
            const std::size_t n = std::min(chunk, bytes.size() - at);
            decoder.decode(bytes.substr(at, n), at + n == bytes.size(), d.text);
            at += n;
        } while (at < bytes.size());
    } catch (const InputError& e) {
        d.error = e.what();
        d.text.clear();  // how much was appended before the error depends on the chunks
    }
    d.encoding = decoder.encoding();
    d.fallback_bytes = decoder.fallback_bytes();
    d.fallback_line = decoder.first_fallback_line();
    d.fallback_column = decoder.first_fallback_column();
    if (d.error) d.encoding = {}, d.fallback_bytes = d.fallback_line = d.fallback_column = 0;
    return d;
}

struct Record {
    std::vector<std::string> fields;
    std::vector<std::pair<std::size_t, std::size_t>> positions;  // line, column of each field
    std::size_t line = 0;

    bool operator==(const Record&) const = default;
};

struct Parsed {
    std::vector<Record> records;
    bool failed = false;
};

// `skip_lines`: blank lines put in front of the input, taken off the line numbers.
Parsed read_all(const std::string& path, std::size_t block_bytes, char delimiter,
                std::size_t skip_lines = 0) {
    CsvOptions options;
    options.delimiter = delimiter;
    options.block_bytes = block_bytes;
    // Small limits so that the "too long" paths are reachable with small inputs.
    options.max_field_bytes = 3000;
    options.max_record_bytes = 6000;
    Parsed out;
    try {
        CsvReader reader(path, options);
        while (reader.next()) {
            Record r;
            r.line = reader.line() - skip_lines;
            for (std::size_t i = 0; i < reader.size(); ++i) {
                r.fields.emplace_back(reader.field(i));
                r.positions.emplace_back(reader.field_line(i) - skip_lines, reader.column(i));
            }
            out.records.push_back(std::move(r));
        }
    } catch (const InputError&) {
        // An error can surface before records that precede it when the block that holds
        // it is decoded early, so only "it failed" is comparable, not the records so far.
        out.failed = true;
        out.records.clear();
    }
    return out;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view bytes = dspt::fuzz::as_view(data, size);

    const Decoded whole = decode_in_chunks(bytes, bytes.size() + 1);
    // Byte-by-byte cuts every character at every place; on long inputs it costs more than
    // it finds, so those get a prime-sized chunk instead.
    for (std::size_t chunk : {size <= 2048 ? std::size_t{1} : std::size_t{61}, std::size_t{2} + size % 5}) {
        if (decode_in_chunks(bytes, chunk) != whole)
            dspt::fuzz::finding("decoding in chunks of " + std::to_string(chunk) +
                                " differs from all at once");
    }
    try {
        const std::string direct = dspt::io::decode_to_utf8(bytes, "in.csv");
        if (whole.error || direct != whole.text)
            dspt::fuzz::finding("decode_to_utf8 differs from TextDecoder");
    } catch (const InputError& e) {
        if (!whole.error || *whole.error != e.what())
            dspt::fuzz::finding(std::string("decode_to_utf8 failed differently: ") + e.what());
    }

    const std::string path = dspt::fuzz::write_scratch("in.csv", bytes);
    const char delimiter = size % 7 == 0 ? ';' : ',';
    const Parsed small = read_all(path, 4096, delimiter);
    const Parsed large = read_all(path, 1 << 16, delimiter);
    if (small.failed != large.failed || small.records != large.records)
        dspt::fuzz::finding("CsvReader records depend on the block size");

    // Inputs are mostly shorter than a block, so move a block boundary into them: blank
    // lines in front (after any byte order mark, in the file's encoding) put the end of
    // the first 4 KiB block a third and two thirds of the way into the input.
    std::string_view bom, body = bytes;
    std::string_view blank = "\n";
    if (bytes.substr(0, 3) == "\xEF\xBB\xBF") {
        bom = bytes.substr(0, 3);
    } else if (bytes.substr(0, 2) == "\xFF\xFE") {
        bom = bytes.substr(0, 2), blank = std::string_view("\n\0", 2);
    } else if (bytes.substr(0, 2) == "\xFE\xFF") {
        bom = bytes.substr(0, 2), blank = std::string_view("\0\n", 2);
    }
    body.remove_prefix(bom.size());
    for (std::size_t cut : {body.size() / 3, body.size() * 2 / 3}) {
        if (cut >= 4096 - bom.size() - 2) continue;
        const std::size_t lines = (4096 - bom.size() - cut) / blank.size();
        std::string padded(bom);
        for (std::size_t i = 0; i < lines; ++i) padded += blank;
        padded += body;
        const std::string padded_path = dspt::fuzz::write_scratch("padded.csv", padded);
        const Parsed split = read_all(padded_path, 4096, delimiter, lines);
        if (split.failed != large.failed || split.records != large.records)
            dspt::fuzz::finding("CsvReader records change when a block boundary falls " +
                                std::to_string(cut) + " bytes into the input");
    }
    return 0;
}
