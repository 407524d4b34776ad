// One page of the display list as a content stream (operator text), with
// every piece of content marked for the structure tree or as an artifact.
#pragma once

#include <map>
#include <set>
#include <string>
#include <vector>

#include "display/display_list.h"
#include "pdf/font_encoding.h"
#include "pdf/structure.h"

namespace gongwen::pdf {

struct PageContent {
  std::string operators;
  std::set<int> fonts;           // display font indices drawn on the page
  std::set<std::string> images;  // image paths drawn on the page
};

// `fonts` is indexed like Document::fonts (nullptr for fonts no run uses);
// `image_names` maps an image path to its XObject resource name.
// Tags are fed to `structure`, which persists across pages.
PageContent build_page_content(const display::Page& page, int page_index,
                               const std::vector<const FontEncoding*>& fonts,
                               const std::map<std::string, std::string>& image_names,
                               StructureBuilder& structure);

}  // namespace gongwen::pdf
