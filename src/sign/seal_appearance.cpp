#include "sign/seal_appearance.h"

#include <algorithm>

#include "pdf/number_format.h"

namespace gongwen::sign {
namespace {

using namespace PoDoFo;

// An 8-bit image XObject, Flate-compressed. No /Interpolate: PDF/A forbids it.
PdfObject* image_xobject(PdfMemDocument& doc, int width, int height, const char* color_space,
                         const std::string& samples) {
  PdfObject* image = doc.GetObjects().CreateObject("XObject");
  PdfDictionary& dict = image->GetDictionary();
  dict.AddKey("Subtype", PdfName("Image"));
  dict.AddKey("Width", PdfObject(static_cast<pdf_int64>(width)));
  dict.AddKey("Height", PdfObject(static_cast<pdf_int64>(height)));
  dict.AddKey("ColorSpace", PdfName(color_space));
  dict.AddKey("BitsPerComponent", PdfObject(static_cast<pdf_int64>(8)));
  image->GetStream()->Set(samples.data(), static_cast<pdf_long>(samples.size()));
  return image;
}

}  // namespace

PdfObject* make_seal_appearance(PdfMemDocument& doc, double width, double height,
                                const SealImage& seal) {
  PdfObject* image = image_xobject(doc, seal.width, seal.height, "DeviceRGB", seal.rgb);
  if (!seal.alpha.empty()) {
    PdfObject* mask = image_xobject(doc, seal.width, seal.height, "DeviceGray", seal.alpha);
    image->GetDictionary().AddKey("SMask", mask->Reference());
  }

  // The largest size with the picture's proportions that fits the box.
  const double scale = std::min(width / seal.width, height / seal.height);
  const double w = seal.width * scale;
  const double h = seal.height * scale;
  const std::string content = "q /Ink gs " + pdf::format_number(w) + " 0 0 " +
                              pdf::format_number(h) + " " + pdf::format_number((width - w) / 2) +
                              " " + pdf::format_number((height - h) / 2) + " cm /Seal Do Q\n";

  PdfObject* form = doc.GetObjects().CreateObject("XObject");
  PdfDictionary& dict = form->GetDictionary();
  dict.AddKey("Subtype", PdfName("Form"));
  PdfVariant bbox;
  PdfRect(0, 0, width, height).ToVariant(bbox);
  dict.AddKey("BBox", bbox);
  PdfDictionary xobjects;
  xobjects.AddKey("Seal", image->Reference());
  // Multiply, like ink: the text under the seal stays readable through the
  // red, as on a stamped paper document (blend modes are allowed in PDF/A-2).
  PdfDictionary ink;
  ink.AddKey("Type", PdfName("ExtGState"));
  ink.AddKey("BM", PdfName("Multiply"));
  PdfDictionary states;
  states.AddKey("Ink", ink);
  PdfDictionary resources;
  resources.AddKey("XObject", xobjects);
  resources.AddKey("ExtGState", states);
  dict.AddKey("Resources", resources);
  form->GetStream()->Set(content.data(), static_cast<pdf_long>(content.size()));
  return form;
}

}  // namespace gongwen::sign
