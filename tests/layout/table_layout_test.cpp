#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <memory>

#include "layout/table/laid_table.h"
#include "layout/table/table_with_setter.h"
#include "table_samples.h"
#include "util/error.h"

namespace gongwen::layout::table {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

// The structure of a fragment's items: tags as a tree, text and rules at the
// node whose tag encloses them.
struct Node {
  std::string role;
  std::vector<display::TagAttribute> attributes;
  std::vector<std::unique_ptr<Node>> children;
  std::vector<const display::GlyphRun*> runs;
  std::vector<const display::Line*> rules;

  std::string text() const {
    std::string s;
    for (const display::GlyphRun* run : runs) s += run->text;
    for (const auto& child : children) s += child->text();
    return s;
  }
  std::vector<const Node*> all(const std::string& r) const {
    std::vector<const Node*> out;
    for (const auto& child : children) {
      if (child->role == r) out.push_back(child.get());
      for (const Node* n : child->all(r)) out.push_back(n);
    }
    return out;
  }
  std::string attribute(const std::string& key) const {
    for (const display::TagAttribute& a : attributes)
      if (a.key == key) return a.value;
    return "";
  }
};

// The tag tree of `blocks` placed one after the other, as the PDF writer
// sees them. A single fragment of a broken table need not balance its tags
// (the table's Table element spans its fragments): pass complete = false.
// Nodes point at the blocks' runs and rules: keep the blocks alive.
Node parse(const std::vector<const Block*>& blocks, bool complete) {
  Node root;
  std::vector<Node*> stack{&root};
  std::vector<const display::Item*> items;
  for (const Block* block : blocks)
    for (const display::Item& item : block->items) items.push_back(&item);
  for (const display::Item* at : items) {
    const display::Item& item = *at;
    if (const auto* begin = std::get_if<display::TagBegin>(&item)) {
      auto node = std::make_unique<Node>();
      node->role = begin->role;
      node->attributes = begin->attributes;
      Node* raw = node.get();
      stack.back()->children.push_back(std::move(node));
      stack.push_back(raw);
    } else if (std::holds_alternative<display::TagEnd>(item)) {
      if (complete) {
        EXPECT_GT(stack.size(), 1u) << "unbalanced TagEnd";
      }
      if (stack.size() > 1) stack.pop_back();
    } else if (const auto* run = std::get_if<display::GlyphRun>(&item)) {
      stack.back()->runs.push_back(run);
    } else if (const auto* line = std::get_if<display::Line>(&item)) {
      stack.back()->rules.push_back(line);
    }
  }
  if (complete) {
    EXPECT_EQ(stack.size(), 1u) << "unclosed tag";
  }
  return root;
}

Node parse(const std::vector<Block>& blocks, bool complete = true) {
  std::vector<const Block*> all;
  for (const Block& block : blocks) all.push_back(&block);
  return parse(all, complete);
}

Node parse(const Block& block, bool complete = true) {
  return parse(std::vector<const Block*>{&block}, complete);
}

const Node* find_cell(const Node& root, const std::string& text) {
  for (const char* role : {"TH", "TD"})
    for (const Node* n : root.all(role))
      if (n->text() == text) return n;
  return nullptr;
}

// The rules of a fragment, wherever they sit (the PDF writer makes lines
// outside figures artifacts).
std::vector<const display::Line*> rules_of(const Block& block) {
  std::vector<const display::Line*> out;
  for (const display::Item& item : block.items)
    if (const auto* line = std::get_if<display::Line>(&item)) out.push_back(line);
  return out;
}

// The Artifact node of `root` whose text is `text`.
const Node* find_artifact(const Node& root, const std::string& text) {
  for (const Node* n : root.all("Artifact"))
    if (n->text().find(text) != std::string::npos) return n;
  return nullptr;
}

// Every rule end lies on a crossing rule (within half its width): the grid is
// closed and no corner is left open.
void expect_rules_meet(const Block& block, const std::vector<const display::Line*>& rules) {
  auto covered = [&](Point p, bool on_horizontal) {
    for (const display::Line* l : rules) {
      const bool horizontal = l->from.y == l->to.y;
      if (horizontal != on_horizontal) continue;
      const Length half = l->width / 2 + 1;
      if (horizontal && std::abs(p.y - l->from.y) <= half && p.x >= l->from.x - 1 &&
          p.x <= l->to.x + 1)
        return true;
      if (!horizontal && std::abs(p.x - l->from.x) <= half && p.y >= l->from.y - 1 &&
          p.y <= l->to.y + 1)
        return true;
    }
    return false;
  };
  for (const display::Line* l : rules) {
    const bool horizontal = l->from.y == l->to.y;
    EXPECT_TRUE(horizontal || l->from.x == l->to.x);
    EXPECT_GE(std::min(l->from.x, l->from.y), 0);
    EXPECT_LE(l->to.x, block.width);
    EXPECT_LE(l->to.y, block.height);
    // Step in from each end by a little more than half a rule width: the
    // point must lie on a crossing rule.
    const Length in = l->width / 2 + 2;
    const Point a =
        horizontal ? Point{l->from.x + in, l->from.y} : Point{l->from.x, l->from.y + in};
    const Point b = horizontal ? Point{l->to.x - in, l->to.y} : Point{l->to.x, l->to.y - in};
    EXPECT_TRUE(covered(a, !horizontal)) << "open end at " << to_pt(a.x) << "," << to_pt(a.y);
    EXPECT_TRUE(covered(b, !horizontal)) << "open end at " << to_pt(b.x) << "," << to_pt(b.y);
  }
}

class TableThree : public ::testing::Test {
 protected:
  style::Style style;
  TextSetter setter = fixed_pitch_text_setter();
  model::Table table = samples::table_three();
  Length width = from_mm(156);
};

TEST_F(TableThree, FitsTheMeasureWithEveryColumnReadable) {
  const LaidTable laid = lay_out_table(setter, style, table, width, {});
  ASSERT_EQ(laid.col_x.size(), 11u);
  EXPECT_EQ(laid.col_x.front(), style.table_rule / 2);
  EXPECT_EQ(laid.col_x.back(), width - style.table_rule / 2);
  // The data columns hold at least two characters of 五号 text, so that
  // "其他" and "总计" stay whole.
  for (size_t c = 3; c < 10; ++c)
    EXPECT_GE(laid.col_x[c + 1] - laid.col_x[c], 2 * from_pt(10.5) + 2 * style.table_cell_padding_x)
        << c;
  // The vertical column is one character wide.
  EXPECT_LT(laid.col_x[1] - laid.col_x[0], 2 * from_pt(10.5));
}

TEST_F(TableThree, HeadersWrapIntoShortLinesAndNumbersStayWhole) {
  const LaidTable laid = lay_out_table(setter, style, table, width, {});
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const std::string& text = laid.grid.cells[i].cell->text;
    const CellText& set = laid.texts[i];
    if (text == "社会公益组织" || text == "法律服务机构") {
      EXPECT_GE(set.lines.size(), 1u);
      EXPECT_LE(set.lines.size(), 3u);
      for (const Line& line : set.lines) EXPECT_GE(line.characters, 2) << text;
    }
    if (text == "0") {
      EXPECT_EQ(set.lines.size(), 1u);
    }
    if (text == "三、本年度办理结果") {
      EXPECT_EQ(set.lines.size(), 9u);
    }
  }
}

TEST_F(TableThree, SpanningHeaderIsCentredOverItsColumns) {
  const LaidTable laid = lay_out_table(setter, style, table, width, {});
  const std::vector<Block> blocks =
      layout_table_with(setter, style, table, width, width * 4, width * 4);
  ASSERT_EQ(blocks.size(), 1u);
  const Node root = parse(blocks[0]);
  const Node* applicant = find_cell(root, "申请人情况");
  ASSERT_NE(applicant, nullptr);
  ASSERT_EQ(applicant->runs.size(), 1u);
  const display::GlyphRun& run = *applicant->runs[0];
  Length ink = 0;
  for (const display::Glyph& g : run.glyphs) ink += g.advance;
  const Length centre = run.origin.x + ink / 2;
  EXPECT_NEAR(centre, (laid.col_x[3] + laid.col_x[10]) / 2, 2);
  EXPECT_EQ(applicant->attribute("ColSpan"), "7");
  EXPECT_EQ(applicant->attribute("Scope"), "Column");
}

TEST_F(TableThree, TagsCarrySpansAndScopes) {
  const std::vector<Block> blocks =
      layout_table_with(setter, style, table, width, width * 4, width * 4);
  ASSERT_EQ(blocks.size(), 1u);
  const Node root = parse(blocks[0]);
  ASSERT_EQ(root.children.size(), 1u);
  EXPECT_EQ(root.children[0]->role, "Table");
  EXPECT_FALSE(root.children[0]->rules.empty()) << "the rules are the table's decorations";
  EXPECT_TRUE(root.all("Artifact").empty());
  EXPECT_EQ(root.all("THead").size(), 1u);
  EXPECT_EQ(root.all("TR").size(), 26u);

  const Node* note = find_cell(root, samples::table_three().rows[0].cells[0].text);
  ASSERT_NE(note, nullptr);
  EXPECT_THAT(note->attributes, ElementsAre(display::TagAttribute{"Scope", "Column"},
                                            display::TagAttribute{"RowSpan", "3"},
                                            display::TagAttribute{"ColSpan", "3"}));
  const Node* result = find_cell(root, "三、本年度办理结果");
  ASSERT_NE(result, nullptr);
  EXPECT_EQ(result->role, "TH");
  EXPECT_EQ(result->attribute("Scope"), "Row");
  EXPECT_EQ(result->attribute("RowSpan"), "20");
  const Node* secret = find_cell(root, "1.属于国家秘密");
  ASSERT_NE(secret, nullptr);
  EXPECT_EQ(secret->attribute("Scope"), "Row");
  EXPECT_TRUE(secret->attributes.size() == 1);
  const Node* zero = find_cell(root, "0");
  ASSERT_NE(zero, nullptr);
  EXPECT_EQ(zero->role, "TD");
  EXPECT_TRUE(zero->attributes.empty());
}

// A stacked table (the report's table 二) repeats, inside the body, a group
// heading and a row of column labels: both are column headers to a screen
// reader, the rows under them keep their row header and data cells.
TEST_F(TableThree, LabelRowsInTheBodyAreColumnHeaders) {
  model::Table stacked;
  const auto cell = [](const char* text, int colspan = 1) {
    model::TableCell c;
    c.text = text;
    c.colspan = colspan;
    return c;
  };
  stacked.rows.push_back({{cell("第二十条第（一）项", 3)}, {}, /*labels=*/true});
  stacked.rows.push_back(
      {{cell("信息内容"), cell("本年新制作数量"), cell("本年新公开数量")}, {}, true});
  stacked.rows.push_back({{cell("规章"), cell("1"), cell("2")}, {}});
  const std::vector<Block> blocks =
      layout_table_with(setter, style, stacked, width, width * 4, width * 4);
  ASSERT_EQ(blocks.size(), 1u);
  const Node root = parse(blocks[0]);
  for (const char* label : {"第二十条第（一）项", "信息内容", "本年新制作数量"}) {
    const Node* node = find_cell(root, label);
    ASSERT_NE(node, nullptr) << label;
    EXPECT_EQ(node->role, "TH") << label;
    EXPECT_EQ(node->attribute("Scope"), "Column") << label;
  }
  EXPECT_EQ(find_cell(root, "规章")->attribute("Scope"), "Row");
  EXPECT_EQ(find_cell(root, "2")->role, "TD");
  EXPECT_TRUE(root.all("THead").empty()) << "label rows are not repeated headers";
}

TEST_F(TableThree, BrokenAcrossPagesRepeatsHeaderAndGroupLabels) {
  const Length first = from_mm(120);
  const Length page = from_mm(225);
  const std::vector<Block> blocks = layout_table_with(setter, style, table, width, first, page);
  ASSERT_GE(blocks.size(), 2u);
  ASSERT_GT(blocks[0].height, 0);
  EXPECT_LE(blocks[0].height, first);

  for (size_t i = 0; i < blocks.size(); ++i) {
    SCOPED_TRACE("fragment " + std::to_string(i));
    const Block& block = blocks[i];
    EXPECT_EQ(block.width, width);
    if (i > 0) {
      EXPECT_LE(block.height, page);
    }
    const Node root = parse(block, false);
    EXPECT_GE(root.all("TR").size(), 2u);
    // The header is there each time: tagged where the table starts, an
    // artifact on continuations.
    const std::vector<const Node*> artifacts = root.all("Artifact");
    if (i == 0) {
      EXPECT_EQ(root.all("Table").size(), 1u);
      EXPECT_EQ(root.all("THead").size(), 1u);
      EXPECT_TRUE(artifacts.empty());
    } else {
      EXPECT_TRUE(root.all("Table").empty()) << "rows go on in the Table already open";
      EXPECT_TRUE(root.all("THead").empty());
      ASSERT_EQ(artifacts.size(), 1u);
      EXPECT_THAT(artifacts[0]->text(), HasSubstr("申请人情况"));
      EXPECT_THAT(artifacts[0]->text(), HasSubstr("社会"));
    }
    expect_rules_meet(block, rules_of(block));
  }

  // All fragments together: one Table, one THead, one TBody with every body
  // row, whatever the page breaks.
  const Node whole = parse(blocks);
  ASSERT_EQ(whole.children.size(), 1u);
  const Node& t = *whole.children[0];
  EXPECT_EQ(t.role, "Table");
  EXPECT_EQ(t.all("THead").size(), 1u);
  ASSERT_EQ(t.all("TBody").size(), 1u);
  EXPECT_EQ(t.all("TBody")[0]->all("TR").size(), 23u);

  // The group 三、本年度办理结果 spans 20 rows and cannot fit the first
  // fragment: one TH with its whole RowSpan, and its label repeated on the
  // next fragment as part of the artifact, not as a second TH.
  int labels = 0;
  for (const Node* th : t.all("TH")) {
    if (th->text() != "三、本年度办理结果") continue;
    ++labels;
    EXPECT_EQ(th->attribute("RowSpan"), "20");
  }
  EXPECT_EQ(labels, 1);
  EXPECT_NE(find_artifact(parse(blocks[1], false), "三、本年度办理结果"), nullptr);
}

// Every row of a broken table covers every column once its spans from the
// rows above are counted: a grid a screen reader can walk.
TEST_F(TableThree, BrokenTableTagsFormOneRegularGrid) {
  const std::vector<Block> blocks =
      layout_table_with(setter, style, table, width, from_mm(120), from_mm(225));
  ASSERT_GE(blocks.size(), 2u);
  const Node whole = parse(blocks);
  std::vector<std::vector<bool>> taken(26, std::vector<bool>(10, false));
  int r = 0;
  for (const Node* tr : whole.all("TR")) {
    int c = 0;
    for (const auto& cell : tr->children) {
      if (cell->role != "TH" && cell->role != "TD") continue;
      while (c < 10 && taken[r][c]) ++c;
      const int rows =
          cell->attribute("RowSpan").empty() ? 1 : std::stoi(cell->attribute("RowSpan"));
      const int cols =
          cell->attribute("ColSpan").empty() ? 1 : std::stoi(cell->attribute("ColSpan"));
      ASSERT_LE(r + rows, 26) << "row " << r;
      ASSERT_LE(c + cols, 10) << "row " << r;
      for (int dr = 0; dr < rows; ++dr)
        for (int dc = 0; dc < cols; ++dc) {
          EXPECT_FALSE(taken[r + dr][c + dc]) << "overlap at " << r + dr << "," << c + dc;
          taken[r + dr][c + dc] = true;
        }
      c += cols;
    }
    for (int k = 0; k < 10; ++k) EXPECT_TRUE(taken[r][k]) << "hole at " << r << "," << k;
    ++r;
  }
  EXPECT_EQ(r, 26);
}

TEST_F(TableThree, RepeatedLabelIsCentredInItsPart) {
  const std::vector<Block> blocks =
      layout_table_with(setter, style, table, width, from_mm(120), from_mm(225));
  ASSERT_GE(blocks.size(), 2u);
  const Node root = parse(blocks[1], false);
  const Node* artifact = find_artifact(root, "三、本年度办理结果");
  ASSERT_NE(artifact, nullptr);
  // The label's nine lines, one character each, follow the header's text.
  auto start = artifact->runs.begin();
  while (start != artifact->runs.end() && (*start)->text != "三") ++start;
  ASSERT_GE(artifact->runs.end() - start, 9);
  const std::vector<const display::GlyphRun*> label(start, start + 9);
  std::string text;
  for (const display::GlyphRun* run : label) text += run->text;
  EXPECT_EQ(text, "三、本年度办理结果");
  // The stack is vertical (same x for all but the shifted 、) and its middle
  // lies between the header's bottom and the part's bottom.
  EXPECT_EQ(label[0]->origin.x, label[2]->origin.x);
  EXPECT_LT(label[0]->origin.y, label[8]->origin.y);
}

TEST_F(TableThree, FirstFragmentEmptyWhenTooLittleRoom) {
  const std::vector<Block> blocks =
      layout_table_with(setter, style, table, width, from_mm(20), from_mm(225));
  ASSERT_GE(blocks.size(), 2u);
  EXPECT_EQ(blocks[0].height, 0);
  EXPECT_TRUE(blocks[0].items.empty());
  // The table then starts on the next fragment, header tagged as THead.
  const Node root = parse(blocks[1], false);
  EXPECT_EQ(root.all("THead").size(), 1u);
}

TEST(TableLayout, CaptionAndContinuationLabel) {
  style::Style style;
  std::vector<std::vector<samples::C>> rows = {{{"项目"}, {"数量"}}};
  for (int i = 0; i < 30; ++i) rows.push_back({{"事项" + std::to_string(i)}, {std::to_string(i)}});
  model::Table table = samples::make_table(rows, 1);
  table.caption = "表1　办理情况";
  TableOptions options;
  options.continued_label = "（续表）";
  const std::vector<Block> blocks = layout_table_with(
      fixed_pitch_text_setter(), style, table, from_mm(156), from_mm(100), from_mm(100), options);
  ASSERT_GE(blocks.size(), 2u);
  const Node first = parse(blocks[0], false);
  ASSERT_EQ(first.all("Caption").size(), 1u);
  EXPECT_EQ(first.all("Caption")[0]->text(), "表1　办理情况");
  const Node second = parse(blocks[1], false);
  EXPECT_TRUE(second.all("Caption").empty());
  EXPECT_THAT(second.all("Artifact")[0]->text(), HasSubstr("（续表）"));
  for (const Block& b : blocks) EXPECT_LE(b.height, from_mm(100));
}

TEST(TableLayout, ContinuationLineFromTheTable) {
  style::Style style;
  std::vector<std::vector<samples::C>> rows = {{{"项目"}, {"数量"}}};
  for (int i = 0; i < 30; ++i) rows.push_back({{"事项" + std::to_string(i)}, {std::to_string(i)}});
  model::Table table = samples::make_table(rows, 1);
  table.continued = "（续表）";
  const std::vector<Block> blocks = layout_table_with(fixed_pitch_text_setter(), style, table,
                                                      from_mm(156), from_mm(100), from_mm(100), {});
  ASSERT_GE(blocks.size(), 2u);
  EXPECT_THAT(parse(blocks[0], false).text(), Not(HasSubstr("（续表）")));
  for (size_t i = 1; i < blocks.size(); ++i)
    EXPECT_THAT(parse(blocks[i], false).all("Artifact")[0]->text(), HasSubstr("（续表）"));
}

TEST(TableLayout, ColumnAlignmentForBodyCells) {
  style::Style style;
  model::Table table = samples::make_table(
      {{{"项目"}, {"数量"}, {"说明"}}, {{"甲"}, {"1"}, {"说明文字"}}, {{"乙", 2}, {"无"}}}, 1);
  table.column_align = {model::Align::kEnd, model::Align::kEnd, model::Align::kCenter};
  table.rows[1].cells[2].align = model::Align::kStart;
  const LaidTable laid = lay_out_table(fixed_pitch_text_setter(), style, table, from_mm(100), {});
  ASSERT_EQ(laid.formats.size(), 8u);
  // The header keeps its centring.
  for (int i = 0; i < 3; ++i)
    EXPECT_EQ(laid.formats[static_cast<size_t>(i)].align, model::Align::kCenter);
  EXPECT_EQ(laid.formats[3].align, model::Align::kEnd);    // 甲: a row label, by its column
  EXPECT_EQ(laid.formats[4].align, model::Align::kEnd);    // 1: a number, by its column
  EXPECT_EQ(laid.formats[5].align, model::Align::kStart);  // its own align wins
  EXPECT_EQ(laid.formats[6].align, model::Align::kEnd);    // spans two columns that agree
  EXPECT_EQ(laid.formats[7].align, model::Align::kCenter);
  table.column_align = {model::Align::kStart, model::Align::kCenter, model::Align::kCenter};
  const LaidTable mixed = lay_out_table(fixed_pitch_text_setter(), style, table, from_mm(100), {});
  // Spanning columns that disagree: the automatic alignment (a row label: start).
  EXPECT_EQ(mixed.formats[6].align, model::Align::kStart);
}

TEST(TableLayout, CentredTextThatWrapsIsBalanced) {
  style::Style style;
  // Room for three characters: "商业企业" comes out 2 + 2, not 3 + 1.
  model::Table table = samples::make_table({{{"商业企业"}}, {{"0"}}}, 1);
  const Length three = 3 * from_pt(10.5) + 2 * style.table_cell_padding_x + style.table_rule;
  const LaidTable laid = lay_out_table(fixed_pitch_text_setter(), style, table, three, {});
  ASSERT_EQ(laid.texts[0].lines.size(), 2u);
  EXPECT_EQ(laid.texts[0].lines[0].characters, 2);
  EXPECT_EQ(laid.texts[0].lines[1].characters, 2);
}

TEST(TableLayout, WrappedLabelBreaksAfterItsNumbering) {
  style::Style style;
  model::Table table = samples::make_table({{{"（三）不予公开", 1, 2}, {"1"}}, {{"2"}}});
  table.column_widths = {5, 1};
  const Length width = 6 * (5 * from_pt(10.5) + 2 * style.table_cell_padding_x) / 5;
  const LaidTable laid = lay_out_table(fixed_pitch_text_setter(), style, table, width, {});
  ASSERT_EQ(laid.texts[0].lines.size(), 2u);
  EXPECT_EQ(laid.texts[0].lines[0].runs[0].text, "（三）");
  EXPECT_EQ(laid.texts[0].lines[1].runs[0].text, "不予公开");
}

TEST(TableLayout, LongNumberNeverWraps) {
  style::Style style;
  model::Table table = samples::make_table(
      {{{"名称"}, {"金额"}},
       {{"一项很长很长很长很长很长很长很长很长很长很长的说明文字"}, {"4733001234"}}},
      1);
  table.column_widths = {1, 1};
  const LaidTable laid = lay_out_table(fixed_pitch_text_setter(), style, table, from_mm(60), {});
  EXPECT_EQ(laid.texts[3].lines.size(), 1u);
  EXPECT_GT(laid.texts[2].lines.size(), 1u);
}

TEST(TableLayout, RowLabelsStopAtTheFirstNumber) {
  style::Style style;
  model::Table table =
      samples::make_table({{{"信息内容"}, {"数量"}}, {{"规章"}, {"8次"}}, {{"说明"}, {"无"}}}, 1);
  const LaidTable laid = lay_out_table(fixed_pitch_text_setter(), style, table, from_mm(100), {});
  EXPECT_EQ(laid.formats[0].role, CellRole::kColumnHeader);
  EXPECT_EQ(laid.formats[2].role, CellRole::kRowHeader);
  EXPECT_EQ(laid.formats[3].role, CellRole::kData);
  EXPECT_EQ(laid.formats[3].align, model::Align::kCenter);
  // Text through the whole row: only its first cell labels it.
  EXPECT_EQ(laid.formats[4].role, CellRole::kRowHeader);
  EXPECT_EQ(laid.formats[5].role, CellRole::kData);
  EXPECT_EQ(laid.formats[5].align, model::Align::kStart);
}

InputError layout_error(const model::Table& table, Length width) {
  try {
    lay_out_table(fixed_pitch_text_setter(), style::Style{}, table, width, {});
  } catch (const InputError& e) {
    return e;
  }
  ADD_FAILURE() << "no InputError";
  return InputError({}, "");
}

TEST(TableLayout, ColumnsWhoseMinimumsDoNotFitAreAnError) {
  std::vector<samples::C> header;
  std::vector<samples::C> numbers;
  for (int i = 0; i < 12; ++i) {
    header.push_back({"项目" + std::to_string(i)});
    numbers.push_back({"123456789"});
  }
  const model::Table table = samples::make_table({header, numbers}, 1);
  const InputError e = layout_error(table, from_mm(156));
  EXPECT_EQ(e.where().line, 1);
  EXPECT_THAT(e.what(), HasSubstr("12 columns need at least"));
  EXPECT_THAT(e.what(), HasSubstr("measure is 156 mm"));
  EXPECT_THAT(e.what(), HasSubstr("“123456789”"));
  EXPECT_THAT(e.what(), HasSubstr("fewer columns"));
  // With room for them, the same table is set and no column is below its text.
  const LaidTable laid =
      lay_out_table(fixed_pitch_text_setter(), style::Style{}, table, from_mm(400), {});
  for (size_t i = 0; i < laid.grid.cells.size(); ++i) {
    const PlacedCell& cell = laid.grid.cells[i];
    EXPECT_LE(laid.texts[i].lines[0].width, laid.col_x[static_cast<size_t>(cell.col_end())] -
                                                laid.col_x[static_cast<size_t>(cell.col)] -
                                                2 * laid.padding_x);
  }
}

TEST(TableLayout, RatioWidthsTooNarrowForANumberAreAnError) {
  model::Table table = samples::make_table({{{"项目"}, {"本年数量"}}, {{"甲"}, {"123456789"}}}, 1);
  table.column_widths = {20, 1};
  const InputError e = layout_error(table, from_mm(156));
  EXPECT_EQ(e.where().line, 1);
  EXPECT_THAT(e.what(), HasSubstr("column 2"));
  EXPECT_THAT(e.what(), HasSubstr("“123456789”"));
  EXPECT_THAT(e.what(), HasSubstr("`widths:`"));
  table.column_widths = {2, 1};
  EXPECT_NO_THROW(
      lay_out_table(fixed_pitch_text_setter(), style::Style{}, table, from_mm(156), {}));
}

TEST(TableLayout, NumbersAsTablesHoldThem) {
  EXPECT_TRUE(is_number("0"));
  EXPECT_TRUE(is_number(" 0 "));
  EXPECT_TRUE(is_number("-12,345.50"));
  EXPECT_TRUE(is_number("12.5%"));
  EXPECT_TRUE(is_number("8次"));
  EXPECT_TRUE(is_number("3万元"));
  EXPECT_FALSE(is_number("1.属于国家秘密"));
  EXPECT_FALSE(is_number("2020年度报告"));
  EXPECT_FALSE(is_number("自然人"));
  EXPECT_FALSE(is_number(""));
}

}  // namespace
}  // namespace gongwen::layout::table
