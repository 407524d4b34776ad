// PDF/A-2 rules that hold for every object of the file, whatever uses it
// (ISO 19005-2 §6.1.7 streams, §6.2.4–6.2.10 graphics, §6.4 forms, §6.5
// actions, §6.8 embedded files): checked over all objects, those of
// incremental updates included. Header-only: the test build compiles only
// *_test.cpp files.
#pragma once

#include <functional>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "pdf_reading.h"

namespace gongwen::pdf::testing {

inline std::vector<std::string> check_objects(const PoDoFo::PdfMemDocument& doc) {
  std::vector<std::string> out;
  const PoDoFo::PdfObject* current = nullptr;  // the indirect object being looked at
  auto bad = [&](const PoDoFo::PdfObject*, const std::string& m) {
    out.push_back("object " + ref_text(current) + ": " + m);
  };
  static const std::set<std::string> forbidden_actions = {
      "Launch", "Sound",       "Movie",     "ResetForm", "ImportData", "JavaScript",
      "Hide",   "SetOCGState", "Rendition", "Trans",     "GoTo3DView"};
  static const std::set<std::string> blend_modes = {
      "Normal",    "Compatible", "Multiply",   "Screen",    "Overlay",   "Darken",
      "Lighten",   "ColorDodge", "ColorBurn",  "HardLight", "SoftLight", "Difference",
      "Exclusion", "Hue",        "Saturation", "Color",     "Luminosity"};
  static const std::set<std::string> forbidden_annotations = {"3D", "Sound", "Screen", "Movie",
                                                              "FileAttachment"};

  if (doc.GetTrailer()->GetDictionary().HasKey("Encrypt"))
    out.push_back("the trailer has /Encrypt: PDF/A files are not encrypted");
  // Every dictionary, direct ones inside others included (an action is
  // often a direct value); messages name the indirect object holding it.
  std::vector<std::pair<const PoDoFo::PdfObject*, const PoDoFo::PdfObject*>> dicts;
  std::function<void(const PoDoFo::PdfObject*, const PoDoFo::PdfObject*, int)> collect =
      [&](const PoDoFo::PdfObject* x, const PoDoFo::PdfObject* holder, int depth) {
        if (depth > 32) return;
        if (x->IsDictionary()) {
          dicts.emplace_back(x, holder);
          for (const auto& [key, value] : x->GetDictionary().GetKeys())
            collect(value, holder, depth + 1);
        } else if (x->IsArray()) {
          for (const PoDoFo::PdfObject& e : x->GetArray()) collect(&e, holder, depth + 1);
        }
      };
  for (const PoDoFo::PdfObject* o : doc.GetObjects()) collect(o, o, 0);
  for (const auto& [o, holder] : dicts) {
    current = holder;
    const PoDoFo::PdfDictionary& d = o->GetDictionary();
    const std::string type = name_at(doc, o, "Type");
    const std::string subtype = name_at(doc, o, "Subtype");
    const std::string s = name_at(doc, o, "S");
    if (type != "StructElem" && forbidden_actions.count(s)) bad(o, "a /" + s + " action");
    if (d.HasKey("JS")) bad(o, "JavaScript (/JS)");
    if (d.HasKey("AA")) bad(o, "additional actions (/AA)");
    if (o->HasStream()) {
      for (const char* key : {"F", "FFilter", "FDecodeParms"})
        if (d.HasKey(key)) bad(o, std::string("a stream with /") + key + " (external data)");
      const PoDoFo::PdfObject* filter = key_of(doc, o, "Filter");
      std::vector<std::string> filters;
      if (filter != nullptr && filter->IsName()) filters.push_back(name_of(filter));
      if (filter != nullptr && filter->IsArray())
        for (const PoDoFo::PdfObject& f : filter->GetArray()) filters.push_back(name_of(&f));
      for (const std::string& f : filters)
        if (f == "LZWDecode" || f == "LZW" || f == "Crypt") bad(o, "a stream with /" + f);
    }
    if (subtype == "Image") {
      const PoDoFo::PdfObject* interpolate = key_of(doc, o, "Interpolate");
      if (interpolate != nullptr && interpolate->IsBool() && interpolate->GetBool())
        bad(o, "an image with /Interpolate true");
      for (const char* key : {"Alternates", "OPI"})
        if (d.HasKey(key)) bad(o, std::string("an image with /") + key);
    }
    if (subtype == "PS" || name_at(doc, o, "Subtype2") == "PS") bad(o, "a PostScript XObject");
    if (subtype == "Form" && d.HasKey("Ref")) bad(o, "a reference XObject (/Ref)");
    if (subtype == "Form" && d.HasKey("OPI")) bad(o, "a form XObject with /OPI");
    if (type == "ExtGState" || d.HasKey("BM") || d.HasKey("TR") || d.HasKey("TR2")) {
      if (d.HasKey("TR")) bad(o, "a transfer function (/TR)");
      if (d.HasKey("TR2") && name_at(doc, o, "TR2") != "Default")
        bad(o, "/TR2 other than /Default");
      if (d.HasKey("HTP")) bad(o, "/HTP");
      const PoDoFo::PdfObject* bm = key_of(doc, o, "BM");
      if (bm != nullptr && bm->IsName() && !blend_modes.count(name_of(bm)))
        bad(o, "blend mode /" + name_of(bm) + " is not a standard one");
    }
    if (d.HasKey("HalftoneType")) {
      const PoDoFo::PdfObject* ht = key_of(doc, o, "HalftoneType");
      if (ht == nullptr || !ht->IsNumber() || (ht->GetNumber() != 1 && ht->GetNumber() != 5))
        bad(o, "a halftone of a type other than 1 or 5");
      if (d.HasKey("HalftoneName")) bad(o, "a halftone with /HalftoneName");
    }
    if (type == "Annot" || d.HasKey("Rect")) {
      if (forbidden_annotations.count(subtype)) bad(o, "a " + subtype + " annotation");
    }
    if (d.HasKey("Fields")) {  // the AcroForm
      const PoDoFo::PdfObject* need = key_of(doc, o, "NeedAppearances");
      if (need != nullptr && need->IsBool() && need->GetBool())
        bad(o, "/NeedAppearances true (viewers would draw fields their own way)");
      if (d.HasKey("XFA")) bad(o, "an XFA form");
    }
    if (d.HasKey("EmbeddedFiles")) bad(o, "embedded files");
    // 6.2.4.3: the output intent is RGB, so no CMYK device space.
    for (const char* key : {"ColorSpace", "CS"})
      if (name_at(doc, o, key) == "DeviceCMYK") bad(o, "/DeviceCMYK with an RGB output intent");
  }
  return out;
}

}  // namespace gongwen::pdf::testing
