#include "sign/xmp_dates.h"

namespace gongwen::sign {
namespace {

// Replaces the value of `property` in element form (<p>v</p>) or attribute
// form (p="v" or p='v'). Returns false when the property is not there.
bool replace_property(std::string& xmp, const std::string& property, const std::string& value) {
  const std::string open = "<" + property + ">";
  if (std::size_t start = xmp.find(open); start != std::string::npos) {
    start += open.size();
    const std::size_t end = xmp.find("</" + property + ">", start);
    if (end == std::string::npos) return false;
    xmp.replace(start, end - start, value);
    return true;
  }
  for (std::size_t at = xmp.find(property + "="); at != std::string::npos;
       at = xmp.find(property + "=", at + 1)) {
    const bool starts_name = at > 0 && (xmp[at - 1] == ' ' || xmp[at - 1] == '\n' ||
                                        xmp[at - 1] == '\t' || xmp[at - 1] == '\r');
    const std::size_t quote_at = at + property.size() + 1;
    if (!starts_name || quote_at >= xmp.size()) continue;
    const char quote = xmp[quote_at];
    if (quote != '"' && quote != '\'') continue;
    const std::size_t end = xmp.find(quote, quote_at + 1);
    if (end == std::string::npos) return false;
    xmp.replace(quote_at + 1, end - quote_at - 1, value);
    return true;
  }
  return false;
}

// Adds <property>value</property> on the line after the element-form
// property `neighbour`, indented alike, so that it lands in a description
// where the xmp prefix is bound. Returns false when `neighbour` is not there.
bool insert_beside(std::string& xmp, const std::string& neighbour, const std::string& property,
                   const std::string& value) {
  const std::size_t start = xmp.find("<" + neighbour + ">");
  const std::string close = "</" + neighbour + ">";
  const std::size_t end = xmp.find(close, start);
  if (start == std::string::npos || end == std::string::npos) return false;
  const std::size_t line_start = xmp.rfind('\n', start);
  const std::string indent =
      line_start == std::string::npos ? "" : xmp.substr(line_start + 1, start - line_start - 1);
  const bool only_blanks = indent.find_first_not_of(" \t") == std::string::npos;
  xmp.insert(end + close.size(), "\n" + (only_blanks ? indent : std::string()) + "<" + property +
                                     ">" + value + "</" + property + ">");
  return true;
}

}  // namespace

std::optional<std::string> set_xmp_dates(std::string_view packet, const std::string& xmp_date) {
  std::string xmp(packet);
  std::string missing;
  for (const char* property : {"xmp:ModifyDate", "xmp:MetadataDate"}) {
    if (replace_property(xmp, property, xmp_date)) continue;
    bool added = false;
    for (const char* neighbour : {"xmp:ModifyDate", "xmp:CreateDate", "xmp:CreatorTool"}) {
      if (!added && neighbour != std::string(property)) {
        added = insert_beside(xmp, neighbour, property, xmp_date);
      }
    }
    if (!added)
      missing += std::string("   <") + property + ">" + xmp_date + "</" + property + ">\n";
  }
  if (missing.empty()) return xmp;
  const std::size_t rdf_end = xmp.rfind("</rdf:RDF>");
  if (rdf_end == std::string::npos) return std::nullopt;
  xmp.insert(rdf_end,
             "  <rdf:Description rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n" +
                 missing + "  </rdf:Description>\n ");
  return xmp;
}

}  // namespace gongwen::sign
