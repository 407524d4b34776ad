#include "pdf/pdf_values.h"

#include <cmath>

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

}  // namespace gongwen::pdf
