#include "util/utf8.h"

#include <gtest/gtest.h>

namespace gongwen::utf8 {
namespace {

TEST(Utf8, DecodesEveryLengthAndHandsMalformedBytesToThePolicy) {
  EXPECT_EQ(decode("a年¥𠀀", Malformed::kRefuse), U"a年¥\U00020000");
  EXPECT_EQ(decode("a\xFF"
                   "b",
                   Malformed::kReplace),
            U"a\uFFFDb");
  EXPECT_EQ(decode("a\xE5\xB9", Malformed::kReplace), U"a\uFFFD\uFFFD");  // cut short
  EXPECT_EQ(decode("a\xE5\xB9"
                   "b",
                   Malformed::kSkip),
            U"ab");
  try {
    decode("ab\xE5\xB9", Malformed::kRefuse);
    ADD_FAILURE() << "a malformed byte was accepted";
  } catch (const std::invalid_argument& e) {
    EXPECT_STREQ(e.what(), "invalid UTF-8 at byte 2");
  }
}

TEST(Utf8, CharacterLengthRejectsWhatIsNotUtf8) {
  char32_t c = 0;
  EXPECT_EQ(character_length("年", 0, &c), 3u);
  EXPECT_EQ(c, U'年');
  EXPECT_EQ(character_length(std::string_view("\0", 1), 0), 1u);  // NUL is a character
  EXPECT_EQ(character_length("\xC0\xAF", 0), 0u);                 // overlong '/'
  EXPECT_EQ(character_length("\xED\xA0\x80", 0), 0u);             // a surrogate
  EXPECT_EQ(character_length("\xF4\x90\x80\x80", 0), 0u);         // past U+10FFFF
  EXPECT_EQ(character_length("\xB9", 0), 0u);                     // a continuation byte
  EXPECT_EQ(character_length("年", 1), 0u);
  EXPECT_EQ(character_length("a", 1), 0u);  // past the end
  EXPECT_EQ(step("\xB9x", 0), 1u);
}

TEST(Utf8, EncodesAndCounts) {
  EXPECT_EQ(encode(U"A年\U00020000"), "A年𠀀");
  std::string out;
  append(out, 0xD800);
  EXPECT_EQ(out, "\uFFFD");
  EXPECT_EQ(count_characters("二〇二〇年 ok"), 8u);
  EXPECT_TRUE(starts_character('a'));
  EXPECT_FALSE(starts_character('\x80'));
}

}  // namespace
}  // namespace gongwen::utf8
