#include "support/tagged_pdf_check.h"

#include <map>
#include <qpdf/QPDF.hh>
#include <qpdf/QPDFNumberTreeObjectHelper.hh>
#include <qpdf/QPDFObjectHandle.hh>
#include <qpdf/QPDFPageDocumentHelper.hh>
#include <qpdf/QPDFPageObjectHelper.hh>
#include <set>
#include <stdexcept>

namespace dspt::test {
namespace {

using Obj = QPDFObjectHandle;

const std::set<std::string> kPainting = {"Tj", "TJ", "'",  "\"", "S",  "s",  "f",  "F",
                                         "f*", "B",  "B*", "b",  "b*", "sh", "Do", "EI"};

struct PageMarks {
    std::map<int, int> mcid_uses;  // MCID -> times opened
    std::vector<std::string> problems;
};

// Follows BDC/BMC ... EMC through one page's content and checks every painting operator.
class MarkedContentWalker : public Obj::ParserCallbacks {
public:
    MarkedContentWalker(int page, PageMarks& out) : page_(page), out_(out) {}

    void handleObject(Obj obj) override {
        if (obj.isInlineImage()) {
            paint("inline image");
            return;
        }
        if (!obj.isOperator()) {
            operands_.push_back(obj);
            return;
        }
        const std::string op = obj.getOperatorValue();
        if (op == "BMC" || op == "BDC") {
            Entry e;
            if (!operands_.empty() && operands_.front().isName()) e.tag = operands_.front().getName();
            e.artifact = e.tag == "/Artifact";
            if (op == "BDC" && operands_.size() >= 2 && operands_[1].isDictionary() &&
                operands_[1].getKey("/MCID").isInteger()) {
                e.mcid = operands_[1].getKey("/MCID").getIntValueAsInt();
                ++out_.mcid_uses[e.mcid];
            }
            stack_.push_back(e);
        } else if (op == "EMC") {
            if (stack_.empty()) {
                problem("EMC without BDC");
            } else {
                stack_.pop_back();
            }
        } else if (kPainting.count(op)) {
            paint(op);
        }
        operands_.clear();
    }
    void handleEOF() override {
        if (!stack_.empty()) problem("marked content left open at the end of the page");
    }

private:
    struct Entry {
        std::string tag;
        int mcid = -1;
        bool artifact = false;
    };
    void paint(const std::string& op) {
        for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
            if (it->artifact || it->mcid >= 0) return;
        }
        if (++unmarked_ <= 3)
            problem("painting operator " + op + " outside marked content and not an artifact");
    }
    void problem(const std::string& what) {
        out_.problems.push_back("page " + std::to_string(page_ + 1) + ": " + what);
    }

    int page_;
    PageMarks& out_;
    std::vector<Obj> operands_;
    std::vector<Entry> stack_;
    int unmarked_ = 0;
};

std::string name_of(Obj o) { return o.isName() ? o.getName() : std::string(); }

bool has_scope(Obj elem) {
    Obj a = elem.getKey("/A");
    std::vector<Obj> owners;
    if (a.isDictionary()) owners.push_back(a);
    if (a.isArray())
        for (int i = 0; i < a.getArrayNItems(); ++i) owners.push_back(a.getArrayItem(i));
    for (Obj o : owners) {
        if (o.isDictionary() && o.getKey("/Scope").isName()) return true;
    }
    return false;
}

class StructureWalker {
public:
    StructureWalker(const std::map<QPDFObjGen, int>& page_numbers, std::vector<std::string>& problems,
                    Obj role_map)
        : page_numbers_(page_numbers), problems_(problems), role_map_(role_map) {}

    void walk(Obj elem, Obj inherited_page, int depth) {
        if (!elem.isDictionary() || depth > 200) return;
        if (!seen_.insert(elem.getObjGen()).second && elem.isIndirect()) return;
        std::string role = name_of(elem.getKey("/S"));
        if (role_map_.isDictionary() && role_map_.getKey(role).isName())
            role = role_map_.getKey(role).getName();
        Obj page = elem.hasKey("/Pg") ? elem.getKey("/Pg") : inherited_page;

        if (role.size() == 3 && role[0] == '/' && role[1] == 'H' && role[2] >= '1' && role[2] <= '6') {
            const int level = role[2] - '0';
            if (level > last_heading_ + 1)
                problems_.push_back(
                    "heading level skipped: " + role.substr(1) + " after " +
                    (last_heading_ == 0 ? std::string("no heading") : "H" + std::to_string(last_heading_)));
            last_heading_ = level;
        }
        if (role == "/Figure") {
            Obj alt = elem.getKey("/Alt");
            if (!alt.isString() || alt.getUTF8Value().empty()) problems_.push_back("Figure without /Alt");
        }
        if (role == "/TH" && !has_scope(elem)) problems_.push_back("TH without /Scope");

        Obj k = elem.getKey("/K");
        std::vector<Obj> kids;
        if (k.isArray()) {
            for (int i = 0; i < k.getArrayNItems(); ++i) kids.push_back(k.getArrayItem(i));
        } else if (!k.isNull()) {
            kids.push_back(k);
        }
        for (Obj kid : kids) {
            if (kid.isInteger()) {
                content(page, kid.getIntValueAsInt(), elem);
            } else if (kid.isDictionary() && name_of(kid.getKey("/Type")) == "/MCR") {
                content(kid.hasKey("/Pg") ? kid.getKey("/Pg") : page, kid.getKey("/MCID").getIntValueAsInt(),
                        elem);
            } else if (kid.isDictionary() && name_of(kid.getKey("/Type")) == "/OBJR") {
                owned_annotations_[kid.getKey("/Obj").getObjGen()] = elem.getObjGen();
            } else if (kid.isDictionary()) {
                walk(kid, page, depth + 1);
            }
        }
    }

    // (page, MCID) -> the element that owns it in the tree
    const std::map<std::pair<int, int>, QPDFObjGen>& owners() const { return owners_; }
    const std::map<QPDFObjGen, QPDFObjGen>& owned_annotations() const { return owned_annotations_; }

private:
    void content(Obj page, int mcid, Obj elem) {
        const auto it = page_numbers_.find(page.getObjGen());
        if (it == page_numbers_.end()) {
            problems_.push_back("marked content of a structure element without a page");
            return;
        }
        const int p = it->second;
        if (p < last_page_ && ++out_of_order_ <= 3)
            problems_.push_back("structure reads page " + std::to_string(p + 1) + " after page " +
                                std::to_string(last_page_ + 1));
        last_page_ = std::max(last_page_, p);
        if (!owners_.emplace(std::make_pair(p, mcid), elem.getObjGen()).second)
            problems_.push_back("page " + std::to_string(p + 1) + ": MCID " + std::to_string(mcid) +
                                " owned by two structure elements");
    }

    const std::map<QPDFObjGen, int>& page_numbers_;
    std::vector<std::string>& problems_;
    Obj role_map_;
    std::set<QPDFObjGen> seen_;
    std::map<std::pair<int, int>, QPDFObjGen> owners_;
    std::map<QPDFObjGen, QPDFObjGen> owned_annotations_;
    int last_heading_ = 0;
    int last_page_ = 0;
    int out_of_order_ = 0;
};

}  // namespace

std::vector<std::string> tagged_pdf_problems(const std::string& pdf_bytes) {
    std::vector<std::string> problems;
    QPDF pdf;
    pdf.processMemoryFile("checked.pdf", pdf_bytes.data(), pdf_bytes.size());
    Obj root = pdf.getRoot();

    Obj lang = root.getKey("/Lang");
    if (!lang.isString() || lang.getUTF8Value().empty()) problems.push_back("catalog without /Lang");
    if (!root.getKey("/MarkInfo").isDictionary() || !root.getKey("/MarkInfo").getKey("/Marked").isBool() ||
        !root.getKey("/MarkInfo").getKey("/Marked").getBoolValue())
        problems.push_back("catalog without /MarkInfo << /Marked true >>");
    Obj prefs = root.getKey("/ViewerPreferences");
    if (!prefs.isDictionary() || !prefs.getKey("/DisplayDocTitle").isBool() ||
        !prefs.getKey("/DisplayDocTitle").getBoolValue())
        problems.push_back("catalog without /ViewerPreferences << /DisplayDocTitle true >>");
    Obj metadata = root.getKey("/Metadata");
    if (!metadata.isStream() || metadata.getStreamData(qpdf_dl_all)->getSize() == 0) {
        problems.push_back("catalog without an XMP /Metadata stream");
    } else {
        const auto data = metadata.getStreamData(qpdf_dl_all);
        const std::string xmp(reinterpret_cast<const char*>(data->getBuffer()), data->getSize());
        if (xmp.find("<dc:title>") == std::string::npos) problems.push_back("XMP metadata without dc:title");
    }

    Obj tree_root = root.getKey("/StructTreeRoot");
    if (!tree_root.isDictionary()) {
        problems.push_back("no /StructTreeRoot");
        return problems;
    }

    auto pages = QPDFPageDocumentHelper(pdf).getAllPages();
    std::map<QPDFObjGen, int> page_numbers;
    for (std::size_t i = 0; i < pages.size(); ++i)
        page_numbers[pages[i].getObjectHandle().getObjGen()] = static_cast<int>(i);

    StructureWalker walker(page_numbers, problems, tree_root.getKey("/RoleMap"));
    walker.walk(tree_root, Obj::newNull(), 0);

    Obj parent_tree_obj = tree_root.getKey("/ParentTree");
    if (!parent_tree_obj.isDictionary()) problems.push_back("no /ParentTree");
    QPDFNumberTreeObjectHelper parent_tree(
        parent_tree_obj.isDictionary() ? parent_tree_obj : Obj::newDictionary(), pdf);

    for (std::size_t i = 0; i < pages.size(); ++i) {
        const int page = static_cast<int>(i);
        Obj page_obj = pages[i].getObjectHandle();
        PageMarks marks;
        MarkedContentWalker mc(page, marks);
        pages[i].parseContents(&mc);
        problems.insert(problems.end(), marks.problems.begin(), marks.problems.end());
        const std::string where = "page " + std::to_string(page + 1) + ": ";

        if (name_of(page_obj.getKey("/Tabs")) != "/S") problems.push_back(where + "no /Tabs /S");
        Obj owners;
        if (!marks.mcid_uses.empty()) {
            Obj key = page_obj.getKey("/StructParents");
            Obj found;
            if (!key.isInteger() || !parent_tree.findObject(key.getIntValue(), found) || !found.isArray()) {
                problems.push_back(where + "marked content but no /StructParents entry in the ParentTree");
            } else {
                owners = found;
            }
        }
        for (const auto& [mcid, uses] : marks.mcid_uses) {
            if (uses > 1)
                problems.push_back(where + "MCID " + std::to_string(mcid) + " used " + std::to_string(uses) +
                                   " times");
            if (owners.isNull()) continue;
            Obj owner = mcid < owners.getArrayNItems() ? owners.getArrayItem(mcid) : Obj::newNull();
            if (!owner.isDictionary()) {
                problems.push_back(where + "MCID " + std::to_string(mcid) + " missing from the ParentTree");
                continue;
            }
            const auto in_tree = walker.owners().find({page, mcid});
            if (in_tree == walker.owners().end() || in_tree->second != owner.getObjGen())
                problems.push_back(where + "MCID " + std::to_string(mcid) +
                                   ": the ParentTree names an element that does not hold it");
        }

        Obj annots = page_obj.getKey("/Annots");
        for (int a = 0; annots.isArray() && a < annots.getArrayNItems(); ++a) {
            Obj annot = annots.getArrayItem(a);
            if (name_of(annot.getKey("/Subtype")) != "/Link") continue;
            Obj key = annot.getKey("/StructParent");
            Obj parent;
            const auto owned = walker.owned_annotations().find(annot.getObjGen());
            if (!key.isInteger() || !parent_tree.findObject(key.getIntValue(), parent) ||
                !parent.isDictionary() || name_of(parent.getKey("/S")) != "/Link" ||
                owned == walker.owned_annotations().end() || owned->second != parent.getObjGen()) {
                problems.push_back(where + "link annotation without a Link structure parent (OBJR)");
            }
            if (!annot.getKey("/Contents").isString())
                problems.push_back(where + "link annotation without /Contents");
        }
    }
    // Every MCID the tree claims must exist on its page.
    return problems;
}

std::string describe_problems(const std::vector<std::string>& problems, std::size_t max) {
    std::string out = std::to_string(problems.size()) + " problem(s)";
    for (std::size_t i = 0; i < problems.size() && i < max; ++i) out += "\n  " + problems[i];
    return out;
}

}  // namespace dspt::test
