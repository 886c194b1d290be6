#include "report/document.h"

#include <charconv>
#include <cstdio>
#include <cstdlib>
#include <stdexcept>
#include <string_view>

#include "io/input_error.h"
#include "report/paint.h"

namespace dspt::report {
namespace {

// Howard Hinnant's civil_from_days: days since 1970-01-01 -> proleptic Gregorian date,
// so the timestamp never depends on the host's time zone functions.
void civil_from_days(long long z, int& y, int& m, int& d) {
    z += 719468;
    const long long era = (z >= 0 ? z : z - 146096) / 146097;
    const long long doe = z - era * 146097;
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const long long mp = (5 * doy + 2) / 153;
    d = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    m = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    y = static_cast<int>(yoe + era * 400 + (m <= 2 ? 1 : 0));
}

}  // namespace

PdfTimestamp document_timestamp(const io::Date& snapshot, std::optional<long long> source_date_epoch) {
    PdfTimestamp t;
    if (source_date_epoch && *source_date_epoch >= 0) {
        const long long secs = *source_date_epoch;
        civil_from_days(secs / 86400, t.year, t.month, t.day);
        const long long rest = secs % 86400;
        t.hour = static_cast<int>(rest / 3600);
        t.minute = static_cast<int>(rest % 3600 / 60);
        t.second = static_cast<int>(rest % 60);
        // PDF dates have four-digit years; anything else is not a real build date.
        if (t.year >= 1970 && t.year <= 9999) return t;
        t = PdfTimestamp{};
    }
    t.year = snapshot.year;
    t.month = snapshot.month;
    t.day = snapshot.day;
    return t;
}

std::optional<long long> source_date_epoch_from_env() {
    const char* v = std::getenv("SOURCE_DATE_EPOCH");
    if (!v || !*v) return std::nullopt;
    const std::string_view s(v);
    long long out = 0;
    const auto [ptr, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    // 253402300799 is 9999-12-31 23:59:59 UTC, the last moment a PDF date can hold.
    if (ec != std::errc{} || ptr != s.data() + s.size() || out < 0 || out > 253402300799LL)
        throw io::InputError(
            "SOURCE_DATE_EPOCH",
            "'" + std::string(s) + "' is not a time in whole seconds since 1970-01-01 UTC (e.g. 1700092800)");
    return out;
}

ReportDocument::ReportDocument(const style::Style& style, const draw::FontLibrary& fonts)
    : style_(style), fonts_(fonts), layout_(PageLayout::from_style(style)), haru_(fonts) {
    // Maps simplify to half a device pixel of this resolution: finer detail is invisible on
    // paper and only makes the file bigger.
    device_pixels_per_unit_ = style.theme().report.vector_dpi / 72.0;
    HPDF_SetPageMode(haru_.handle(), HPDF_PAGE_MODE_USE_OUTLINE);
    haru_.check("page mode");
}

ReportDocument::~ReportDocument() = default;

void ReportDocument::close_canvas() { canvas_.reset(); }

int ReportDocument::add_page(bool running) {
    close_canvas();
    pages_.push_back(haru_.add_page(layout_.width, layout_.height));
    running_.push_back(running);
    canvas_ = std::make_unique<draw::HaruCanvas>(haru_, pages_.back());
    canvas_->set_device_pixels_per_unit(device_pixels_per_unit_);
    y_ = layout_.content().y;
    return current_page();
}

draw::Canvas& ReportDocument::canvas() {
    if (!canvas_) throw std::logic_error("ReportDocument: no current page");
    return *canvas_;
}

void ReportDocument::draw_on_page(int page, const std::function<void(draw::Canvas&)>& draw) {
    if (page == current_page() && canvas_) {
        draw(*canvas_);
        return;
    }
    draw::HaruCanvas c(haru_, pages_.at(static_cast<std::size_t>(page)));
    c.set_device_pixels_per_unit(device_pixels_per_unit_);
    draw(c);
}

void ReportDocument::ensure(double height) {
    if (height > remaining() && !at_page_top()) add_page(true);
}

void ReportDocument::add_anchor(const std::string& id) {
    if (!anchors_.emplace(id, Anchor{current_page(), y_}).second) {
        throw std::logic_error("ReportDocument: duplicate anchor " + id);
    }
}

void ReportDocument::add_outline(const std::string& title, const std::string& anchor, int level) {
    outline_.push_back({title, anchor, level});
}

void ReportDocument::add_link(int page, const draw::Rect& area, const std::string& anchor,
                              const std::string& description) {
    links_.push_back({page, area, anchor, haru_.structure().current_element(), description});
}

draw::StructureScope ReportDocument::reopen(int element) {
    return draw::StructureScope(&haru_.structure(), draw::StructureScope::Reopen{element});
}

int ReportDocument::anchor_page(const std::string& id) const { return anchors_.at(id).page; }

HPDF_Destination ReportDocument::destination(const std::string& anchor) {
    const Anchor& a = anchors_.at(anchor);
    HPDF_Destination dst = HPDF_Page_CreateDestination(pages_.at(static_cast<std::size_t>(a.page)));
    haru_.check("destination");
    // Fit the page width, scrolled to just above the anchor (PDF y is up from the bottom).
    const double top = std::min(layout_.height, layout_.height - a.y + layout_.block_gap);
    HPDF_Destination_SetFitH(dst, static_cast<HPDF_REAL>(top));
    haru_.check("destination position");
    return dst;
}

void ReportDocument::finish(const DocumentInfo& info, const std::string& running_title,
                            const std::string& running_date) {
    close_canvas();
    const int total = page_count();
    const double small = style_.theme().text.small;
    const draw::Color secondary = style_.theme().colors.text_secondary;
    const draw::StrokeStyle rule = line(style_.theme().colors.gridline, style_.theme().line.thin);
    const std::string footer_note = style_.theme().report.footer_note;
    const draw::Rect content = layout_.content();

    for (int i = 0; i < total; ++i) {
        if (!running_[static_cast<std::size_t>(i)]) continue;
        const auto running_band = tag(draw::Tag::pagination());
        draw_on_page(i, [&](draw::Canvas& c) {
            // Header band: sits in the top margin, its rule a quarter band above the content.
            const double header_rule_y = content.y - layout_.header_height * 0.3;
            const double header_base = header_rule_y - small * 0.8;
            draw::TextStyle left = text_style(draw::FontFace::Regular, small, secondary);
            draw::TextStyle right = left;
            right.halign = draw::HAlign::Right;
            const double date_w = c.measure(running_date, draw::FontFace::Regular, small).width;
            const std::string title = c.fonts().ellipsize(running_title, draw::FontFace::Regular, small,
                                                          content.width - date_w - layout_.gutter * 2);
            c.text({content.x, header_base}, title, left);
            c.text({content.right(), header_base}, running_date, right);
            c.stroke(
                draw::Path().move_to({content.x, header_rule_y}).line_to({content.right(), header_rule_y}),
                rule);

            // Footer band: rule at the top of the band, text below it.
            const double footer_rule_y = content.bottom() + layout_.footer_height * 0.4;
            const double footer_base = footer_rule_y + small * 1.6;
            c.stroke(
                draw::Path().move_to({content.x, footer_rule_y}).line_to({content.right(), footer_rule_y}),
                rule);
            c.text({content.x, footer_base}, footer_note, left);
            c.text({content.right(), footer_base},
                   "page " + std::to_string(i + 1) + " of " + std::to_string(total), right);
        });
    }

    // Outline: level-1 entries hang under the nearest level-0 entry before them.
    HPDF_Encoder utf8 = HPDF_GetEncoder(haru_.handle(), "UTF-8");
    haru_.check("encoder");
    HPDF_Outline parent = nullptr;
    for (const OutlineEntry& e : outline_) {
        HPDF_Outline o =
            HPDF_CreateOutline(haru_.handle(), e.level == 0 ? nullptr : parent, e.title.c_str(), utf8);
        haru_.check("outline");
        HPDF_Outline_SetDestination(o, destination(e.anchor));
        HPDF_Outline_SetOpened(o, HPDF_FALSE);
        haru_.check("outline destination");
        if (e.level == 0) parent = o;
    }

    for (const Link& l : links_) {
        HPDF_Page page = pages_.at(static_cast<std::size_t>(l.page));
        // Annotation rectangles are in default PDF space: y up from the bottom.
        HPDF_Rect r{
            static_cast<HPDF_REAL>(l.area.x), static_cast<HPDF_REAL>(layout_.height - l.area.bottom()),
            static_cast<HPDF_REAL>(l.area.right()), static_cast<HPDF_REAL>(layout_.height - l.area.y)};
        HPDF_Annotation a = HPDF_Page_CreateLinkAnnot(page, r, destination(l.anchor));
        haru_.check("link");
        HPDF_LinkAnnot_SetBorderStyle(a, 0, 0, 0);
        HPDF_LinkAnnot_SetHighlightMode(a, HPDF_ANNOT_INVERT_BOX);
        haru_.check("link style");
        haru_.tag_annotation(a, page, l.element, l.description);
    }

    HPDF_Doc doc = haru_.handle();
    HPDF_SetInfoAttr(doc, HPDF_INFO_TITLE, info.title.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_SUBJECT, info.subject.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_AUTHOR, info.author.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_KEYWORDS, info.keywords.c_str());
    HPDF_SetInfoAttr(doc, HPDF_INFO_CREATOR, info.creator.c_str());
    HPDF_Date d{};
    d.year = info.created.year;
    d.month = info.created.month;
    d.day = info.created.day;
    d.hour = info.created.hour;
    d.minutes = info.created.minute;
    d.seconds = info.created.second;
    d.ind = 'Z';
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_CREATION_DATE, d);
    HPDF_SetInfoDateAttr(doc, HPDF_INFO_MOD_DATE, d);
    haru_.check("document information");

    draw::TaggedMetadata& meta = haru_.tagged_metadata();
    meta.language = style_.theme().report.language;
    meta.title = info.title;
    meta.subject = info.subject;
    meta.author = info.author;
    meta.keywords = info.keywords;
    meta.creator = info.creator;
    char iso[32];
    std::snprintf(iso, sizeof iso, "%04d-%02d-%02dT%02d:%02d:%02dZ", info.created.year, info.created.month,
                  info.created.day, info.created.hour, info.created.minute, info.created.second);
    meta.created = iso;
}

std::string ReportDocument::save_to_memory() {
    close_canvas();
    return haru_.save_to_memory();
}

void ReportDocument::save(const std::string& path) {
    close_canvas();
    haru_.save(path);
}

}  // namespace dspt::report
