#pragma once
// What a drawing IS, for a tagged PDF: the logical structure (headings, paragraphs, lists,
// tables, figures, links) that a screen reader follows, and the artifacts (running header
// and footer, page numbers, decorative bands and rules) it skips.
//
// The report and the figures say what they draw by opening a Tag around it; the PDF backend
// marks every painting operator with the element that is open when it paints (BDC/EMC with
// an MCID) and writes the tree when the document is saved. The tree is a plain model here,
// so it can be checked without libharu; backends without a structure (Cairo) ignore tags.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "draw/geometry.h"

namespace dspt::draw {

// Standard structure types of PDF 1.7 (14.8.4), plus Heading: a heading one level below the
// last section heading (H1..H6) opened, so a figure titles itself without knowing where it sits.
enum class Role {
    Artifact,
    Document,
    H1,
    H2,
    H3,
    H4,
    H5,
    H6,
    Heading,
    P,
    L,
    LI,
    Lbl,
    LBody,
    TOC,
    TOCI,
    Link,
    Table,
    THead,
    TBody,
    TFoot,
    TR,
    TH,
    TD,
    Figure,
    Caption,
    Div,
};
std::string_view role_name(Role r);  // "H1", "LBody", ...; "Artifact" for Role::Artifact

enum class HeaderScope { None, Row, Column, Both };
// /Type of an artifact (14.8.2.2): Pagination = running header/footer and page numbers,
// Layout = rules, bands and fills that only decorate.
enum class ArtifactKind { Layout, Pagination };

struct Tag {
    Role role = Role::P;
    std::string alt;                        // Figure: the alternative text a reader hears
    HeaderScope scope = HeaderScope::None;  // TH
    int col_span = 1;                       // TH/TD spanning columns
    std::optional<Rect> bbox;               // Figure: its frame on the page (canvas units, y down)
    ArtifactKind artifact = ArtifactKind::Layout;

    static Tag of(Role r);
    static Tag decoration() { return artifact_of(ArtifactKind::Layout); }
    static Tag pagination() { return artifact_of(ArtifactKind::Pagination); }
    static Tag artifact_of(ArtifactKind k);
    static Tag figure(std::string alt, std::optional<Rect> bbox = std::nullopt);
    static Tag header_cell(HeaderScope scope, int col_span = 1);
};

class StructureTree {
public:
    struct Kid {
        enum class Type { Element, Content, Annotation } type = Type::Element;
        int index = 0;  // Element: element index; Content: MCID; Annotation: annotation index
        int page = -1;  // Content, Annotation
    };
    struct Element {
        Tag tag;  // role resolved (never Heading or Artifact)
        int parent = -1;
        std::vector<Kid> kids;
    };
    struct Annotation {
        int element = 0;
        int page = 0;
    };
    // What a painting operator drawn now belongs to.
    struct Mark {
        enum class Kind { None, Artifact, Content } kind = Kind::None;
        int element = -1;
        ArtifactKind artifact = ArtifactKind::Layout;
        bool operator==(const Mark&) const = default;
    };

    StructureTree();  // element 0 is the Document

    // Opens an element as a child of the current one (or an artifact) and makes it current;
    // returns its index (-1 for an artifact, or for anything opened inside an artifact, which
    // stays artifact). A heading opened inside a Figure becomes the figure's preceding sibling:
    // the title a figure draws is the heading of the figure, not part of its picture.
    int open(const Tag& tag);
    // Makes an element opened earlier current again (a placeholder filled in later, such as
    // the contents of a briefing whose page numbers are known only at the end).
    void reopen(int element);
    void close();
    std::size_t depth() const { return stack_.size(); }

    Mark current_mark() const;
    int current_element() const;  // -1 inside an artifact or with nothing opened
    // Records marked content of `element` on `page`; returns its MCID on that page.
    int add_content(int element, int page);
    // Records a link annotation on `page` belonging to `element`; returns its index.
    int add_annotation(int element, int page);

    bool empty() const { return elements_.size() == 1; }
    const std::vector<Element>& elements() const { return elements_; }
    const std::vector<Annotation>& annotations() const { return annotations_; }
    // page -> MCID -> element
    const std::vector<std::vector<int>>& page_contents() const { return page_contents_; }

private:
    struct Entry {
        int element = -1;  // -1: artifact
        ArtifactKind artifact = ArtifactKind::Layout;
    };
    std::vector<Element> elements_;
    std::vector<Entry> stack_;
    std::vector<Annotation> annotations_;
    std::vector<std::vector<int>> page_contents_;
    int section_level_ = 0;
};

// Opens a tag on the tree for a scope (null tree: does nothing).
class StructureScope {
public:
    StructureScope(StructureTree* tree, const Tag& tag) : tree_(tree) {
        if (tree_) element_ = tree_->open(tag);
    }
    // Makes an element opened earlier current for the scope (StructureTree::reopen).
    struct Reopen {
        int element = 0;
    };
    StructureScope(StructureTree* tree, Reopen r) : tree_(tree), element_(r.element) {
        if (tree_) tree_->reopen(r.element);
    }
    ~StructureScope() {
        if (tree_) tree_->close();
    }
    StructureScope(const StructureScope&) = delete;
    StructureScope& operator=(const StructureScope&) = delete;
    int element() const { return element_; }

private:
    StructureTree* tree_;
    int element_ = -1;
};

}  // namespace dspt::draw
