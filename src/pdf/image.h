// Raster images (PNG) as image XObjects; transparency becomes an /SMask.
#pragma once

#include <string>

namespace PoDoFo {
class PdfDocument;
class PdfObject;
}  // namespace PoDoFo

namespace gongwen::pdf {

struct EmbeddedImage {
  PoDoFo::PdfObject* xobject = nullptr;
  bool has_alpha = false;  // the page drawing it needs a transparency group
};

// Throws EnvironmentError when the file is missing, is not a PNG, or is a
// kind of PNG we cannot convert faithfully.
EmbeddedImage embed_png(PoDoFo::PdfDocument& doc, const std::string& path);

}  // namespace gongwen::pdf
