// The object-level PDF/A-2a and PDF/UA-1 checks of tests/scripts/conformance.sh
// that need a PDF parser: fonts against their embedded programs, glyphs and
// their Unicode values, marked content against the structure tree,
// annotations, and rules for every object. Each violation is one line of plain text.
// Header-only: the test build compiles only *_test.cpp files.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "font_conformance.h"
#include "object_conformance.h"
#include "pdf_reading.h"
#include "tag_conformance.h"

namespace gongwen::pdf::testing {

inline std::vector<std::string> check_conformance(const PoDoFo::PdfMemDocument& doc) {
  std::vector<std::string> out;
  std::map<const PoDoFo::PdfObject*, std::set<std::uint32_t>> codes;  // font → codes shown

  ContentEvents events;
  std::string where;
  events.text = [&](const PoDoFo::PdfObject* font, const std::string& bytes,
                    const std::vector<MarkedContent>&) {
    if (font == nullptr) return;
    std::set<std::uint32_t>& used = codes[font];
    if (name_at(doc, font, "Subtype") != "Type0") return;  // reported by check_font
    if (bytes.size() % 2 != 0) out.push_back(where + ": a string of odd length for a 2-byte font");
    for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
      used.insert(static_cast<unsigned char>(bytes[i]) << 8 |
                  static_cast<unsigned char>(bytes[i + 1]));
  };
  // 6.2.4.3: device colour must match the output intent's (RGB here; grey
  // goes with any). The object scan covers /DeviceCMYK in dictionaries.
  events.device_colour = [&](const std::string& op) {
    if (op == "k" || op == "K")
      out.push_back(where + ": CMYK colour (" + op + ") with an RGB output intent");
  };
  // Marking is the tag checker's business; here fonts and colour.
  for (int i = 0; i < doc.GetPageCount(); ++i) {
    const PoDoFo::PdfObject* page = doc.GetPage(i)->GetObject();
    where = "page " + std::to_string(i + 1);
    ContentWalker(doc, events).walk(page_content(doc, page), page_resources(doc, page));
    const PoDoFo::PdfObject* annots = key_of(doc, page, "Annots");
    if (annots == nullptr || !annots->IsArray()) continue;
    for (const PoDoFo::PdfObject& a : annots->GetArray()) {
      const PoDoFo::PdfObject* normal = key_of(doc, key_of(doc, &a, "AP"), "N");
      std::vector<const PoDoFo::PdfObject*> streams;
      if (normal != nullptr && normal->HasStream())
        streams.push_back(normal);
      else if (normal != nullptr && normal->IsDictionary())
        for (const auto& [state, s] : normal->GetDictionary().GetKeys())
          if (const PoDoFo::PdfObject* x = resolve(doc, s); x && x->HasStream())
            streams.push_back(x);
      where = "page " + std::to_string(i + 1) + " annotation appearance";
      for (const PoDoFo::PdfObject* s : streams)
        ContentWalker(doc, events).walk(stream_bytes(s), key_of(doc, s, "Resources"));
    }
  }
  for (const auto& [font, used] : codes)
    for (std::string& v : check_font(doc, font, used)) out.push_back(std::move(v));
  for (std::string& v : check_tags(doc)) out.push_back(std::move(v));
  for (std::string& v : check_objects(doc)) out.push_back(std::move(v));
  return out;
}

// Loads `path`; a file PoDoFo cannot parse is one violation.
inline std::vector<std::string> check_conformance(const std::string& path) {
  // PoDoFo prints each trailer it parses unless told not to.
  PoDoFo::PdfError::EnableDebug(false);
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument doc;
  try {
    doc.Load(path.c_str());
  } catch (const PoDoFo::PdfError& e) {
    return {"cannot be parsed: " + std::string(PoDoFo::PdfError::ErrorName(e.GetError()))};
  }
  return check_conformance(doc);
}

}  // namespace gongwen::pdf::testing
