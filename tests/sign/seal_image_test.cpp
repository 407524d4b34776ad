#include "sign/seal_image.h"

#include <gtest/gtest.h>

#include "sign/sign_fixtures.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

TEST(SealImage, DecodesColourAndAlphaPlanes) {
  const SealImage seal = decode_seal_png(testing::make_seal_png(120), "seal.png");
  ASSERT_EQ(seal.width, 120);
  ASSERT_EQ(seal.height, 120);
  ASSERT_EQ(seal.rgb.size(), 120u * 120 * 3);
  ASSERT_EQ(seal.alpha.size(), 120u * 120);
  // The corner is outside the ring: transparent. The ring at the top is opaque red.
  EXPECT_EQ(static_cast<unsigned char>(seal.alpha[0]), 0);
  const std::size_t ring = 3 * 120 + 60;  // row 3, middle column
  EXPECT_EQ(static_cast<unsigned char>(seal.alpha[ring]), 255);
  EXPECT_EQ(static_cast<unsigned char>(seal.rgb[3 * ring]), 0xE0);
  // Transparent pixels carry the seal's colour, not black.
  EXPECT_EQ(static_cast<unsigned char>(seal.rgb[0]), 0xE0);
  EXPECT_EQ(static_cast<unsigned char>(seal.rgb[1]), 0x10);
}

TEST(SealImage, AnOpaquePictureNeedsNoMask) {
  std::string rgba(4 * 4 * 4, '\xFF');
  png_image image{};
  image.version = PNG_IMAGE_VERSION;
  image.width = 4;
  image.height = 4;
  image.format = PNG_FORMAT_RGBA;
  png_alloc_size_t len = 1024;
  std::string png(len, '\0');
  ASSERT_TRUE(png_image_write_to_memory(&image, png.data(), &len, 0, rgba.data(), 0, nullptr));
  png.resize(len);
  EXPECT_TRUE(decode_seal_png(png, "white.png").alpha.empty());
}

TEST(SealImage, NotAPngIsAnInputErrorNamingTheFile) {
  try {
    decode_seal_png("GIF89a....", "seal.gif");
    FAIL();
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("seal.gif"), std::string::npos);
    EXPECT_NE(std::string(e.what()).find("not a PNG"), std::string::npos);
  }
}

}  // namespace
}  // namespace gongwen::sign
