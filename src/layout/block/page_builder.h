// Pages under construction: a cursor on the line grid of the type area, and
// the outline. Structure tags may stay open across a page break: a paragraph
// that runs onto the next page is still one element.
#pragma once

#include <string>
#include <vector>

#include "display/display_list.h"
#include "layout/context.h"
#include "layout/inline/inline.h"
#include "style/style.h"

namespace gongwen::layout {

class PageBuilder {
 public:
  explicit PageBuilder(const style::Style& style);

  // Grid slots (lines) on the current page.
  int lines_per_page() const { return style_.lines_per_page; }
  // The slot the next line goes to (the cursor rounded up to the grid).
  int next_slot() const;
  int slots_left() const { return lines_per_page() - next_slot(); }
  // Height left on the page below the cursor (rounded up to the grid).
  Length height_left() const;
  bool page_is_empty() const { return cursor_ == 0 && !placed_anything_; }

  void new_page();
  // Starts a page when the next line does not fit.
  void need_slots(int slots);

  // Places a text line on the next grid slot. The line's runs are positioned
  // relative to (x, baseline); baseline_offset is the baseline's distance
  // below the slot top.
  void place_line(const Line& line, Length x, Length baseline_offset);
  // Places a block at the cursor (which must be on the grid), then moves the
  // cursor below it.
  void place_block(const Block& block, Length x);
  // Places items positioned relative to the type area's top-left, and moves
  // the cursor to `bottom` (off the grid: the next line snaps down).
  void place_free(std::vector<display::Item> items, Length bottom);
  // Adds an anchor (absolute page coordinates); the cursor does not move.
  void place_anchor(display::Anchor anchor) { emit(std::move(anchor)); }
  // Skips `slots` grid lines (blank lines).
  void skip_slots(int slots);
  // Text goes on from the first grid line at least `space` below what was
  // placed last.
  void keep_space(Length space);

  void begin_tag(std::string role, std::vector<display::TagAttribute> attributes = {});
  void end_tag();

  // Adds an outline entry pointing at the next slot.
  void add_outline(const std::string& title, int level);

  // Top of the next slot, absolute page coordinates.
  Length next_slot_top() const;
  int page_count() const { return static_cast<int>(pages_.size()); }
  std::vector<display::Page> take_pages();
  std::vector<display::OutlineEntry> take_outline() { return std::move(outline_); }

 private:
  display::Page& page();
  void emit(display::Item item);

  const style::Style& style_;
  std::vector<display::Page> pages_;
  std::vector<display::OutlineEntry> outline_;
  Length cursor_ = 0;  // distance below the type area's top
  bool placed_anything_ = false;
};

}  // namespace gongwen::layout
