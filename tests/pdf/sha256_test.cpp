#include "pdf/sha256.h"

#include <gtest/gtest.h>

#include <string>

namespace gongwen::pdf {
namespace {

std::string hex(const Sha256Digest& d) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string s;
  for (auto b : d) s += std::string{kHex[b >> 4], kHex[b & 15]};
  return s;
}

// FIPS 180-2 test vectors.
TEST(Sha256Test, KnownVectors) {
  EXPECT_EQ(hex(sha256("")), "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
  EXPECT_EQ(hex(sha256("abc")), "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
  EXPECT_EQ(hex(sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq")),
            "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
  EXPECT_EQ(hex(sha256(std::string(1000000, 'a'))),
            "cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0");
}

TEST(Sha256Test, PaddingBoundaries) {
  // 55, 56 and 64 bytes straddle the one/two-block padding boundary.
  EXPECT_EQ(hex(sha256(std::string(55, 'x'))).size(), 64u);
  EXPECT_NE(sha256(std::string(55, 'x')), sha256(std::string(56, 'x')));
  EXPECT_NE(sha256(std::string(63, 'x')), sha256(std::string(64, 'x')));
}

}  // namespace
}  // namespace gongwen::pdf
