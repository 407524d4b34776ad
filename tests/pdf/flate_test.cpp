#include <gtest/gtest.h>
#include <libdeflate.h>

#include <memory>
#include <string>

#include "pdf/pdf_values.h"

namespace gongwen::pdf {
namespace {

std::string inflate(const std::string& compressed, std::size_t size) {
  std::unique_ptr<libdeflate_decompressor, decltype(&libdeflate_free_decompressor)> d(
      libdeflate_alloc_decompressor(), &libdeflate_free_decompressor);
  std::string out(size, '\0');
  std::size_t actual = 0;
  EXPECT_EQ(libdeflate_zlib_decompress(d.get(), compressed.data(), compressed.size(), out.data(),
                                       out.size(), &actual),
            LIBDEFLATE_SUCCESS);
  out.resize(actual);
  return out;
}

TEST(Flate, IsAZlibStreamThatInflatesBack) {
  std::string data;
  for (int i = 0; i < 20000; ++i)
    data += "BT /F1 16 Tf " + std::to_string(i * 7 % 991) + " Tj ET\n";
  const std::string compressed = flate(data);
  ASSERT_GE(compressed.size(), 2u);
  EXPECT_EQ(static_cast<unsigned char>(compressed[0]) & 0x0F, 8);  // deflate, as PDF requires
  EXPECT_LT(compressed.size(), data.size() / 4);
  EXPECT_EQ(inflate(compressed, data.size()), data);
  EXPECT_EQ(flate(data), compressed);  // the same bytes every time
}

TEST(Flate, EmptyAndIncompressibleData) {
  EXPECT_EQ(inflate(flate(""), 0), "");
  std::string noise;
  unsigned x = 1;
  for (int i = 0; i < 4096; ++i) noise += static_cast<char>((x = x * 1103515245 + 12345) >> 24);
  EXPECT_EQ(inflate(flate(noise), noise.size()), noise);
}

TEST(Flate, StreamObjectsCarryTheFilterAndTheCompressedBytes) {
  PoDoFo::PdfVecObjects objects;
  objects.SetAutoDelete(true);  // as a document's objects are
  PoDoFo::PdfObject* object = stream_object(objects, std::string(5000, 'a'));
  EXPECT_EQ(object->GetDictionary().GetKey(PoDoFo::PdfName::KeyFilter)->GetName().GetName(),
            "FlateDecode");
  char* raw = nullptr;
  PoDoFo::pdf_long length = 0;
  object->GetStream()->GetFilteredCopy(&raw, &length);
  EXPECT_EQ(std::string(raw, static_cast<std::size_t>(length)), std::string(5000, 'a'));
  PoDoFo::podofo_free(raw);
}

}  // namespace
}  // namespace gongwen::pdf
