// Keeps the XMP packet's dates in step with the Info dictionary when the
// signature's incremental update changes the file (PDF/A requires Info
// ModDate and xmp:ModifyDate to agree).
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace gongwen::sign {

// The packet with xmp:ModifyDate and xmp:MetadataDate set to `xmp_date`
// (e.g. "2021-01-15T10:30:00+08:00"), whether they are written as elements
// or as attributes. A missing one is added next to another xmp: element
// (where the prefix is bound), else in a description of its own. Nothing
// else in the packet changes. Returns nullopt when the
// packet has no rdf:RDF element to add them to.
std::optional<std::string> set_xmp_dates(std::string_view packet, const std::string& xmp_date);

}  // namespace gongwen::sign
