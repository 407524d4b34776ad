// Small conversions to PoDoFo values used by the object-building files.
// (Internal to src/pdf: the only place PoDoFo is included besides src/sign.)
#pragma once

#include <podofo/podofo.h>

#include <string>
#include <string_view>

namespace gongwen::pdf {

// An integer when the value is whole, else our fixed-precision text, so that
// dictionaries never carry PoDoFo's "%g" output (which may use exponents).
PoDoFo::PdfObject number(double value);

inline PoDoFo::PdfObject integer(long long value) {
  return PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(value));
}

// A text string: PDFDocEncoding when plain printable ASCII, else UTF-16BE.
PoDoFo::PdfString text_string(const std::string& utf8);

// `data` as a zlib stream for FlateDecode, by libdeflate (level 6: zlib's
// default ratio in about half zlib's time). Safe to call on any thread (no
// PoDoFo document involved), so fonts can be compressed in parallel.
std::string flate(std::string_view data);

// Makes `object` a FlateDecode stream holding `compressed` (from flate()).
void set_flate_data(PoDoFo::PdfObject& object, const std::string& compressed);

// A stream object holding `data` with FlateDecode (`compress`) or unfiltered.
PoDoFo::PdfObject* stream_object(PoDoFo::PdfVecObjects& objects, const std::string& data,
                                 bool compress = true, const char* type = nullptr);

}  // namespace gongwen::pdf
