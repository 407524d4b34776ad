#include "model/document/generic_document.h"

#include "model/document/blocks.h"
#include "model/document/date.h"

namespace gongwen::model {

Signature read_signature(const YamlSource& src, const Field& field, std::string& iso_date) {
  const MapReader map(src, field, "the signature", {"agency", "date", "seal"});
  Signature s;
  s.pos = field.pos;
  s.agency = trim_spaces(read_text(src, map.required("agency"), "the signing agency (agency)"));
  if (s.agency.empty()) src.fail(field.pos, "the signing agency (agency) is empty");
  const Field date_field = map.required("date");
  const std::string text = trim_spaces(read_text(src, date_field, "the date"));
  const auto date = parse_date(text);
  if (!date) {
    src.fail(date_field.pos, "\"" + text +
                                 "\" is not a date; write it as 2021-01-23 or "
                                 "\"2021年1月23日\" (and check that the day exists)");
  }
  s.date = date->printed();
  iso_date = date->iso();
  if (auto seal = map.get("seal")) s.seal = read_bool(src, *seal, "seal");
  return s;
}

std::string read_style_name(const YamlSource& src, const Field& field) {
  const std::string name = read_text(src, field, "style");
  const bool plain = !name.empty() && name.size() <= 64 &&
                     name.find_first_not_of(
                         "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
                         "0123456789_-") == std::string::npos;
  if (!plain) {
    src.fail(field.pos,
             "style names a file under styles/ without the .yaml ending, e.g. "
             "\"gbt9704\" (letters, digits, - and _ only)");
  }
  return name;
}

Document read_generic_document(const YamlSource& src) {
  const Field root{src.root(), src.pos(src.root())};
  if (root.node.IsNull() && !root.pos.known()) {
    src.fail(SourcePos{src.name(), 1, 1},
             "the file holds no document (it is empty, or all comments); a document is a map "
             "with title, body and signature, or report: for an annual report (`gongwen new` "
             "prints one to fill in)");
  }
  if (!root.node.IsMap()) {
    src.fail(root.pos,
             "a document is a map with title, body and signature (or report: for an "
             "annual report), but here it is " +
                 describe(root.node));
  }
  const MapReader map(src, root, "the document",
                      {"title", "body", "signature", "author", "subject", "style", "report"});
  Document doc;
  doc.source_file = src.name();
  const Field title = map.required("title");
  doc.title.lines = read_lines(src, title, "the title");
  doc.title.pos = title.pos;
  doc.body = read_blocks(src, map.required("body"), "body");
  if (auto signature = map.get("signature")) {
    doc.signature = read_signature(src, *signature, doc.iso_date);
  }
  if (auto style = map.get("style")) doc.style = read_style_name(src, *style);
  doc.author = doc.signature ? doc.signature->agency : "";
  if (auto author = map.get("author")) doc.author = trim_spaces(read_text(src, *author, "author"));
  for (const auto& line : doc.title.lines) doc.subject += line;
  if (auto subject = map.get("subject"))
    doc.subject = trim_spaces(read_text(src, *subject, "subject"));
  return doc;
}

}  // namespace gongwen::model
