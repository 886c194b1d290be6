#pragma once
// Writes a StructureTree into a libharu document, at the level of libharu's internal object
// API (as haru_to_unicode does): the StructTreeRoot with its elements and ParentTree, the
// pages' /StructParents and /Tabs, the link annotations' /StructParent, and the catalog's
// /MarkInfo, /Lang, /ViewerPreferences and XMP /Metadata. libharu 2.3 has no public API
// for any of it.
#include <hpdf.h>

#include <string>
#include <string_view>
#include <vector>

#include "draw/structure.h"

namespace dspt::draw {

struct TaggedMetadata {
    std::string language = "en-GB";  // BCP 47, the catalog's /Lang and dc:language
    std::string title;
    std::string subject;
    std::string author;
    std::string keywords;
    std::string creator;
    std::string created;  // ISO 8601 with zone, "2023-11-16T00:00:00Z"; empty: not written
};

// A PDF text string (UTF-16BE with its byte order mark) made from UTF-8; null on failure.
HPDF_Binary pdf_text_string(HPDF_MMgr mm, std::string_view utf8);

// The XMP packet (dc:title etc.) of the metadata stream.
std::string xmp_packet(const TaggedMetadata& meta);

// Adds the structure to `doc`; `pages` are the document's pages in order, `annotations` the
// link annotations the tree's annotation indices refer to. Returns libharu's error status
// (HPDF_OK on success).
HPDF_STATUS write_structure(HPDF_Doc doc, const StructureTree& tree, const std::vector<HPDF_Page>& pages,
                            const std::vector<HPDF_Annotation>& annotations, const TaggedMetadata& meta);

}  // namespace dspt::draw
