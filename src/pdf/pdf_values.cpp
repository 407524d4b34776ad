#include "pdf/pdf_values.h"

#include <libdeflate.h>

#include <cmath>
#include <cstdlib>
#include <memory>
#include <new>
#include <stdexcept>

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
    set_flate_data(*obj, flate(data));
  } else {
    obj->GetStream()->Set(data.data(), static_cast<pdf_long>(data.size()), TVecFilters());
  }
  return obj;
}

std::string flate(std::string_view data) {
  using Compressor = std::unique_ptr<libdeflate_compressor, decltype(&libdeflate_free_compressor)>;
  const Compressor compressor(libdeflate_alloc_compressor(6), &libdeflate_free_compressor);
  if (!compressor) throw std::bad_alloc();
  std::string out(libdeflate_zlib_compress_bound(compressor.get(), data.size()), '\0');
  const std::size_t length =
      libdeflate_zlib_compress(compressor.get(), data.data(), data.size(), out.data(), out.size());
  if (length == 0) throw std::length_error("libdeflate: compressed data exceeds its bound");
  out.resize(length);
  return out;
}

void set_flate_data(PdfObject& object, const std::string& compressed) {
  // /Filter first, then the data and its /Length: the keys in the order
  // PoDoFo's own Set() writes them.
  object.GetDictionary().AddKey(PdfName::KeyFilter, PdfName("FlateDecode"));
  PdfMemoryInputStream input(compressed.data(), static_cast<pdf_long>(compressed.size()));
  object.GetStream()->SetRawData(&input, static_cast<pdf_long>(compressed.size()));
}

}  // namespace gongwen::pdf
