#include "draw/haru_structure.h"

#include <hpdf_doc.h>
#include <hpdf_objects.h>
#include <hpdf_pages.h>
#include <hpdf_streams.h>

#include <cmath>
#include <cstdio>
#include <stdexcept>

#include "draw/utf8.h"

namespace dspt::draw {
namespace {

std::string xml_escaped(std::string_view s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '&':
                out += "&amp;";
                break;
            case '<':
                out += "&lt;";
                break;
            case '>':
                out += "&gt;";
                break;
            case '"':
                out += "&quot;";
                break;
            default:
                out += c;
        }
    }
    return out;
}

}  // namespace

// UTF-16 rather than PDFDocEncoding, so any character survives.
HPDF_Binary pdf_text_string(HPDF_MMgr mm, std::string_view utf8) {
    std::string bytes = "\xFE\xFF";
    auto unit = [&](unsigned u) {
        bytes += static_cast<char>((u >> 8) & 0xFF);
        bytes += static_cast<char>(u & 0xFF);
    };
    for (char32_t cp : decode_utf8(utf8)) {
        if (cp < 0x10000) {
            unit(static_cast<unsigned>(cp));
        } else {
            const unsigned v = static_cast<unsigned>(cp) - 0x10000;
            unit(0xD800 + (v >> 10));
            unit(0xDC00 + (v & 0x3FF));
        }
    }
    return HPDF_Binary_New(mm, reinterpret_cast<HPDF_BYTE*>(bytes.data()),
                           static_cast<HPDF_UINT>(bytes.size()));
}

namespace {

// Indirect objects are added to the xref as they are made; libharu writes a reference
// wherever one is added to a dictionary or array.
class Writer {
public:
    explicit Writer(HPDF_Doc doc) : doc_(doc), mm_(doc->mmgr), xref_(doc->xref) {}

    HPDF_Dict indirect_dict() {
        HPDF_Dict d = HPDF_Dict_New(mm_);
        if (!d || HPDF_Xref_Add(xref_, d) != HPDF_OK) fail();
        return d;
    }
    HPDF_Dict dict() {
        HPDF_Dict d = HPDF_Dict_New(mm_);
        if (!d) fail();
        return d;
    }
    HPDF_Array array() {
        HPDF_Array a = HPDF_Array_New(mm_);
        if (!a) fail();
        return a;
    }
    void add(HPDF_Dict d, const char* key, void* obj) { ok(HPDF_Dict_Add(d, key, obj)); }
    void name(HPDF_Dict d, const char* key, std::string_view value) {
        ok(HPDF_Dict_AddName(d, key, std::string(value).c_str()));
    }
    void number(HPDF_Dict d, const char* key, long v) {
        ok(HPDF_Dict_AddNumber(d, key, static_cast<HPDF_INT32>(v)));
    }
    void text(HPDF_Dict d, const char* key, std::string_view utf8) {
        add(d, key, pdf_text_string(mm_, utf8));
    }
    void push(HPDF_Array a, void* obj) { ok(HPDF_Array_Add(a, obj)); }
    void push_number(HPDF_Array a, long v) { ok(HPDF_Array_AddNumber(a, static_cast<HPDF_INT32>(v))); }
    void push_real(HPDF_Array a, double v) { ok(HPDF_Array_AddReal(a, static_cast<HPDF_REAL>(v))); }

    HPDF_MMgr mm() const { return mm_; }
    HPDF_Xref xref() const { return xref_; }

    [[noreturn]] void fail() { throw std::runtime_error("libharu: cannot build the structure tree"); }
    void ok(HPDF_STATUS st) {
        if (st != HPDF_OK) fail();
    }

private:
    HPDF_Doc doc_;
    HPDF_MMgr mm_;
    HPDF_Xref xref_;
};

const char* scope_name(HeaderScope s) {
    switch (s) {
        case HeaderScope::Row:
            return "Row";
        case HeaderScope::Column:
            return "Column";
        case HeaderScope::Both:
            return "Both";
        case HeaderScope::None:
            break;
    }
    return nullptr;
}

}  // namespace

std::string xmp_packet(const TaggedMetadata& m) {
    std::string x =
        "<?xpacket begin=\"\xEF\xBB\xBF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n"
        " <rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">\n"
        "  <rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"\n"
        "    xmlns:pdf=\"http://ns.adobe.com/pdf/1.3/\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n";
    x += "   <dc:format>application/pdf</dc:format>\n";
    x += "   <dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(m.title) +
         "</rdf:li></rdf:Alt></dc:title>\n";
    if (!m.subject.empty())
        x += "   <dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">" + xml_escaped(m.subject) +
             "</rdf:li></rdf:Alt></dc:description>\n";
    if (!m.author.empty())
        x +=
            "   <dc:creator><rdf:Seq><rdf:li>" + xml_escaped(m.author) + "</rdf:li></rdf:Seq></dc:creator>\n";
    x +=
        "   <dc:language><rdf:Bag><rdf:li>" + xml_escaped(m.language) + "</rdf:li></rdf:Bag></dc:language>\n";
    if (!m.keywords.empty()) x += "   <pdf:Keywords>" + xml_escaped(m.keywords) + "</pdf:Keywords>\n";
    if (!m.creator.empty()) x += "   <xmp:CreatorTool>" + xml_escaped(m.creator) + "</xmp:CreatorTool>\n";
    if (!m.created.empty()) {
        x += "   <xmp:CreateDate>" + m.created + "</xmp:CreateDate>\n";
        x += "   <xmp:ModifyDate>" + m.created + "</xmp:ModifyDate>\n";
    }
    x += "  </rdf:Description>\n"
         " </rdf:RDF>\n"
         "</x:xmpmeta>\n"
         "<?xpacket end=\"w\"?>";
    return x;
}

HPDF_STATUS write_structure(HPDF_Doc doc, const StructureTree& tree, const std::vector<HPDF_Page>& pages,
                            const std::vector<HPDF_Annotation>& annotations, const TaggedMetadata& meta) {
    Writer w(doc);
    try {
        const auto& elements = tree.elements();
        const auto& contents = tree.page_contents();
        if (annotations.size() != tree.annotations().size()) w.fail();

        HPDF_Dict root = w.indirect_dict();
        w.name(root, "Type", "StructTreeRoot");
        std::vector<HPDF_Dict> dicts;
        dicts.reserve(elements.size());
        for (std::size_t i = 0; i < elements.size(); ++i) dicts.push_back(w.indirect_dict());

        for (std::size_t i = 0; i < elements.size(); ++i) {
            const StructureTree::Element& e = elements[i];
            HPDF_Dict d = dicts[i];
            w.name(d, "Type", "StructElem");
            w.name(d, "S", role_name(e.tag.role));
            w.add(d, "P", e.parent < 0 ? root : dicts[static_cast<std::size_t>(e.parent)]);
            // The element's page: that of its first marked content (kids elsewhere say theirs).
            int page = -1;
            for (const auto& k : e.kids) {
                if (k.type != StructureTree::Kid::Type::Element) {
                    page = k.page;
                    break;
                }
            }
            if (page >= 0) w.add(d, "Pg", pages.at(static_cast<std::size_t>(page)));
            if (!e.kids.empty()) {
                HPDF_Array kids = w.array();
                w.add(d, "K", kids);
                for (const auto& k : e.kids) {
                    switch (k.type) {
                        case StructureTree::Kid::Type::Element:
                            w.push(kids, dicts.at(static_cast<std::size_t>(k.index)));
                            break;
                        case StructureTree::Kid::Type::Content:
                            if (k.page == page) {
                                w.push_number(kids, k.index);
                            } else {
                                HPDF_Dict mcr = w.dict();
                                w.push(kids, mcr);
                                w.name(mcr, "Type", "MCR");
                                w.add(mcr, "Pg", pages.at(static_cast<std::size_t>(k.page)));
                                w.number(mcr, "MCID", k.index);
                            }
                            break;
                        case StructureTree::Kid::Type::Annotation: {
                            HPDF_Dict objr = w.dict();
                            w.push(kids, objr);
                            w.name(objr, "Type", "OBJR");
                            w.add(objr, "Obj", annotations.at(static_cast<std::size_t>(k.index)));
                            w.add(objr, "Pg", pages.at(static_cast<std::size_t>(k.page)));
                            break;
                        }
                    }
                }
            }
            if (!e.tag.alt.empty()) w.text(d, "Alt", e.tag.alt);
            // Attributes: table headers' scope and spans, a figure's box, a list's bullets.
            if (e.tag.role == Role::TH || e.tag.role == Role::TD) {
                const char* scope = e.tag.role == Role::TH ? scope_name(e.tag.scope) : nullptr;
                if (scope || e.tag.col_span > 1) {
                    HPDF_Dict a = w.dict();
                    w.add(d, "A", a);
                    w.name(a, "O", "Table");
                    if (scope) w.name(a, "Scope", scope);
                    if (e.tag.col_span > 1) w.number(a, "ColSpan", e.tag.col_span);
                }
            } else if (e.tag.role == Role::Figure && e.tag.bbox && page >= 0) {
                const double h = HPDF_Page_GetHeight(pages.at(static_cast<std::size_t>(page)));
                const Rect& r = *e.tag.bbox;
                HPDF_Dict a = w.dict();
                w.add(d, "A", a);
                w.name(a, "O", "Layout");
                w.name(a, "Placement", "Block");
                HPDF_Array box = w.array();
                w.add(a, "BBox", box);
                for (double v : {r.x, h - r.bottom(), r.right(), h - r.y})
                    w.push_real(box, std::round(v * 100) / 100);
            } else if (e.tag.role == Role::L) {
                HPDF_Dict a = w.dict();
                w.add(d, "A", a);
                w.name(a, "O", "List");
                w.name(a, "ListNumbering", "Disc");
            }
        }

        // ParentTree: page i's marked content under key i, each link annotation after the pages.
        HPDF_Dict parent_tree = w.indirect_dict();
        HPDF_Array nums = w.array();
        w.add(parent_tree, "Nums", nums);
        for (std::size_t p = 0; p < pages.size(); ++p) {
            if (p >= contents.size() || contents[p].empty()) continue;
            w.push_number(nums, static_cast<long>(p));
            HPDF_Array owners = w.array();
            w.push(nums, owners);
            for (int e : contents[p]) w.push(owners, dicts.at(static_cast<std::size_t>(e)));
            w.number(pages[p], "StructParents", static_cast<long>(p));
        }
        for (std::size_t a = 0; a < annotations.size(); ++a) {
            const long key = static_cast<long>(pages.size() + a);
            w.push_number(nums, key);
            w.push(nums, dicts.at(static_cast<std::size_t>(tree.annotations()[a].element)));
            w.number(annotations[a], "StructParent", key);
        }
        w.add(root, "K", dicts[0]);
        w.add(root, "ParentTree", parent_tree);
        w.number(root, "ParentTreeNextKey", static_cast<long>(pages.size() + annotations.size()));

        // Screen readers follow the structure when moving between links: tab order by structure.
        for (HPDF_Page p : pages) w.name(p, "Tabs", "S");

        HPDF_Dict catalog = doc->catalog;
        w.add(catalog, "StructTreeRoot", root);
        HPDF_Dict mark_info = w.dict();
        w.add(catalog, "MarkInfo", mark_info);
        w.ok(HPDF_Dict_AddBoolean(mark_info, "Marked", HPDF_TRUE));
        w.add(catalog, "Lang", HPDF_String_New(w.mm(), meta.language.c_str(), nullptr));
        HPDF_Dict prefs = w.dict();
        w.add(catalog, "ViewerPreferences", prefs);
        w.ok(HPDF_Dict_AddBoolean(prefs, "DisplayDocTitle", HPDF_TRUE));

        HPDF_Dict xmp = HPDF_DictStream_New(w.mm(), w.xref());
        if (!xmp) w.fail();
        xmp->filter = HPDF_STREAM_FILTER_NONE;  // XMP stays readable to tools that scan for it
        w.name(xmp, "Type", "Metadata");
        w.name(xmp, "Subtype", "XML");
        w.ok(HPDF_Stream_WriteStr(xmp->stream, xmp_packet(meta).c_str()));
        w.add(catalog, "Metadata", xmp);

        // Structure, /Lang, XMP and /Tabs are PDF 1.4-1.5 features; PDF/UA builds on 1.7.
        if (doc->pdf_version < HPDF_VER_17) doc->pdf_version = HPDF_VER_17;
    } catch (const std::runtime_error&) {
        const HPDF_STATUS st = HPDF_GetError(doc);
        return st != HPDF_OK ? st : HPDF_INVALID_OBJECT;
    }
    return HPDF_GetError(doc);
}

}  // namespace dspt::draw
