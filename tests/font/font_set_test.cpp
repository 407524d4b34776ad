#include "font/font_set.h"

#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>

#include "font/test_fonts.h"
#include "util/error.h"

namespace gongwen::font {
namespace {

using gongwen::testing::project_fonts;
using gongwen::testing::source_path;

std::string file_name(const Face& face) {
  return std::filesystem::path(face.path()).filename().string();
}

// Writes a role table into a temporary file and returns its path.
std::string write_table(const std::string& name, const std::string& text) {
  const auto path = std::filesystem::temp_directory_path() / ("gongwen-font-test-" + name);
  std::ofstream(path) << text;
  return path.string();
}

std::string error_of(const std::string& yaml_path) {
  try {
    FontSet fonts(yaml_path, source_path("fonts/files"));
  } catch (const EnvironmentError& e) {
    return e.what();
  }
  return "(no error)";
}

TEST(FontSet, RolesResolveToTheExpectedFiles) {
  const FontSet& fonts = project_fonts();
  EXPECT_EQ(file_name(fonts.primary("body")), "FandolFang-Regular.otf");
  EXPECT_EQ(fonts.primary("body").index(), 0);
  EXPECT_EQ(file_name(fonts.primary("heading1")), "FandolHei-Regular.otf");
  EXPECT_EQ(file_name(fonts.primary("heading2")), "FandolKai-Regular.otf");
  EXPECT_EQ(file_name(fonts.primary("page_number")), "FandolSong-Regular.otf");
  EXPECT_EQ(file_name(fonts.primary("latin")), "LiberationSerif-Regular.ttf");
  // The title's 小标宋 substitute is the SC face of the Noto Serif CJK collection.
  EXPECT_EQ(file_name(fonts.primary("title")), "NotoSerifCJK-Bold.ttc");
  EXPECT_EQ(fonts.primary("title").index(), 2);
  EXPECT_EQ(fonts.primary("title").family(), "Noto Serif CJK SC");
}

TEST(FontSet, FallbacksFollowThePrimary) {
  const auto& chain = project_fonts().chain("body");
  ASSERT_EQ(chain.size(), 2u);
  EXPECT_EQ(file_name(*chain[1]), "NotoSerifCJK-Regular.ttc");
  EXPECT_EQ(chain[1]->index(), 2);
  const auto& title = project_fonts().chain("title");
  ASSERT_EQ(title.size(), 2u);
  EXPECT_EQ(file_name(*title[1]), "FandolSong-Bold.otf");
}

TEST(FontSet, EachFaceIsLoadedOnce) {
  const FontSet& fonts = project_fonts();
  EXPECT_EQ(&fonts.primary("body"), &fonts.primary("heading3"));
  EXPECT_EQ(&fonts.primary("table"), &fonts.primary("body"));
  EXPECT_EQ(fonts.chain("body")[1], fonts.chain("heading3")[1]);
}

TEST(FontSet, RolesAreListedInFileOrder) {
  const auto roles = project_fonts().roles();
  ASSERT_GE(roles.size(), 10u);
  EXPECT_EQ(roles.front().role, "title");
  EXPECT_EQ(roles.front().families.front(), "Noto Serif CJK SC:style=Bold");
  EXPECT_EQ(roles.front().faces.size(), 2u);
}

TEST(FontSet, FaceForPicksTheFirstCoveringFace) {
  const FontSet& fonts = project_fonts();
  EXPECT_EQ(fonts.face_for("body", U'你'), &fonts.primary("body"));
  EXPECT_EQ(fonts.face_for("latin", U'A'), &fonts.primary("latin"));
  EXPECT_EQ(fonts.face_for("latin", U'你'), nullptr);
  EXPECT_EQ(fonts.face_for("body", U'\U0001F600'), nullptr);  // no emoji in the chain
}

TEST(FontSet, UnknownRoleIsAnEnvironmentError) {
  try {
    project_fonts().chain("subtitle");
    FAIL() << "expected an error";
  } catch (const EnvironmentError& e) {
    EXPECT_NE(std::string(e.what()).find("unknown font role 'subtitle'"), std::string::npos);
  }
}

TEST(FontSet, MissingFamilyIsNotReplacedByFontconfigsBestGuess) {
  const std::string path =
      write_table("missing.yaml", "body: [\"FandolFang\"]\nseal: [\"No Such Family Anywhere\"]\n");
  const std::string message = error_of(path);
  EXPECT_NE(message.find(path + ":2"), std::string::npos) << message;
  EXPECT_NE(message.find("role 'seal'"), std::string::npos) << message;
  EXPECT_NE(message.find("No Such Family Anywhere"), std::string::npos) << message;
  EXPECT_NE(message.find("run scripts/setup"), std::string::npos) << message;
}

TEST(FontSet, MissingStyleOfAnExistingFamilyIsNotFound) {
  // FandolKai has no bold face; fontconfig would answer with the regular one.
  const std::string path = write_table("nostyle.yaml", "heading: [\"FandolKai:style=Bold\"]\n");
  EXPECT_NE(error_of(path).find("role 'heading'"), std::string::npos);
}

TEST(FontSet, FallbackServesWhenThePrimaryFamilyIsMissing) {
  const std::string path =
      write_table("fallback.yaml", "body: [\"No Such Family\", \"FandolFang:style=Regular\"]\n");
  FontSet fonts(path, source_path("fonts/files"));
  ASSERT_EQ(fonts.chain("body").size(), 1u);
  EXPECT_EQ(file_name(fonts.primary("body")), "FandolFang-Regular.otf");
}

TEST(FontSet, BadTablesNameFileAndLine) {
  const std::string not_list =
      write_table("notlist.yaml", "body: [\"FandolFang\"]\ntitle: {a: b}\n");
  EXPECT_NE(error_of(not_list).find(not_list + ":2:8: role 'title' must be a list"),
            std::string::npos)
      << error_of(not_list);
  const std::string broken = write_table("broken.yaml", "body: [\"FandolFang\"\ntitle: x\n");
  EXPECT_NE(error_of(broken).find(broken + ":"), std::string::npos);
  EXPECT_NE(error_of(broken).find("not valid YAML"), std::string::npos) << error_of(broken);
  EXPECT_NE(error_of("/nonexistent/fonts.yaml").find("cannot read"), std::string::npos);
}

TEST(Face, MetricsComeFromTheFont) {
  const FontSet& fonts = project_fonts();
  const Face& fang = fonts.primary("body");
  EXPECT_EQ(fang.units_per_em(), 1000);
  EXPECT_GT(fang.ascender(), 700);
  EXPECT_LT(fang.descender(), 0);
  EXPECT_FALSE(fang.family().empty());
  const Face& noto = fonts.primary("title");
  EXPECT_EQ(noto.units_per_em(), 1000);
  // Noto CJK's BASE table puts the ideographic em box from -120 to 880, and
  // so do its typographic metrics (its hhea ascender, 1151, leaves accent room).
  EXPECT_EQ(noto.ideographic_top(), 880);
  EXPECT_EQ(noto.ascender(), 880);
  EXPECT_EQ(noto.descender(), -120);
  EXPECT_FALSE(noto.embedding_restricted());
  const Face& latin = fonts.primary("latin");
  EXPECT_EQ(latin.units_per_em(), 2048);
  // No BASE table: the ascender, scaled so that ascender - descender is one em.
  EXPECT_EQ(latin.ideographic_top(),
            latin.ascender() * 2048 / (latin.ascender() - latin.descender()));
  EXPECT_TRUE(latin.has_codepoint(U'A'));
  EXPECT_FALSE(latin.has_codepoint(U'你'));
}

TEST(Face, UnreadableFileIsAnEnvironmentError) {
  EXPECT_THROW(Face("/nonexistent/font.otf", 0), EnvironmentError);
  const std::string not_a_font = write_table("notafont.otf", "hello");
  EXPECT_THROW(Face(not_a_font, 0), EnvironmentError);
  EXPECT_THROW(Face(project_fonts().primary("body").path(), 3), EnvironmentError);
}

}  // namespace
}  // namespace gongwen::font
