#include "pdf/image.h"

#include <fstream>
#include <iterator>

#include "pdf/pdf_values.h"
#include "util/error.h"

namespace gongwen::pdf {

using namespace PoDoFo;

namespace {

constexpr unsigned char kPngSignature[8] = {0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'};
constexpr int kPaletteColorType = 3;

std::string read_file(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) throw EnvironmentError("cannot read the image " + path + " (check that it exists)");
  return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// PoDoFo's PNG reader (libpng underneath) builds the soft mask of palette
// images with fewer than 8 bits per pixel from the wrong bits, so such images
// are refused with a way out rather than drawn wrong.
void check_supported(const std::string& png, const std::string& path) {
  if (png.size() < 33 || png.compare(0, 8, reinterpret_cast<const char*>(kPngSignature), 8) != 0 ||
      png.compare(12, 4, "IHDR") != 0) {
    throw EnvironmentError("the image " + path + " is not a PNG file (only PNG is supported)");
  }
  const int bit_depth = static_cast<unsigned char>(png[24]);
  const int color_type = static_cast<unsigned char>(png[25]);
  const bool transparent_palette = png.find("tRNS") != std::string::npos;
  if (color_type == kPaletteColorType && bit_depth < 8 && transparent_palette) {
    throw EnvironmentError("the image " + path +
                           " is a transparent palette PNG with fewer than 8 bits per pixel; "
                           "save it as 8-bit RGBA (e.g. `convert in.png PNG32:out.png`)");
  }
}

}  // namespace

EmbeddedImage embed_png(PdfDocument& doc, const std::string& path) {
  const std::string png = read_file(path);
  check_supported(png, path);
  try {
    PdfImage image(&doc);
    image.LoadFromPngData(reinterpret_cast<const unsigned char*>(png.data()),
                          static_cast<pdf_long>(png.size()));
    PdfObject* obj = image.GetObject();
    return {obj, obj->GetDictionary().HasKey("SMask")};
  } catch (const PdfError& e) {
    throw EnvironmentError("cannot decode the PNG image " + path + " (" +
                           PdfError::ErrorName(e.GetError()) + ")");
  }
}

}  // namespace gongwen::pdf
