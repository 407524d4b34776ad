// Block flow: the whole document onto pages of the line grid (title, headings,
// paragraphs, tables, charts, signature block, page numbers).
#pragma once

#include "display/display_list.h"
#include "font/font_set.h"
#include "model/document/document.h"
#include "style/style.h"

namespace gongwen::layout {

struct LayoutOptions {
  // Marks every page "草稿" in its top margin: a report whose checks failed
  // can be printed for review, never mistaken for the final document.
  bool draft = false;
};

display::Document layout_document(const model::Document& doc, const style::Style& style,
                                  const font::FontSet& fonts, const LayoutOptions& options = {});

}  // namespace gongwen::layout
