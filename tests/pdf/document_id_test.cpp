#include "pdf/document_id.h"

#include <gtest/gtest.h>

namespace gongwen::pdf {
namespace {

const std::string kTrailer =
    "trailer\n<</ID[<00112233445566778899AABBCCDDEEFF><00112233445566778899AABBCCDDEEFF>]"
    "/Root 1 0 R>>\nstartxref\n9\n%%EOF";

TEST(DocumentIdTest, DependsOnTheContentAndKeepsTheLength) {
  std::string a = "%PDF-1.7 content A\n" + kTrailer;
  std::string b = "%PDF-1.7 content B\n" + kTrailer;
  const std::size_t length = a.size();
  ASSERT_TRUE(patch_document_id(a));
  ASSERT_TRUE(patch_document_id(b));
  EXPECT_EQ(a.size(), length);
  const auto id_of = [](const std::string& s) { return s.substr(s.find("/ID[<") + 5, 32); };
  EXPECT_NE(id_of(a), id_of(b));
  EXPECT_NE(id_of(a), "00112233445566778899AABBCCDDEEFF");
  EXPECT_NE(a.find("[<" + id_of(a) + "><" + id_of(a) + ">]"), std::string::npos);
}

TEST(DocumentIdTest, SameBytesSameId) {
  std::string a = "%PDF-1.7 same\n" + kTrailer;
  std::string b = a;
  patch_document_id(a);
  patch_document_id(b);
  EXPECT_EQ(a, b);
  std::string again = a;  // patching again ignores the old ID's value
  patch_document_id(again);
  EXPECT_EQ(again, a);
}

TEST(DocumentIdTest, NoIdNoChange) {
  std::string s = "%PDF-1.7\ntrailer\n<</Root 1 0 R>>";
  const std::string before = s;
  EXPECT_FALSE(patch_document_id(s));
  EXPECT_EQ(s, before);
}

}  // namespace
}  // namespace gongwen::pdf
