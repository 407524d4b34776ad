#include "sign/seal_image.h"

#include <png.h>

#include <cstring>

#include "util/error.h"

namespace gongwen::sign {
namespace {

// Larger seals add megabytes to the file and nothing visible at print size.
constexpr png_uint_32 kMaxSide = 4096;

}  // namespace

SealImage decode_seal_png(std::string_view png, const std::string& name) {
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  if (!png_image_begin_read_from_memory(&image, png.data(), png.size())) {
    const std::string why = image.message;
    png_image_free(&image);
    throw InputError(SourcePos{name}, "the seal picture is not a PNG image (" + why + ")");
  }
  if (image.width == 0 || image.height == 0 || image.width > kMaxSide || image.height > kMaxSide) {
    png_image_free(&image);
    throw InputError(SourcePos{name}, "the seal picture is " + std::to_string(image.width) + "x" +
                                          std::to_string(image.height) +
                                          " pixels; use a picture of at most " +
                                          std::to_string(kMaxSide) + " pixels a side");
  }
  image.format = PNG_FORMAT_RGBA;
  std::string rgba(PNG_IMAGE_SIZE(image), '\0');
  if (!png_image_finish_read(&image, nullptr, rgba.data(), 0, nullptr)) {
    const std::string why = image.message;
    png_image_free(&image);
    throw InputError(SourcePos{name}, "the seal picture cannot be decoded (" + why + ")");
  }
  SealImage seal;
  seal.width = static_cast<int>(image.width);
  seal.height = static_cast<int>(image.height);
  const std::size_t pixels = static_cast<std::size_t>(seal.width) * seal.height;
  seal.rgb.resize(pixels * 3);
  seal.alpha.resize(pixels);
  bool opaque = true;
  double sum[3] = {0, 0, 0}, weight = 0;
  for (std::size_t i = 0; i < pixels; ++i) {
    const auto* p = reinterpret_cast<const unsigned char*>(&rgba[4 * i]);
    for (int c = 0; c < 3; ++c) {
      seal.rgb[3 * i + c] = static_cast<char>(p[c]);
      sum[c] += p[c] * p[3];
    }
    seal.alpha[i] = static_cast<char>(p[3]);
    weight += p[3];
    opaque = opaque && p[3] == 0xFF;
  }
  if (opaque) {
    seal.alpha.clear();
    return seal;
  }
  // Fully transparent pixels take the seal's mean colour instead of whatever
  // the PNG stored (often black): renderers that smooth a scaled image mix
  // neighbours before applying the mask, and a black neighbour would give
  // the red ring a dark fringe.
  for (std::size_t i = 0; i < pixels; ++i) {
    if (seal.alpha[i] != 0) continue;
    for (int c = 0; c < 3; ++c) {
      const double mean = weight > 0 ? sum[c] / weight : 255;
      seal.rgb[3 * i + c] = static_cast<char>(static_cast<unsigned char>(mean + 0.5));
    }
  }
  return seal;
}

}  // namespace gongwen::sign
