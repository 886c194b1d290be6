#pragma once
// Walks a finished PDF with libqpdf and lists every way it falls short of a tagged,
// accessible PDF as far as can be checked without a PDF/UA validator (none is packaged
// for Debian): a painting operator outside marked content that is not an artifact, an MCID
// that no structure element owns through the ParentTree (or used twice on a page), a
// structure that does not read in page order, a skipped heading level, a Figure without
// /Alt, a TH without /Scope, a link annotation outside the structure, and a missing /Lang,
// /MarkInfo, /DisplayDocTitle, /Tabs or XMP title. An empty list means it passed.
#include <string>
#include <vector>

namespace dspt::test {

std::vector<std::string> tagged_pdf_problems(const std::string& pdf_bytes);

// One line per problem, at most `max` of them, for a test's failure message.
std::string describe_problems(const std::vector<std::string>& problems, std::size_t max = 12);

}  // namespace dspt::test
