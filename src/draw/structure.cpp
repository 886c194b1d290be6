#include "draw/structure.h"

#include <algorithm>
#include <stdexcept>

namespace dspt::draw {

std::string_view role_name(Role r) {
    switch (r) {
        case Role::Artifact:
            return "Artifact";
        case Role::Document:
            return "Document";
        case Role::H1:
            return "H1";
        case Role::H2:
            return "H2";
        case Role::H3:
            return "H3";
        case Role::H4:
            return "H4";
        case Role::H5:
            return "H5";
        case Role::H6:
            return "H6";
        case Role::Heading:
            return "H";
        case Role::P:
            return "P";
        case Role::L:
            return "L";
        case Role::LI:
            return "LI";
        case Role::Lbl:
            return "Lbl";
        case Role::LBody:
            return "LBody";
        case Role::TOC:
            return "TOC";
        case Role::TOCI:
            return "TOCI";
        case Role::Link:
            return "Link";
        case Role::Table:
            return "Table";
        case Role::THead:
            return "THead";
        case Role::TBody:
            return "TBody";
        case Role::TFoot:
            return "TFoot";
        case Role::TR:
            return "TR";
        case Role::TH:
            return "TH";
        case Role::TD:
            return "TD";
        case Role::Figure:
            return "Figure";
        case Role::Caption:
            return "Caption";
        case Role::Div:
            return "Div";
    }
    return "Span";
}

Tag Tag::of(Role r) {
    Tag t;
    t.role = r;
    return t;
}

Tag Tag::artifact_of(ArtifactKind k) {
    Tag t;
    t.role = Role::Artifact;
    t.artifact = k;
    return t;
}

Tag Tag::figure(std::string alt, std::optional<Rect> bbox) {
    Tag t;
    t.role = Role::Figure;
    t.alt = std::move(alt);
    t.bbox = bbox;
    return t;
}

Tag Tag::header_cell(HeaderScope scope, int col_span) {
    Tag t;
    t.role = Role::TH;
    t.scope = scope;
    t.col_span = col_span;
    return t;
}

namespace {

int heading_level(Role r) {
    switch (r) {
        case Role::H1:
            return 1;
        case Role::H2:
            return 2;
        case Role::H3:
            return 3;
        case Role::H4:
            return 4;
        case Role::H5:
            return 5;
        case Role::H6:
            return 6;
        default:
            return 0;
    }
}

Role heading_of_level(int level) {
    constexpr Role kLevels[] = {Role::H1, Role::H2, Role::H3, Role::H4, Role::H5, Role::H6};
    return kLevels[std::clamp(level, 1, 6) - 1];
}

}  // namespace

StructureTree::StructureTree() { elements_.push_back({Tag::of(Role::Document), -1, {}}); }

int StructureTree::open(const Tag& tag) {
    if (!stack_.empty() && stack_.back().element < 0) {
        // Inside an artifact everything is artifact.
        stack_.push_back(stack_.back());
        return -1;
    }
    if (tag.role == Role::Artifact) {
        stack_.push_back({-1, tag.artifact});
        return -1;
    }
    Tag resolved = tag;
    if (resolved.role == Role::Heading) resolved.role = heading_of_level(section_level_ + 1);
    if (const int level = heading_level(tag.role); level > 0) section_level_ = level;

    int parent = stack_.empty() ? 0 : stack_.back().element;
    const int index = static_cast<int>(elements_.size());
    const Kid kid{Kid::Type::Element, index, -1};
    auto& siblings = elements_[static_cast<std::size_t>(parent)].kids;
    if (heading_level(resolved.role) > 0 &&
        elements_[static_cast<std::size_t>(parent)].tag.role == Role::Figure) {
        const int figure = parent;
        parent = elements_[static_cast<std::size_t>(figure)].parent;
        auto& outer = elements_[static_cast<std::size_t>(parent)].kids;
        auto at = std::find_if(outer.begin(), outer.end(), [&](const Kid& k) {
            return k.type == Kid::Type::Element && k.index == figure;
        });
        outer.insert(at, kid);
    } else {
        siblings.push_back(kid);
    }
    elements_.push_back({resolved, parent, {}});
    stack_.push_back({index, ArtifactKind::Layout});
    return index;
}

void StructureTree::reopen(int element) {
    if (element <= 0 || element >= static_cast<int>(elements_.size()))
        throw std::logic_error("StructureTree::reopen: no such element");
    stack_.push_back({element, ArtifactKind::Layout});
}

void StructureTree::close() {
    if (stack_.empty()) throw std::logic_error("StructureTree::close without open");
    stack_.pop_back();
}

StructureTree::Mark StructureTree::current_mark() const {
    Mark m;
    if (stack_.empty()) return m;
    if (stack_.back().element < 0) {
        m.kind = Mark::Kind::Artifact;
        m.artifact = stack_.back().artifact;
        return m;
    }
    m.kind = Mark::Kind::Content;
    m.element = stack_.back().element;
    return m;
}

int StructureTree::current_element() const { return stack_.empty() ? -1 : stack_.back().element; }

int StructureTree::add_content(int element, int page) {
    if (element <= 0 || element >= static_cast<int>(elements_.size()) || page < 0)
        throw std::logic_error("StructureTree::add_content: no such element or page");
    if (static_cast<std::size_t>(page) >= page_contents_.size())
        page_contents_.resize(static_cast<std::size_t>(page) + 1);
    auto& mcids = page_contents_[static_cast<std::size_t>(page)];
    const int mcid = static_cast<int>(mcids.size());
    mcids.push_back(element);
    elements_[static_cast<std::size_t>(element)].kids.push_back({Kid::Type::Content, mcid, page});
    return mcid;
}

int StructureTree::add_annotation(int element, int page) {
    if (element <= 0 || element >= static_cast<int>(elements_.size()))
        throw std::logic_error("StructureTree::add_annotation: no such element");
    const int index = static_cast<int>(annotations_.size());
    annotations_.push_back({element, page});
    elements_[static_cast<std::size_t>(element)].kids.push_back({Kid::Type::Annotation, index, page});
    return index;
}

}  // namespace dspt::draw
