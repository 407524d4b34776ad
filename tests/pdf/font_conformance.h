// PDF/A-2 font checks on a finished file (ISO 19005-2 §6.2.11), made on the
// embedded program itself with FreeType: what a validator compares, not what
// the writer meant to write. Header-only: the test build compiles only
// *_test.cpp files.
#pragma once

#include <ft2build.h>
#include FT_FREETYPE_H
#include FT_ADVANCES_H

#include <cctype>
#include <cmath>
#include <map>
#include <set>
#include <string>
#include <vector>

#include "pdf_reading.h"

namespace gongwen::pdf::testing {

// Code → Unicode text of a ToUnicode CMap (bfchar and bfrange entries).
inline std::map<std::uint32_t, std::u32string> parse_to_unicode(const std::string& cmap) {
  std::vector<std::string> tokens;  // "<hex>" contents, "[", "]" and keywords
  for (std::size_t i = 0; i < cmap.size();) {
    const char c = cmap[i];
    if (c == '<' && i + 1 < cmap.size() && cmap[i + 1] != '<') {
      const std::size_t end = cmap.find('>', i);
      if (end == std::string::npos) break;
      std::string hex;
      for (std::size_t k = i + 1; k < end; ++k)
        if (std::isxdigit(static_cast<unsigned char>(cmap[k]))) hex += cmap[k];
      tokens.push_back("<" + hex);
      i = end + 1;
    } else if (c == '[' || c == ']') {
      tokens.push_back(std::string(1, c));
      ++i;
    } else if (std::isalpha(static_cast<unsigned char>(c))) {
      std::size_t end = i;
      while (end < cmap.size() && std::isalnum(static_cast<unsigned char>(cmap[end]))) ++end;
      tokens.push_back(cmap.substr(i, end - i));
      i = end;
    } else {
      ++i;
    }
  }
  auto number = [](const std::string& t) { return std::stoul(t.substr(1), nullptr, 16); };
  auto text = [](const std::string& t) {
    std::u32string out;
    for (std::size_t k = 1; k + 4 <= t.size(); k += 4) {
      char32_t u = static_cast<char32_t>(std::stoul(t.substr(k, 4), nullptr, 16));
      if (u >= 0xD800 && u < 0xDC00 && k + 8 <= t.size()) {
        const char32_t low = static_cast<char32_t>(std::stoul(t.substr(k + 4, 4), nullptr, 16));
        u = 0x10000 + ((u - 0xD800) << 10) + (low - 0xDC00);
        k += 4;
      }
      out += u;
    }
    return out;
  };
  std::map<std::uint32_t, std::u32string> map;
  std::string block;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const std::string& t = tokens[i];
    if (t == "beginbfchar" || t == "beginbfrange") {
      block = t;
    } else if (t == "endbfchar" || t == "endbfrange") {
      block.clear();
    } else if (block == "beginbfchar" && t[0] == '<' && i + 1 < tokens.size()) {
      map[static_cast<std::uint32_t>(number(t))] = text(tokens[++i]);
    } else if (block == "beginbfrange" && t[0] == '<' && i + 2 < tokens.size()) {
      const auto lo = number(t), hi = number(tokens[i + 1]);
      if (tokens[i + 2] == "[") {
        i += 3;
        for (auto code = lo; code <= hi && i < tokens.size() && tokens[i] != "]"; ++code, ++i)
          map[static_cast<std::uint32_t>(code)] = text(tokens[i]);
      } else {
        std::u32string first = text(tokens[i + 2]);
        for (auto code = lo; code <= hi && !first.empty(); ++code) {
          map[static_cast<std::uint32_t>(code)] = first;
          ++first.back();
        }
        i += 2;
      }
    }
  }
  return map;
}

// Why a glyph's Unicode value would not be accepted (empty: fine).
inline std::string unicode_problem(const std::u32string& text) {
  if (text.empty()) return "maps to nothing";
  for (char32_t u : text) {
    if (u == 0 || u == 0xFEFF || u == 0xFFFE) return "maps to U+0000, U+FEFF or U+FFFE";
    if ((u >= 0xE000 && u <= 0xF8FF) || u >= 0xF0000) return "maps to a private use code point";
    if ((u >= 0xD800 && u <= 0xDFFF) || u > 0x10FFFF) return "maps to a non-character";
  }
  return {};
}

// /W and /DW of a CIDFont: the width of each code.
class CidWidthTable {
 public:
  CidWidthTable(const PoDoFo::PdfMemDocument& doc, const PoDoFo::PdfObject* cid_font) {
    if (const auto* dw = key_of(doc, cid_font, "DW"); dw != nullptr && dw->IsNumber())
      default_ = static_cast<double>(dw->GetNumber());
    else if (dw != nullptr && dw->IsReal())
      default_ = dw->GetReal();
    const PoDoFo::PdfObject* w = key_of(doc, cid_font, "W");
    if (w == nullptr || !w->IsArray()) return;
    const PoDoFo::PdfArray& a = w->GetArray();
    auto num = [&](std::size_t i) {
      const PoDoFo::PdfObject* o = resolve(doc, &a[i]);
      return o->IsNumber() ? static_cast<double>(o->GetNumber()) : o->GetReal();
    };
    for (std::size_t i = 0; i + 1 < a.size();) {
      const auto first = static_cast<std::uint32_t>(num(i));
      const PoDoFo::PdfObject* next = resolve(doc, &a[i + 1]);
      if (next->IsArray()) {
        std::uint32_t c = first;
        for (const PoDoFo::PdfObject& v : next->GetArray()) {
          const PoDoFo::PdfObject* o = resolve(doc, &v);
          widths_[c++] = o->IsNumber() ? static_cast<double>(o->GetNumber()) : o->GetReal();
        }
        i += 2;
      } else if (i + 2 < a.size()) {
        const auto last = static_cast<std::uint32_t>(num(i + 1));
        for (std::uint32_t c = first; c <= last; ++c) widths_[c] = num(i + 2);
        i += 3;
      } else {
        break;
      }
    }
  }
  double of(std::uint32_t code) const {
    auto it = widths_.find(code);
    return it == widths_.end() ? default_ : it->second;
  }

 private:
  double default_ = 1000;
  std::map<std::uint32_t, double> widths_;
};

// Checks one composite font against the embedded program and the codes the
// content shows with it. Messages start with the font's name.
inline std::vector<std::string> check_font(const PoDoFo::PdfMemDocument& doc,
                                           const PoDoFo::PdfObject* font,
                                           const std::set<std::uint32_t>& codes_used) {
  std::vector<std::string> out;
  const std::string base = name_at(doc, font, "BaseFont");
  const std::string who = "font " + base + " (" + ref_text(font) + "): ";
  auto bad = [&](const std::string& m) { out.push_back(who + m); };
  if (name_at(doc, font, "Subtype") != "Type0") {
    bad("is not a composite (Type0) font; this check covers only those");
    return out;
  }
  if (base.size() < 8 || base[6] != '+' ||
      base.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZ") != 6)
    bad("name has no subset tag (six capitals and '+')");
  if (name_at(doc, font, "Encoding") != "Identity-H") bad("encoding is not /Identity-H");
  const PoDoFo::PdfObject* to_unicode = key_of(doc, font, "ToUnicode");
  if (to_unicode == nullptr) bad("has no /ToUnicode");
  const auto unicode = parse_to_unicode(stream_bytes(to_unicode));

  const PoDoFo::PdfObject* kids = key_of(doc, font, "DescendantFonts");
  const PoDoFo::PdfObject* cid_font =
      kids != nullptr && kids->IsArray() && !kids->GetArray().empty()
          ? resolve(doc, &kids->GetArray()[0])
          : nullptr;
  const std::string subtype = name_at(doc, cid_font, "Subtype");
  if (subtype != "CIDFontType0" && subtype != "CIDFontType2") {
    bad("has no CIDFontType0/CIDFontType2 descendant");
    return out;
  }
  const PoDoFo::PdfObject* descriptor = key_of(doc, cid_font, "FontDescriptor");
  const PoDoFo::PdfObject* file =
      key_of(doc, descriptor, subtype == "CIDFontType2" ? "FontFile2" : "FontFile3");
  if (file == nullptr) {
    bad("is not embedded (no " +
        std::string(subtype == "CIDFontType2" ? "FontFile2" : "FontFile3") + ")");
    return out;
  }
  if (subtype == "CIDFontType0" && name_at(doc, file, "Subtype") != "CIDFontType0C")
    bad("FontFile3 is not /CIDFontType0C");

  // CID → glyph index of the program.
  std::vector<std::uint32_t> cid_to_gid;  // empty: identity
  bool identity = true;
  if (subtype == "CIDFontType2") {
    const PoDoFo::PdfObject* map = key_of(doc, cid_font, "CIDToGIDMap");
    if (map == nullptr) {
      bad("CIDFontType2 without /CIDToGIDMap");
    } else if (map->HasStream()) {
      identity = false;
      const std::string bytes = stream_bytes(map);
      for (std::size_t i = 0; i + 1 < bytes.size(); i += 2)
        cid_to_gid.push_back(static_cast<unsigned char>(bytes[i]) << 8 |
                             static_cast<unsigned char>(bytes[i + 1]));
    } else if (name_of(map) != "Identity") {
      bad("/CIDToGIDMap is neither /Identity nor a stream");
    }
  }

  const std::string program = stream_bytes(file);
  FT_Library library = nullptr;
  FT_Face face = nullptr;
  if (FT_Init_FreeType(&library) != 0) {
    bad("FreeType cannot start");
    return out;
  }
  if (FT_New_Memory_Face(library, reinterpret_cast<const FT_Byte*>(program.data()),
                         static_cast<FT_Long>(program.size()), 0, &face) != 0) {
    bad("FreeType cannot read the embedded program");
    FT_Done_FreeType(library);
    return out;
  }
  if (FT_Get_FSType_Flags(face) & FT_FSTYPE_RESTRICTED_LICENSE_EMBEDDING)
    bad("the program's licence forbids embedding (OS/2 fsType)");
  const double upem = face->units_per_EM > 0 ? face->units_per_EM : 1000;
  // The CIDs the program has, with their advance in 1/1000 em. FreeType
  // addresses a bare CID-keyed CFF by CID and refuses CIDs it lacks.
  std::map<std::uint32_t, double> program_widths;
  auto advance = [&](FT_UInt index, double& width) {
    FT_Fixed a = 0;
    if (FT_Get_Advance(face, index, FT_LOAD_NO_SCALE | FT_LOAD_NO_HINTING, &a) != 0) return false;
    width = static_cast<double>(a) * 1000.0 / upem;
    return true;
  };
  const auto glyphs = static_cast<std::uint32_t>(face->num_glyphs);
  if (identity) {
    for (std::uint32_t cid = 0; cid < glyphs; ++cid) {
      double w = 0;
      if (advance(cid, w)) program_widths[cid] = w;
    }
  } else {
    for (std::uint32_t cid = 0; cid < cid_to_gid.size(); ++cid) {
      double w = 0;
      if ((cid == 0 || cid_to_gid[cid] != 0) && cid_to_gid[cid] < glyphs &&
          advance(cid_to_gid[cid], w))
        program_widths[cid] = w;
    }
  }
  FT_Done_Face(face);
  FT_Done_FreeType(library);

  // 6.2.11.5: /W agrees with the program (validators allow 1/1000 em).
  const CidWidthTable widths(doc, cid_font);
  int mismatches = 0;
  std::string examples;
  for (const auto& [cid, w] : program_widths) {
    if (std::fabs(widths.of(cid) - w) > 1) {
      if (++mismatches <= 3)
        examples += " CID " + std::to_string(cid) + ": /W " + std::to_string(widths.of(cid)) +
                    ", program " + std::to_string(w) + ";";
    }
  }
  if (mismatches > 0)
    bad(std::to_string(mismatches) + " widths differ from the program:" + examples);

  // 6.2.11.4.2: a CIDSet, when present, lists exactly the program's CIDs.
  if (const PoDoFo::PdfObject* cid_set = key_of(doc, descriptor, "CIDSet")) {
    const std::string bits = stream_bytes(cid_set);
    std::set<std::uint32_t> listed;
    for (std::size_t i = 0; i < bits.size() * 8; ++i)
      if (static_cast<unsigned char>(bits[i / 8]) & (0x80u >> (i % 8)))
        listed.insert(static_cast<std::uint32_t>(i));
    for (const auto& [cid, w] : program_widths)
      if (!listed.count(cid)) {
        bad("CIDSet lacks CID " + std::to_string(cid) + " of the program");
        break;
      }
    for (std::uint32_t cid : listed)
      if (!program_widths.count(cid)) {
        bad("CIDSet lists CID " + std::to_string(cid) + ", which the program lacks");
        break;
      }
  }

  // 6.2.11.8 (.notdef), 6.2.11.4.1 (glyph present), 6.2.11.7.2 (Unicode).
  for (std::uint32_t code : codes_used) {
    const std::string c = "code " + std::to_string(code) + " ";
    if (code == 0 || (!identity && code < cid_to_gid.size() && cid_to_gid[code] == 0)) {
      bad(c + "shows .notdef (glyph 0)");
      continue;
    }
    if (!program_widths.count(code)) bad(c + "has no glyph in the embedded program");
    auto u = unicode.find(code);
    const std::string problem = unicode_problem(u == unicode.end() ? U"" : u->second);
    if (!problem.empty()) bad(c + "is used but its ToUnicode entry " + problem);
  }
  return out;
}

}  // namespace gongwen::pdf::testing
