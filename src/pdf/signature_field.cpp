#include "pdf/signature_field.h"

#include <stdexcept>

namespace gongwen::pdf {
namespace {

using namespace PoDoFo;

// /F 4: the Print flag. PDF/A wants every annotation printable and none
// hidden, so that the printed page shows what the screen shows.
constexpr pdf_int64 kPrintFlag = 4;

// The array stored under `key` in `dict`, created (as a direct object) when
// absent. An indirect array is resolved, so additions land in that object.
PdfArray& array_at(PdfObject* dict, const char* key) {
  if (PdfObject* existing = dict->GetIndirectKey(key)) {
    if (!existing->IsArray()) {
      throw std::invalid_argument(std::string("/") + key + " is not an array");
    }
    return existing->GetArray();
  }
  dict->GetDictionary().AddKey(key, PdfArray());
  return dict->GetDictionary().GetKey(key)->GetArray();
}

PdfObject* acro_form(PdfMemDocument& doc) {
  PdfObject* catalog = doc.GetCatalog();
  if (PdfObject* form = catalog->GetIndirectKey("AcroForm")) return form;
  PdfObject* form = doc.GetObjects().CreateObject();
  form->GetDictionary().AddKey("Fields", PdfArray());
  catalog->GetDictionary().AddKey("AcroForm", form->Reference());
  return form;
}

// An empty form XObject the size of the widget: viewers draw nothing there
// until the sign step replaces it with the seal.
PdfObject* empty_appearance(PdfMemDocument& doc, const PdfRect& rect) {
  PdfObject* xobject = doc.GetObjects().CreateObject("XObject");
  PdfDictionary& dict = xobject->GetDictionary();
  dict.AddKey("Subtype", PdfName("Form"));
  PdfVariant bbox;
  PdfRect(0, 0, rect.GetWidth(), rect.GetHeight()).ToVariant(bbox);
  dict.AddKey("BBox", bbox);
  xobject->GetStream()->Set("", 0, TVecFilters());
  return xobject;
}

}  // namespace

std::string seal_field_name(int n) {
  return "Seal" + std::to_string(n);
}

std::vector<std::vector<display::Anchor>> seal_anchors(const display::Document& doc) {
  std::vector<std::vector<display::Anchor>> result(doc.pages.size());
  for (std::size_t i = 0; i < doc.pages.size(); ++i) {
    for (const display::Item& item : doc.pages[i].items) {
      const auto* anchor = std::get_if<display::Anchor>(&item);
      if (anchor != nullptr && anchor->name == kSealAnchor) result[i].push_back(*anchor);
    }
  }
  return result;
}

PdfObject* add_signature_field(PdfMemDocument& doc, int page_index, const PdfRect& rect,
                               const std::string& name, PdfObject* appearance) {
  PdfPage* page = doc.GetPage(page_index);
  if (page == nullptr) throw std::out_of_range("no page " + std::to_string(page_index));

  PdfObject* widget = doc.GetObjects().CreateObject("Annot");
  PdfDictionary& dict = widget->GetDictionary();
  dict.AddKey("Subtype", PdfName("Widget"));
  dict.AddKey("FT", PdfName("Sig"));
  dict.AddKey("T", PdfString(reinterpret_cast<const pdf_utf8*>(name.c_str())));
  // PDF/UA: the field's purpose for assistive technology ("electronic seal").
  const std::string description = "电子签章 " + name;
  dict.AddKey("TU", PdfString(reinterpret_cast<const pdf_utf8*>(description.c_str())));
  PdfVariant rect_array;
  rect.ToVariant(rect_array);
  dict.AddKey("Rect", rect_array);
  dict.AddKey("F", PdfObject(kPrintFlag));
  dict.AddKey("P", page->GetObject()->Reference());
  if (appearance == nullptr) appearance = empty_appearance(doc, rect);
  PdfDictionary appearances;
  appearances.AddKey("N", appearance->Reference());
  dict.AddKey("AP", appearances);

  array_at(page->GetObject(), "Annots").push_back(widget->Reference());
  // PDF/UA: a page with annotations visits them in structure order.
  page->GetObject()->GetDictionary().AddKey("Tabs", PdfName("S"));
  array_at(acro_form(doc), "Fields").push_back(widget->Reference());
  return widget;
}

std::vector<ReservedField> reserve_signature_fields(
    PdfMemDocument& doc, const std::vector<std::vector<display::Anchor>>& anchors_per_page,
    const std::vector<double>& page_heights) {
  std::vector<ReservedField> fields;
  for (std::size_t i = 0; i < anchors_per_page.size(); ++i) {
    if (anchors_per_page[i].empty()) continue;
    const int page_index = static_cast<int>(i);
    PdfPage* page = doc.GetPage(page_index);
    if (page == nullptr) throw std::out_of_range("no page " + std::to_string(page_index));
    const PdfRect media =
        i < page_heights.size() ? PdfRect(0, 0, 0, page_heights[i]) : page->GetMediaBox();
    for (const display::Anchor& anchor : anchors_per_page[i]) {
      // Layout measures y downwards from the page top; PDF upwards from the bottom.
      const PdfRect rect(
          media.GetLeft() + to_pt(anchor.rect.x),
          media.GetBottom() + media.GetHeight() - to_pt(anchor.rect.y + anchor.rect.h),
          to_pt(anchor.rect.w), to_pt(anchor.rect.h));
      const std::string name = seal_field_name(static_cast<int>(fields.size()) + 1);
      fields.push_back({page_index, add_signature_field(doc, page_index, rect, name)});
    }
  }
  return fields;
}

}  // namespace gongwen::pdf
