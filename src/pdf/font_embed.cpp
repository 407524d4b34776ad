#include "pdf/font_embed.h"

#include "pdf/cid_widths.h"
#include "pdf/pdf_values.h"
#include "pdf/to_unicode.h"

namespace gongwen::pdf {

using namespace PoDoFo;

namespace {

PdfArray width_array(const CidWidths& widths) {
  PdfArray w;
  for (const auto& e : widths.entries) {
    w.push_back(integer(e.first));
    if (e.kind == CidWidths::Entry::Kind::kRange) {
      w.push_back(integer(e.last));
      w.push_back(number(e.widths[0]));
    } else {
      PdfArray list;
      for (double v : e.widths) list.push_back(number(v));
      w.push_back(list);
    }
  }
  return w;
}

PdfObject* font_descriptor(PdfVecObjects& objects, const FontProgram& program,
                           const std::string& name, PdfObject* file, PdfObject* cid_set) {
  PdfObject* fd = objects.CreateObject("FontDescriptor");
  PdfDictionary& d = fd->GetDictionary();
  d.AddKey("FontName", PdfName(name));
  d.AddKey("Flags", integer(program.flags));
  PdfArray bbox;
  for (double v : program.bbox) bbox.push_back(number(v));
  d.AddKey("FontBBox", bbox);
  d.AddKey("ItalicAngle", number(program.italic_angle));
  d.AddKey("Ascent", number(program.ascent));
  d.AddKey("Descent", number(program.descent));
  d.AddKey("CapHeight", number(program.cap_height));
  d.AddKey("StemV", number(program.stem_v));
  const bool truetype = program.format == FontProgram::Format::kTrueType;
  d.AddKey(truetype ? "FontFile2" : "FontFile3", file->Reference());
  d.AddKey("CIDSet", cid_set->Reference());
  return fd;
}

}  // namespace

std::string cid_set_bytes(const FontProgram& program) {
  if (program.widths.empty()) return {};
  const std::uint16_t max_code = program.widths.rbegin()->first;
  std::string bytes(max_code / 8 + 1, '\0');
  for (const auto& [code, w] : program.widths) {
    bytes[code / 8] =
        static_cast<char>(static_cast<unsigned char>(bytes[code / 8]) | (0x80u >> (code % 8)));
  }
  return bytes;
}

EmbeddedFont embed_font(PdfVecObjects& objects, const FontProgram& program,
                        const std::map<std::uint16_t, std::u32string>& to_unicode) {
  const bool truetype = program.format == FontProgram::Format::kTrueType;
  const std::string name = program.subset_tag + "+" + program.postscript_name;

  PdfObject* file = objects.CreateObject();
  if (truetype) {
    file->GetDictionary().AddKey("Length1", integer(static_cast<long long>(program.data.size())));
  } else {
    file->GetDictionary().AddKey("Subtype", PdfName("CIDFontType0C"));
  }
  PdfObject* cid_set = stream_object(objects, cid_set_bytes(program));
  PdfObject* descriptor = font_descriptor(objects, program, name, file, cid_set);

  PdfObject* cid_font = objects.CreateObject("Font");
  PdfDictionary& c = cid_font->GetDictionary();
  c.AddKey("Subtype", PdfName(truetype ? "CIDFontType2" : "CIDFontType0"));
  c.AddKey("BaseFont", PdfName(name));
  PdfDictionary system_info;
  system_info.AddKey("Registry", PdfString(program.registry));
  system_info.AddKey("Ordering", PdfString(program.ordering));
  system_info.AddKey("Supplement", integer(program.supplement));
  c.AddKey("CIDSystemInfo", system_info);
  c.AddKey("FontDescriptor", descriptor->Reference());
  const CidWidths widths = build_cid_widths(program.widths);
  c.AddKey("DW", number(widths.default_width));
  if (!widths.entries.empty()) c.AddKey("W", width_array(widths));
  if (truetype) c.AddKey("CIDToGIDMap", PdfName("Identity"));

  PdfObject* cmap = stream_object(objects, build_to_unicode_cmap(to_unicode));

  PdfObject* type0 = objects.CreateObject("Font");
  PdfDictionary& t = type0->GetDictionary();
  t.AddKey("Subtype", PdfName("Type0"));
  // For a CIDFontType0 the Type0 name is the CIDFont name plus the CMap name.
  t.AddKey("BaseFont", PdfName(truetype ? name : name + "-Identity-H"));
  t.AddKey("Encoding", PdfName("Identity-H"));
  PdfArray descendants;
  descendants.push_back(cid_font->Reference());
  t.AddKey("DescendantFonts", descendants);
  t.AddKey("ToUnicode", cmap->Reference());
  return {type0, file};
}

}  // namespace gongwen::pdf
