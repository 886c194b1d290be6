#pragma once
// One PDF under construction: its pages, a flow cursor that body content advances down
// the current page, and the navigation the reader gets (named anchors, the outline /
// bookmarks, and internal links). Pages keep their handles, so the running header and
// "page N of M" footer are drawn once every page exists, and a page reserved early (the
// contents) can be filled in last.
#include <functional>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "draw/haru_canvas.h"
#include "io/date.h"
#include "report/page_layout.h"
#include "style/style.h"

namespace dspt::report {

// A moment in UTC, as the PDF's Info dictionary records it.
struct PdfTimestamp {
    int year = 1970, month = 1, day = 1, hour = 0, minute = 0, second = 0;
};

// The document's creation date: SOURCE_DATE_EPOCH (seconds since 1970-01-01 UTC) when
// `source_date_epoch` holds a valid value, else the snapshot date at 00:00 UTC; never the
// wall clock, so two runs on the same inputs give the same bytes.
PdfTimestamp document_timestamp(const io::Date& snapshot, std::optional<long long> source_date_epoch);
// SOURCE_DATE_EPOCH from the environment; nullopt when unset or empty. Any other value
// that is not whole seconds from 1970 to 9999 throws io::InputError: a build asked to be
// reproducible must not quietly fall back to another date.
std::optional<long long> source_date_epoch_from_env();

struct DocumentInfo {
    std::string title;
    std::string subject;
    std::string author;
    std::string keywords;
    std::string creator;  // "dspt-report 0.1.0"
    PdfTimestamp created;
};

struct OutlineEntry {
    std::string title;
    std::string anchor;
    int level = 0;  // 0 = section, 1 = figure within a section
};

class ReportDocument {
public:
    ReportDocument(const style::Style& style, const draw::FontLibrary& fonts);
    ~ReportDocument();
    ReportDocument(const ReportDocument&) = delete;
    ReportDocument& operator=(const ReportDocument&) = delete;

    const style::Style& style() const { return style_; }
    const draw::FontLibrary& fonts() const { return fonts_; }
    const PageLayout& layout() const { return layout_; }

    // ---- pages ----
    // Appends a page and makes it current, the cursor at the top of the content area.
    // `running` = false: no running header or footer (the cover).
    int add_page(bool running = true);
    int current_page() const { return static_cast<int>(pages_.size()) - 1; }
    int page_count() const { return static_cast<int>(pages_.size()); }
    draw::Canvas& canvas();  // of the current page
    // Draws on an earlier page (e.g. the contents, once every section's page is known).
    void draw_on_page(int page, const std::function<void(draw::Canvas&)>& draw);

    // ---- flow cursor (canvas units, y down) ----
    double y() const { return y_; }
    void advance(double dy) { y_ += dy; }
    double content_bottom() const { return layout_.content().bottom(); }
    double remaining() const { return content_bottom() - y_; }
    bool at_page_top() const { return y_ <= layout_.content().y + 0.01; }
    // Starts a new page unless `height` still fits below the cursor.
    void ensure(double height);

    // ---- structure (tagged PDF) ----
    // What the content drawn in the scope IS: report code names the element (heading,
    // paragraph, table cell, figure, artifact) and everything painted inside is tagged with
    // it, across page breaks. Scopes nest; the tree reads in the order they are opened.
    draw::StructureScope tag(const draw::Tag& t) { return draw::StructureScope(&haru_.structure(), t); }
    draw::StructureScope tag(draw::Role r) { return tag(draw::Tag::of(r)); }
    // An element opened earlier, current again for the scope (e.g. the contents' TOC).
    draw::StructureScope reopen(int element);

    // ---- navigation ----
    void add_anchor(const std::string& id);  // at the current page and cursor
    void add_outline(const std::string& title, const std::string& anchor, int level);
    // A link from `area` (canvas units) of `page` to the anchor. It belongs to the structure
    // element open now (a Link) and `description` is what a screen reader says for it.
    void add_link(int page, const draw::Rect& area, const std::string& anchor,
                  const std::string& description = {});
    // Page index (0-based) of an anchor; throws std::out_of_range for an unknown one.
    int anchor_page(const std::string& id) const;
    const std::vector<OutlineEntry>& outline() const { return outline_; }

    // Draws running headers and footers, builds the outline and links, sets the metadata.
    void finish(const DocumentInfo& info, const std::string& running_title, const std::string& running_date);
    void save(const std::string& path);
    std::string save_to_memory();

private:
    struct Anchor {
        int page = 0;
        double y = 0;
    };
    struct Link {
        int page = 0;
        draw::Rect area;
        std::string anchor;
        int element = -1;  // its Link structure element
        std::string description;
    };
    void close_canvas();
    HPDF_Destination destination(const std::string& anchor);

    const style::Style& style_;
    const draw::FontLibrary& fonts_;
    PageLayout layout_;
    draw::HaruDocument haru_;
    std::vector<HPDF_Page> pages_;
    std::vector<bool> running_;
    std::unique_ptr<draw::HaruCanvas> canvas_;
    double y_ = 0;
    std::map<std::string, Anchor> anchors_;
    std::vector<OutlineEntry> outline_;
    std::vector<Link> links_;
    double device_pixels_per_unit_ = 1;
};

}  // namespace dspt::report
