#include "layout/document_layout.h"

#include <type_traits>

#include "layout/block/furniture.h"
#include "layout/block/page_builder.h"
#include "layout/block/text_blocks.h"
#include "layout/chart/chart.h"
#include "layout/table/table.h"
#include "util/error.h"

namespace gongwen::layout {
namespace {

// Far beyond any official document (an annual report runs to about ten
// pages); keeps a runaway input from tying the machine up, since writing the
// PDF slows down with the page count.
constexpr int kMaxPages = 2000;

void check_page_count(const PageBuilder& pages, const SourcePos& pos) {
  if (pages.page_count() > kMaxPages) {
    throw InputError(pos, "the document runs past " + std::to_string(kMaxPages) +
                              " pages here; gongwen stops at that length (split the text into "
                              "several documents)");
  }
}

// Walks the body blocks and flows them onto the pages of the grid.
class BodyFlow {
 public:
  BodyFlow(Context& ctx, PageBuilder& pages, int closing_slots)
      : ctx_(ctx), pages_(pages), closing_slots_(closing_slots) {}

  void run(const std::vector<model::Block>& body) {
    body_ = &body;
    for (size_t i = 0; i < body.size(); ++i) {
      index_ = i;
      last_block_ = i + 1 == body.size();
      std::visit([this](const auto& block) { place(block); }, body[i]);
      check_page_count(pages_, std::visit([](const auto& block) { return block.pos; }, body[i]));
    }
  }

 private:
  void place(const model::Heading& heading) {
    const std::vector<Line> lines = heading_lines(ctx_, heading);
    // A heading is never the last line of a page: keep it, and the headings
    // right under it (一、 then （一）), with the start of what follows (a
    // line of text, a whole chart, a table's header and rows). When what
    // follows is the document's last paragraph in one line, that line also
    // keeps the signature block with it: the headings go along.
    const std::vector<model::Block>& body = *body_;
    int heading_slots = static_cast<int>(lines.size());
    size_t after = index_ + 1;
    for (; after < body.size() && std::holds_alternative<model::Heading>(body[after]); ++after)
      heading_slots +=
          static_cast<int>(heading_lines(ctx_, std::get<model::Heading>(body[after])).size());
    const model::Block* next = after < body.size() ? &body[after] : nullptr;
    int following = 1;
    if (after + 1 == body.size() && closing_slots_ > 0) {
      const auto* paragraph = std::get_if<model::Paragraph>(next);
      if (paragraph && paragraph_lines(ctx_, *paragraph).size() == 1) following += closing_slots_;
    }
    pages_.need_slots(heading_slots + following);
    if (next && !fits_after(heading_slots, *next)) pages_.new_page();
    pages_.add_outline(heading.text, heading.level);
    place_lines(lines, heading_role(heading.level), ctx_.style.heading[level_index(heading.level)]);
  }

  void place(const model::Paragraph& paragraph) {
    place_lines(paragraph_lines(ctx_, paragraph), "P", ctx_.style.body);
  }

  void place(const model::Table& table) {
    pages_.need_slots(1);
    const std::vector<Block>& fragments = table_fragments(table, pages_.height_left());
    for (size_t i = 0; i < fragments.size(); ++i) {
      if (i > 0) pages_.new_page();
      if (fragments[i].items.empty()) continue;
      pages_.place_block(fragments[i], 0);
    }
    pages_.keep_space(ctx_.style.table_space_after);
  }

  void place(const model::Chart& chart) {
    const Block block = layout_chart(ctx_, chart, ctx_.style.area_width);
    const Length pitch = ctx_.style.line_pitch();
    pages_.need_slots(static_cast<int>((block.height + pitch - 1) / pitch));
    pages_.place_block(block, 0);
  }

  void place(const model::PageBreak&) { pages_.new_page(); }

  // Whether the start of `block` fits on this page below `slots` more lines.
  bool fits_after(int slots, const model::Block& block) {
    const Length pitch = ctx_.style.line_pitch();
    const Length left = pages_.height_left() - slots * pitch;
    if (const auto* table = std::get_if<model::Table>(&block)) {
      const std::vector<Block>& fragments = table_fragments(*table, left);
      return !fragments.empty() && !fragments.front().items.empty();
    }
    if (const auto* chart = std::get_if<model::Chart>(&block)) {
      return layout_chart(ctx_, *chart, ctx_.style.area_width).height <= left;
    }
    return left >= pitch;
  }

  // The table cut into fragments, the first `first_height` tall. A table
  // under a heading is laid out to see whether its start fits (fits_after),
  // then placed, mostly at the same height: the last result is kept for that.
  std::vector<Block>& table_fragments(const model::Table& table, Length first_height) {
    if (last_table_.table != &table || last_table_.first_height != first_height) {
      last_table_.fragments =
          layout_table(ctx_, table, ctx_.style.area_width, first_height, ctx_.style.area_height);
      last_table_.table = &table;
      last_table_.first_height = first_height;
    }
    return last_table_.fragments;
  }

  void place_lines(const std::vector<Line>& lines, const std::string& role,
                   const style::TextStyle& text_style) {
    const Length offset = baseline_offset(ctx_, text_style);
    pages_.begin_tag(role);
    for (size_t i = 0; i < lines.size(); ++i) {
      // The document's last line stays with the signature block.
      if (last_block_ && i + 1 == lines.size()) pages_.need_slots(1 + closing_slots_);
      pages_.place_line(lines[i], 0, offset);
    }
    pages_.end_tag();
  }

  static int level_index(int level) { return level >= 1 && level <= 4 ? level - 1 : 0; }

  Context& ctx_;
  PageBuilder& pages_;
  int closing_slots_;
  const std::vector<model::Block>* body_ = nullptr;
  size_t index_ = 0;  // of the block being placed
  bool last_block_ = false;
  struct {
    const model::Table* table = nullptr;
    Length first_height = 0;
    std::vector<Block> fragments;
  } last_table_;
};

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& line : lines) out += line;
  return out;
}

}  // namespace

display::Document layout_document(const model::Document& doc, const style::Style& style,
                                  const font::FontSet& fonts, const LayoutOptions& options) {
  FontTable font_table;
  Context ctx{style, fonts, font_table};
  PageBuilder pages(style);

  place_title(ctx, pages, doc.title);
  check_page_count(pages, doc.title.pos);
  const int closing = doc.signature ? signature_slots(*doc.signature) : 0;
  BodyFlow(ctx, pages, closing).run(doc.body);
  if (doc.signature) place_signature(ctx, pages, *doc.signature);

  display::Document out;
  out.pages = pages.take_pages();
  out.outline = pages.take_outline();
  add_page_numbers(ctx, out.pages);
  if (options.draft) add_draft_marks(ctx, out.pages);
  out.fonts = font_table.fonts();
  out.metadata.title = joined(doc.title.lines);
  out.metadata.author = doc.author;
  out.metadata.subject = doc.subject;
  out.metadata.date = doc.iso_date;
  return out;
}

}  // namespace gongwen::layout
