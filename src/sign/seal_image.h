// The seal picture (a PNG, usually a red stamp on a transparent background),
// decoded into the planes a PDF image needs: 8-bit RGB samples and, when the
// picture is not fully opaque, an 8-bit alpha plane for its /SMask.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::sign {

struct SealImage {
  int width = 0;
  int height = 0;
  std::string rgb;    // width * height * 3 bytes, rows top to bottom
  std::string alpha;  // width * height bytes, or empty when every pixel is opaque
};

// `name` is the file name used in messages. Throws InputError when the bytes
// are not a PNG libpng can read.
SealImage decode_seal_png(std::string_view png, const std::string& name);

}  // namespace gongwen::sign
