// Reading a finished PDF back with PoDoFo for the conformance checks: object
// lookups that follow references, decoded stream bytes, and a walk over the
// content streams that reports text, painting and marked content.
// Header-only: the test build compiles only *_test.cpp files.
#pragma once

#include <podofo/podofo.h>

#include <cstdint>
#include <cstdlib>
#include <functional>
#include <set>
#include <string>
#include <vector>

namespace gongwen::pdf::testing {

// Follows an indirect reference (and nothing else); null stays null.
inline const PoDoFo::PdfObject* resolve(const PoDoFo::PdfMemDocument& doc,
                                        const PoDoFo::PdfObject* o) {
  while (o != nullptr && o->IsReference()) o = doc.GetObjects().GetObject(o->GetReference());
  return o;
}

// The value under `key` of a dictionary object, references followed.
inline const PoDoFo::PdfObject* key_of(const PoDoFo::PdfMemDocument& doc,
                                       const PoDoFo::PdfObject* dict, const char* key) {
  dict = resolve(doc, dict);
  if (dict == nullptr || !dict->IsDictionary()) return nullptr;
  return resolve(doc, dict->GetDictionary().GetKey(key));
}

inline std::string name_of(const PoDoFo::PdfObject* o) {
  return o != nullptr && o->IsName() ? o->GetName().GetName() : std::string();
}

inline std::string name_at(const PoDoFo::PdfMemDocument& doc, const PoDoFo::PdfObject* dict,
                           const char* key) {
  return name_of(key_of(doc, dict, key));
}

// The bytes of a string object as stored (no text decoding).
inline std::string bytes_of(const PoDoFo::PdfString& s) {
  return std::string(s.GetString(), static_cast<std::size_t>(s.GetLength()));
}

// Decoded (unfiltered) stream data; empty for a non-stream.
inline std::string stream_bytes(const PoDoFo::PdfObject* o) {
  if (o == nullptr || !o->HasStream()) return {};
  char* buf = nullptr;
  PoDoFo::pdf_long len = 0;
  o->GetStream()->GetFilteredCopy(&buf, &len);
  std::string out(buf, static_cast<std::size_t>(len));
  PoDoFo::podofo_free(buf);
  return out;
}

// "12 0 R" for messages.
inline std::string ref_text(const PoDoFo::PdfObject* o) {
  if (o == nullptr) return "(direct object)";
  const PoDoFo::PdfReference r = o->Reference();
  return std::to_string(r.ObjectNumber()) + " " + std::to_string(r.GenerationNumber()) + " R";
}

// One open marked-content sequence.
struct MarkedContent {
  std::string tag;
  int mcid = -1;  // -1: no MCID
  bool artifact() const { return tag == "Artifact"; }
};

// What a content stream does, reported operator by operator.
struct ContentEvents {
  // Text shown in `font` (the resolved font dictionary): the string bytes.
  std::function<void(const PoDoFo::PdfObject* font, const std::string& bytes,
                     const std::vector<MarkedContent>& marks)>
      text;
  // Anything painted (text, paths, images, shadings), by operator name.
  std::function<void(const std::string& op, const std::vector<MarkedContent>& marks)> paint;
  // A marked-content sequence opened (`marks` already holds it).
  std::function<void(const std::vector<MarkedContent>& marks)> begin_marked;
  // An image XObject drawn.
  std::function<void(const PoDoFo::PdfObject* image)> image;
  // A colour set in a device space by operator (g, rg, k and the stroking
  // G, RG, K).
  std::function<void(const std::string& op)> device_colour;
  // Problems with the stream itself (unbalanced marked content, unknown
  // resources).
  std::function<void(const std::string& problem)> problem;
};

// Walks one content stream with its resources; form XObjects are entered
// with their own resources and the marked content open around their Do.
class ContentWalker {
 public:
  ContentWalker(const PoDoFo::PdfMemDocument& doc, const ContentEvents& events)
      : doc_(doc), events_(events) {}

  void walk(const std::string& content, const PoDoFo::PdfObject* resources) {
    std::vector<MarkedContent> marks;
    walk(content, resources, marks, 0);
  }

 private:
  void walk(const std::string& content, const PoDoFo::PdfObject* resources,
            std::vector<MarkedContent>& marks, int depth) {
    using namespace PoDoFo;
    const std::size_t base = marks.size();
    PdfContentsTokenizer tokens(content.data(), static_cast<long>(content.size()));
    EPdfContentsType type;
    const char* keyword = nullptr;
    PdfVariant value;
    std::vector<PdfVariant> operands;
    const PdfObject* font = nullptr;
    while (tokens.ReadNext(type, keyword, value)) {
      if (type == ePdfContentsType_Variant) {
        operands.push_back(value);
        continue;
      }
      if (type != ePdfContentsType_Keyword) continue;
      const std::string op = keyword;
      if (op == "Tf" && !operands.empty() && operands[0].IsName()) {
        font =
            key_of(doc_, key_of(doc_, resources, "Font"), operands[0].GetName().GetName().c_str());
        if (font == nullptr)
          report("Tf names a font missing from the resources: /" + operands[0].GetName().GetName());
      } else if (op == "BDC" || op == "BMC") {
        MarkedContent m;
        if (!operands.empty() && operands[0].IsName()) m.tag = operands[0].GetName().GetName();
        if (op == "BDC" && operands.size() > 1 && operands[1].IsDictionary()) {
          const PdfObject* mcid = operands[1].GetDictionary().GetKey("MCID");
          if (mcid != nullptr && mcid->IsNumber()) m.mcid = static_cast<int>(mcid->GetNumber());
        }
        marks.push_back(m);
        if (events_.begin_marked) events_.begin_marked(marks);
      } else if (op == "EMC") {
        if (marks.size() <= base)
          report("EMC without an open marked-content sequence");
        else
          marks.pop_back();
      } else if (op == "Tj" || op == "'" || op == "\"" || op == "TJ") {
        paint(op, marks);
        std::string bytes;
        for (const PdfVariant& v : operands) {
          if (v.IsString() || v.IsHexString()) bytes += bytes_of(v.GetString());
          if (v.IsArray()) {
            for (const PdfObject& e : v.GetArray())
              if (e.IsString() || e.IsHexString()) bytes += bytes_of(e.GetString());
          }
        }
        if (font == nullptr) report("text shown before any Tf");
        if (events_.text) events_.text(font, bytes, marks);
      } else if (op == "Do" && !operands.empty() && operands[0].IsName()) {
        const PdfObject* x = key_of(doc_, key_of(doc_, resources, "XObject"),
                                    operands[0].GetName().GetName().c_str());
        if (x == nullptr) {
          report("Do names an XObject missing from the resources: /" +
                 operands[0].GetName().GetName());
        } else if (name_at(doc_, x, "Subtype") == "Form" && depth < 8) {
          paint(op, marks);
          const PdfObject* own = key_of(doc_, x, "Resources");
          walk(stream_bytes(x), own != nullptr ? own : resources, marks, depth + 1);
        } else {
          paint(op, marks);
          if (events_.image) events_.image(x);
        }
      } else if (op == "g" || op == "G" || op == "rg" || op == "RG" || op == "k" || op == "K") {
        if (events_.device_colour) events_.device_colour(op);
      } else if (op == "f" || op == "F" || op == "f*" || op == "S" || op == "s" || op == "B" ||
                 op == "B*" || op == "b" || op == "b*" || op == "sh" || op == "BI") {
        paint(op, marks);
      }
      operands.clear();
    }
    if (marks.size() > base) {
      report("marked content left open at the end of a content stream");
      marks.resize(base);
    }
  }

  void paint(const std::string& op, const std::vector<MarkedContent>& marks) {
    if (events_.paint) events_.paint(op, marks);
  }
  void report(const std::string& problem) {
    if (events_.problem) events_.problem(problem);
  }

  const PoDoFo::PdfMemDocument& doc_;
  const ContentEvents& events_;
};

// The content of a page: its /Contents stream, or the streams of an array
// joined with a separator (operators never span streams).
inline std::string page_content(const PoDoFo::PdfMemDocument& doc, const PoDoFo::PdfObject* page) {
  const PoDoFo::PdfObject* contents = key_of(doc, page, "Contents");
  if (contents == nullptr) return {};
  if (!contents->IsArray()) return stream_bytes(contents);
  std::string out;
  for (const PoDoFo::PdfObject& part : contents->GetArray()) {
    out += stream_bytes(resolve(doc, &part));
    out += "\n";
  }
  return out;
}

// A page's resources, inherited from the page tree when not its own.
inline const PoDoFo::PdfObject* page_resources(const PoDoFo::PdfMemDocument& doc,
                                               const PoDoFo::PdfObject* page) {
  for (int depth = 0; page != nullptr && depth < 32; ++depth) {
    if (const PoDoFo::PdfObject* r = key_of(doc, page, "Resources")) return r;
    page = key_of(doc, page, "Parent");
  }
  return nullptr;
}

}  // namespace gongwen::pdf::testing
