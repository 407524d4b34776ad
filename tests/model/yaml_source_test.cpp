// The YAML tree YamlSource builds in one pass: values, order, positions, and
// what it refuses while building.
#include "model/yaml/yaml_source.h"

#include <gtest/gtest.h>

#include "util/error.h"

namespace gongwen::model {
namespace {

TEST(YamlSource, MapsKeepFileOrderAndDuplicates) {
  const YamlSource src("b: 1\na: [x, y]\nb: 2\n", "t.yaml");
  const auto entries = src.root().entries();
  ASSERT_EQ(entries.size(), 3u);
  EXPECT_EQ(entries[0].first.Scalar(), "b");
  EXPECT_EQ(entries[1].first.Scalar(), "a");
  EXPECT_EQ(entries[2].second.Scalar(), "2");  // the reader reports the duplicate
  ASSERT_TRUE(entries[1].second.IsSequence());
  EXPECT_EQ(entries[1].second.items()[1].Scalar(), "y");
  EXPECT_TRUE(src.root().has_key("a"));
  EXPECT_FALSE(src.root().has_key("c"));
}

TEST(YamlSource, NullsAreTheEmptyValueTildeAndNullButNotQuotedNull) {
  const YamlSource src("a:\nb: ~\nc: null\nd: 'null'\ne: [1, , 3]\n", "t.yaml");
  const auto entries = src.root().entries();
  ASSERT_EQ(entries.size(), 5u);
  EXPECT_TRUE(entries[0].second.IsNull());
  EXPECT_TRUE(entries[1].second.IsNull());
  EXPECT_TRUE(entries[2].second.IsNull());
  EXPECT_TRUE(entries[3].second.IsScalar());
  EXPECT_EQ(entries[3].second.Scalar(), "null");
  const auto items = entries[4].second.items();
  ASSERT_EQ(items.size(), 3u);
  EXPECT_TRUE(items[1].IsNull());
}

TEST(YamlSource, PositionsCountCharactersAsAnEditorDoes) {
  const YamlSource src("标题: [一, 二]\n", "t.yaml");
  const auto entries = src.root().entries();
  ASSERT_EQ(entries.size(), 1u);
  const SourcePos list = src.pos(entries[0].second);
  EXPECT_EQ(list.line, 1);
  EXPECT_EQ(list.column, 5);
  EXPECT_EQ(src.pos(entries[0].second.items()[1]).column, 9);
}

TEST(YamlSource, AnEmptyFileIsNullAndPlacedNowhere) {
  const YamlSource src("# only a comment\n", "t.yaml");
  EXPECT_TRUE(src.root().IsNull());
  EXPECT_FALSE(src.pos(src.root()).known());
  EXPECT_TRUE(src.root().entries().empty());
  EXPECT_EQ(src.root().Scalar(), "");
}

TEST(YamlSource, TheTreeSurvivesMovingTheSource) {
  YamlSource first("a: [1, 2]\n", "t.yaml");
  const YamlNode list = first.root().entries()[0].second;
  const YamlSource moved(std::move(first));
  EXPECT_EQ(list.items()[1].Scalar(), "2");
  EXPECT_EQ(moved.root().entries()[0].second.items()[0].Scalar(), "1");
}

void expect_refused(const std::string& yaml, int line, int column, const std::string& words) {
  try {
    const YamlSource src(yaml, "t.yaml");
    ADD_FAILURE() << "accepted: " << yaml;
  } catch (const InputError& e) {
    EXPECT_EQ(e.where().line, line) << e.what();
    EXPECT_EQ(e.where().column, column) << e.what();
    EXPECT_NE(std::string(e.what()).find(words), std::string::npos) << e.what();
  }
}

TEST(YamlSource, RefusesAliasesDeepNestingAndASecondDocument) {
  expect_refused("a: &x [1]\nb: *x\n", 2, 4, "aliases");
  expect_refused(std::string(40, '[') + std::string(40, ']') + "\n", 1, 33, "nested more than 32");
  expect_refused("a: 1\n---\nb: 2\n", 2, 1, "more than one YAML document");
}

}  // namespace
}  // namespace gongwen::model
