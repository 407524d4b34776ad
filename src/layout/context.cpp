#include "layout/context.h"

namespace gongwen::layout {
namespace {

void move_point(Point& p, Length dx, Length dy) {
  p.x += dx;
  p.y += dy;
}

void move_rect(Rect& r, Length dx, Length dy) {
  r.x += dx;
  r.y += dy;
}

}  // namespace

void translate(std::vector<display::Item>& items, Length dx, Length dy) {
  for (display::Item& item : items) {
    if (auto* run = std::get_if<display::GlyphRun>(&item)) {
      move_point(run->origin, dx, dy);
    } else if (auto* line = std::get_if<display::Line>(&item)) {
      move_point(line->from, dx, dy);
      move_point(line->to, dx, dy);
    } else if (auto* box = std::get_if<display::Box>(&item)) {
      move_rect(box->rect, dx, dy);
    } else if (auto* path = std::get_if<display::Path>(&item)) {
      for (display::PathSegment& segment : path->segments) {
        move_point(segment.p1, dx, dy);
        move_point(segment.p2, dx, dy);
        move_point(segment.p3, dx, dy);
      }
    } else if (auto* image = std::get_if<display::Image>(&item)) {
      move_rect(image->rect, dx, dy);
    } else if (auto* anchor = std::get_if<display::Anchor>(&item)) {
      move_rect(anchor->rect, dx, dy);
    }
    // Tags carry no geometry.
  }
}

}  // namespace gongwen::layout
