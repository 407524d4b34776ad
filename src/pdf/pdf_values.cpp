#include "pdf/pdf_values.h"

#include <cmath>
#include <cstdlib>
#include <memory>

#include "pdf/number_format.h"

namespace gongwen::pdf {

using namespace PoDoFo;

PdfObject number(double value) {
  const double q = quantize(value);
  if (q == std::floor(q) && std::fabs(q) < 1e15) return integer(static_cast<long long>(q));
  // Raw data is written verbatim; PoDoFo's compact mode relies on each value
  // bringing its own leading separator, as its numbers do.
  return PdfObject(PdfVariant(PdfData((" " + format_number(q)).c_str())));
}

PdfString text_string(const std::string& utf8) {
  bool plain = true;
  for (unsigned char c : utf8) {
    if (c < 0x20 || c > 0x7E) plain = false;
  }
  if (plain) return PdfString(utf8);
  return PdfString(reinterpret_cast<const pdf_utf8*>(utf8.c_str()));
}

PdfObject* stream_object(PdfVecObjects& objects, const std::string& data, bool compress,
                         const char* type) {
  PdfObject* obj = type ? objects.CreateObject(type) : objects.CreateObject();
  if (compress) {
    obj->GetStream()->Set(data.data(), static_cast<pdf_long>(data.size()));
  } else {
    obj->GetStream()->Set(data.data(), static_cast<pdf_long>(data.size()), TVecFilters());
  }
  return obj;
}

std::string flate(const std::string& data) {
  std::unique_ptr<PdfFilter> filter(PdfFilterFactory::Create(ePdfFilter_FlateDecode));
  char* out = nullptr;
  pdf_long length = 0;
  filter->Encode(data.data(), static_cast<pdf_long>(data.size()), &out, &length);
  std::string compressed(out, static_cast<std::size_t>(length));
  podofo_free(out);
  return compressed;
}

PdfObject* flate_stream_object(PdfVecObjects& objects, const std::string& compressed) {
  PdfObject* obj = objects.CreateObject();
  // Set() with the default filters adds /Filter first, then the data and its
  // /Length: the same keys in the same order.
  obj->GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
  PdfMemoryInputStream input(compressed.data(), static_cast<pdf_long>(compressed.size()));
  obj->GetStream()->SetRawData(&input, static_cast<pdf_long>(compressed.size()));
  return obj;
}

}  // namespace gongwen::pdf
