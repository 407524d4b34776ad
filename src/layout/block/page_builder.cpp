#include "layout/block/page_builder.h"

#include <utility>

namespace gongwen::layout {

PageBuilder::PageBuilder(const style::Style& style) : style_(style) {}

int PageBuilder::next_slot() const {
  const Length pitch = style_.line_pitch();
  return static_cast<int>((cursor_ + pitch - 1) / pitch);
}

Length PageBuilder::height_left() const {
  return style_.area_height - next_slot() * style_.line_pitch();
}

Length PageBuilder::next_slot_top() const {
  return style_.margin_top + next_slot() * style_.line_pitch();
}

display::Page& PageBuilder::page() {
  if (pages_.empty()) {
    pages_.push_back({style_.page_width, style_.page_height, {}});
  }
  return pages_.back();
}

void PageBuilder::emit(display::Item item) {
  page().items.push_back(std::move(item));
}

void PageBuilder::new_page() {
  pages_.push_back({style_.page_width, style_.page_height, {}});
  cursor_ = 0;
  placed_anything_ = false;
}

void PageBuilder::need_slots(int slots) {
  if (pages_.empty()) page();
  if (slots_left() < slots && !page_is_empty()) new_page();
}

void PageBuilder::place_line(const Line& line, Length x, Length baseline_offset) {
  need_slots(1);
  const Length top = next_slot_top();
  for (const display::GlyphRun& run : line.runs) {
    display::GlyphRun placed = run;
    placed.origin.x += style_.margin_left + x;
    placed.origin.y += top + baseline_offset;
    emit(std::move(placed));
  }
  cursor_ = (next_slot() + 1) * style_.line_pitch();
  placed_anything_ = true;
}

void PageBuilder::place_block(const Block& block, Length x) {
  if (pages_.empty()) page();
  std::vector<display::Item> items = block.items;
  translate(items, style_.margin_left + x, next_slot_top());
  for (display::Item& item : items) emit(std::move(item));
  cursor_ = next_slot() * style_.line_pitch() + block.height;
  placed_anything_ = true;
}

void PageBuilder::place_free(std::vector<display::Item> items, Length bottom) {
  if (pages_.empty()) page();
  translate(items, style_.margin_left, style_.margin_top);
  for (display::Item& item : items) emit(std::move(item));
  cursor_ = bottom;
  placed_anything_ = true;
}

void PageBuilder::skip_slots(int slots) {
  if (pages_.empty()) page();
  cursor_ = (next_slot() + slots) * style_.line_pitch();
  if (next_slot() >= lines_per_page()) new_page();
}

void PageBuilder::keep_space(Length space) {
  const Length pitch = style_.line_pitch();
  if (next_slot() * pitch - cursor_ < space) cursor_ = next_slot() * pitch + 1;
}

void PageBuilder::begin_tag(std::string role, std::vector<display::TagAttribute> attributes) {
  emit(display::TagBegin{std::move(role), std::move(attributes)});
}

void PageBuilder::end_tag() {
  emit(display::TagEnd{});
}

void PageBuilder::add_outline(const std::string& title, int level) {
  if (pages_.empty()) page();
  outline_.push_back({title, level, page_count() - 1, next_slot_top()});
}

std::vector<display::Page> PageBuilder::take_pages() {
  return std::move(pages_);
}

}  // namespace gongwen::layout
