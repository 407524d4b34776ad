#include "model/document/blocks.h"

#include <algorithm>

#include "model/yaml/suggest.h"

namespace gongwen::model {

namespace {

const std::vector<std::string> kBlockKeys = {"h1",   "h2",    "h3",    "h4",    "p",
                                             "lead", "level", "table", "chart", "page_break"};

bool is_chinese_numeral(char32_t c) {
  return std::u32string_view(U"一二三四五六七八九十百零〇").find(c) != std::u32string_view::npos;
}

bool is_digit(char32_t c) {
  return (c >= U'0' && c <= U'9') || (c >= U'０' && c <= U'９');
}

// Length of the run of characters at the start of `s` that satisfy `pred`.
template <typename Pred>
std::size_t run_length(const std::u32string& s, std::size_t from, Pred pred) {
  std::size_t n = from;
  while (n < s.size() && pred(s[n])) ++n;
  return n - from;
}

Paragraph read_paragraph(const YamlSource& src, const MapReader& map, const Field& item) {
  Paragraph p;
  p.pos = item.pos;
  p.text = trim_spaces(read_text(src, map.required("p"), "a paragraph (p)"));
  if (auto lead = map.get("lead")) {
    p.lead = trim_spaces(read_text(src, *lead, "the run-in heading (lead)"));
    if (p.lead.empty())
      src.fail(lead->pos, "the run-in heading (lead) is empty; remove the key or write it");
    p.lead_level = heading_level_of(p.lead);
  }
  if (auto level = map.get("level")) {
    if (p.lead.empty())
      src.fail(level->pos, "level applies to a run-in heading; add a lead or remove level");
    p.lead_level = read_int(src, *level, "level", 1, 4);
  }
  if (!p.lead.empty() && p.lead_level == 0) p.lead_level = 2;
  if (p.text.empty() && p.lead.empty()) src.fail(item.pos, "the paragraph is empty");
  return p;
}

}  // namespace

int heading_level_of(const std::string& text) {
  const std::u32string s = to_code_points(text);
  const bool open = !s.empty() && (s[0] == U'（' || s[0] == U'(');
  const std::size_t from = open ? 1 : 0;
  const std::size_t numerals = run_length(s, from, is_chinese_numeral);
  const std::size_t digits = run_length(s, from, is_digit);
  const std::size_t end = from + std::max(numerals, digits);
  if (end == from || end >= s.size()) return 0;
  const char32_t after = s[end];
  if (open) {
    if (after != U'）' && after != U')') return 0;
    return numerals ? 2 : 4;
  }
  if (numerals && after == U'、') return 1;
  if (digits && (after == U'.' || after == U'．' || after == U'、')) return 3;
  return 0;
}

std::vector<Block> read_blocks(const YamlSource& src, const Field& field, const std::string& what) {
  std::vector<Block> blocks;
  if (field.node.IsScalar()) {
    blocks.push_back(read_block(src, field));
    return blocks;
  }
  for (const Field& item : list_items(src, field, what)) blocks.push_back(read_block(src, item));
  return blocks;
}

Block read_block(const YamlSource& src, const Field& item) {
  if (item.node.IsScalar()) {
    Paragraph p;
    p.text = trim_spaces(item.node.Scalar());
    p.pos = item.pos;
    if (p.text.empty())
      src.fail(item.pos, "this paragraph is empty; remove the line or write text");
    return p;
  }
  if (!item.node.IsMap()) {
    src.fail(item.pos,
             "a block is a paragraph text or a map such as {h2: …}, {p: …, lead: …}, "
             "{table: …}, {chart: …} or {page_break: true}, but here it is " +
                 describe(item.node));
  }
  const MapReader map(src, item, "a block", kBlockKeys);
  std::vector<std::string> kinds;
  for (const char* kind : {"h1", "h2", "h3", "h4", "p", "table", "chart", "page_break"}) {
    if (map.get(kind)) kinds.push_back(kind);
  }
  if (kinds.size() != 1) {
    src.fail(item.pos, kinds.empty()
                           ? "this block says what it is with one of h1, h2, h3, h4, p, table, "
                             "chart or page_break (a run-in heading is {p: text, lead: heading})"
                           : "this block mixes \"" + kinds[0] + "\" and \"" + kinds[1] +
                                 "\"; write them as two blocks, each its own list item");
  }
  const std::string& kind = kinds.front();
  if (kind != "p") {
    for (const char* extra : {"lead", "level"}) {
      if (auto pos = map.key_pos(extra)) {
        src.fail(*pos, std::string("\"") + extra +
                           "\" belongs to a paragraph {p: …, lead: …}, not to " + kind);
      }
    }
  }
  if (kind == "p") return read_paragraph(src, map, item);
  if (kind == "table") return read_table(src, map.required("table"));
  if (kind == "chart") return read_chart(src, map.required("chart"));
  if (kind == "page_break") {
    const Field value = map.required("page_break");
    if (!read_bool(src, value, "page_break"))
      src.fail(value.pos, "page_break: false does nothing; remove the block");
    return PageBreak{item.pos};
  }
  Heading h;
  h.level = kind[1] - '0';
  h.text = trim_spaces(read_text(src, map.required(kind), "a heading (" + kind + ")"));
  h.pos = item.pos;
  if (h.text.empty()) src.fail(item.pos, "this heading is empty");
  return h;
}

}  // namespace gongwen::model
