#include "pdf/structure.h"

#include <algorithm>
#include <cctype>
#include <set>
#include <stdexcept>

namespace gongwen::pdf {
namespace {

// The standard structure types of ISO 32000-1 §14.8.4. PDF/UA forbids
// remapping them, so anything else would need a RoleMap entry we don't write.
const std::set<std::string>& standard_roles() {
  static const std::set<std::string> roles = {
      "Document", "Part",    "Art",   "Sect",      "Div",     "BlockQuote", "Caption",
      "TOC",      "TOCI",    "Index", "NonStruct", "Private", "P",          "H",
      "H1",       "H2",      "H3",    "H4",        "H5",      "H6",         "L",
      "LI",       "Lbl",     "LBody", "Table",     "TR",      "TH",         "TD",
      "THead",    "TBody",   "TFoot", "Span",      "Quote",   "Note",       "Reference",
      "BibEntry", "Code",    "Link",  "Annot",     "Ruby",    "RB",         "RT",
      "RP",       "Warichu", "WT",    "WP",        "Figure",  "Formula",    "Form"};
  return roles;
}

// Elements that group other elements and should not hold text themselves.
bool is_grouping(const std::string& role) {
  static const std::set<std::string> grouping = {"Document", "Part",  "Art",   "Sect", "Div",
                                                 "TOC",      "Index", "L",     "LI",   "Table",
                                                 "TR",       "THead", "TBody", "TFoot"};
  return grouping.count(role) > 0;
}

bool owns_graphics(const std::string& role) {
  return role == "Figure" || role == "Formula";
}

// Illustrations and tables: the elements ISO 32000-1 gives a /BBox.
bool gets_bbox(const std::string& role) {
  return role == "Figure" || role == "Formula" || role == "Form" || role == "Table";
}

std::string lower(std::string s) {
  std::transform(s.begin(), s.end(), s.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return s;
}

std::string describe(const display::TagBegin& tag) {
  return "structure tag \"" + tag.role + "\"";
}

int positive_int(const display::TagBegin& tag, const display::TagAttribute& a) {
  int v = 0;
  bool ok = !a.value.empty() && a.value.size() < 7;
  for (char c : a.value) {
    if (c < '0' || c > '9')
      ok = false;
    else
      v = v * 10 + (c - '0');
  }
  if (!ok || v < 1) {
    throw std::invalid_argument(describe(tag) + ": attribute " + a.key + "=\"" + a.value +
                                "\" must be a positive whole number");
  }
  return v;
}

std::vector<std::string> split_ids(const std::string& s) {
  std::vector<std::string> out;
  std::string cur;
  for (char c : s + " ") {
    if (c == ' ' || c == ',' || c == '\t') {
      if (!cur.empty()) out.push_back(cur);
      cur.clear();
    } else {
      cur += c;
    }
  }
  return out;
}

StructAttributes parse_attributes(const display::TagBegin& tag) {
  StructAttributes out;
  for (const auto& a : tag.attributes) {
    const std::string key = lower(a.key);
    if (key == "alt")
      out.alt = a.value;
    else if (key == "actualtext")
      out.actual_text = a.value;
    else if (key == "e" || key == "expansion")
      out.expansion = a.value;
    else if (key == "lang")
      out.lang = a.value;
    else if (key == "t" || key == "title")
      out.title = a.value;
    else if (key == "id")
      out.id = a.value;
    else if (key == "rowspan")
      out.row_span = positive_int(tag, a);
    else if (key == "colspan")
      out.col_span = positive_int(tag, a);
    else if (key == "headers")
      out.headers = split_ids(a.value);
    else if (key == "summary")
      out.summary = a.value;
    else if (key == "scope") {
      const std::string v = lower(a.value);
      if (v == "row")
        out.scope = "Row";
      else if (v == "column")
        out.scope = "Column";
      else if (v == "both")
        out.scope = "Both";
      else {
        throw std::invalid_argument(describe(tag) + ": Scope=\"" + a.value +
                                    "\" must be Row, Column or Both");
      }
    } else {
      throw std::invalid_argument(describe(tag) + ": unknown attribute \"" + a.key +
                                  "\" (known: Alt, ActualText, E, Lang, T, ID, RowSpan, ColSpan, "
                                  "Scope, Headers, Summary)");
    }
  }
  return out;
}

Marking parse_artifact(const display::TagBegin& tag, int group) {
  Marking m;
  m.artifact = true;
  m.artifact_group = group;
  for (const auto& a : tag.attributes) {
    const std::string key = lower(a.key);
    if (key == "type" && (a.value == "Pagination" || a.value == "Layout" || a.value == "Page" ||
                          a.value == "Background")) {
      m.artifact_type = a.value;
    } else if (key == "subtype" &&
               (a.value == "Header" || a.value == "Footer" || a.value == "Watermark")) {
      m.artifact_subtype = a.value;
    } else {
      throw std::invalid_argument("Artifact tag: attribute " + a.key + "=\"" + a.value +
                                  "\" is not one of Type=Pagination|Layout|Page|Background, "
                                  "Subtype=Header|Footer|Watermark");
    }
  }
  return m;
}

}  // namespace

void ContentBounds::add(int on_page, const Rect& r) {
  if (page < 0) {
    page = on_page;
    x0 = r.x;
    y0 = r.y;
    x1 = r.x + r.w;
    y1 = r.y + r.h;
    return;
  }
  if (on_page != page) several_pages = true;
  x0 = std::min(x0, r.x);
  y0 = std::min(y0, r.y);
  x1 = std::max(x1, r.x + r.w);
  y1 = std::max(y1, r.y + r.h);
}

StructureBuilder::StructureBuilder() {
  add_element("Document", {}, -1);
}

int StructureBuilder::add_element(std::string role, StructAttributes attrs, int parent) {
  const int index = static_cast<int>(elements_.size());
  elements_.push_back({std::move(role), std::move(attrs), parent, {}, {}});
  if (parent >= 0) elements_[parent].kids.push_back({index, -1, -1});
  return index;
}

int StructureBuilder::current_element() const {
  return stack_.empty() ? 0 : stack_.back().element;
}

int StructureBuilder::enclosing_element() const {
  return stack_.empty() ? 0 : stack_.back().owner;
}

void StructureBuilder::begin(const display::TagBegin& tag) {
  implicit_p_ = -1;
  const bool in_artifact = !stack_.empty() && stack_.back().artifact >= 0;
  if (in_artifact) {  // nested tags of an artifact are part of it, unchecked
    stack_.push_back(stack_.back());
    return;
  }
  if (tag.role == "Artifact") {
    const int group = static_cast<int>(artifacts_.size());
    artifacts_.push_back(parse_artifact(tag, group));
    stack_.push_back({-1, group, enclosing_element()});
    return;
  }
  if (!standard_roles().count(tag.role)) {
    throw std::invalid_argument("structure tag \"" + tag.role +
                                "\" is not a standard PDF structure type (use Document, Sect, "
                                "H1-H6, P, Table, TR, TH, TD, Figure, Caption, Artifact...)");
  }
  StructAttributes attrs = parse_attributes(tag);
  if (owns_graphics(tag.role) && attrs.alt.empty() && attrs.actual_text.empty()) {
    throw std::invalid_argument(describe(tag) +
                                " needs an Alt attribute: PDF/UA requires a text alternative for "
                                "every figure and formula");
  }
  const bool top_level_document =
      tag.role == "Document" && stack_.empty() && !root_adopted_ && elements_[0].kids.empty();
  if (top_level_document) {  // the display list's Document tag becomes the root
    elements_[0].attributes = std::move(attrs);
    root_adopted_ = true;
    stack_.push_back({0, -1, 0});
    return;
  }
  std::string role = tag.role;
  if (role.size() == 2 && role[0] == 'H' && role[1] >= '1' && role[1] <= '6') {
    const int level = std::min(role[1] - '0', heading_level_ + 1);
    role[1] = static_cast<char>('0' + level);
    heading_level_ = level;
  }
  const int element = add_element(std::move(role), std::move(attrs), current_element());
  stack_.push_back({element, -1, element});
}

void StructureBuilder::end() {
  if (stack_.empty()) {
    throw std::invalid_argument("display list has a TagEnd without a matching TagBegin");
  }
  implicit_p_ = -1;
  stack_.pop_back();
}

void StructureBuilder::start_page(int page) {
  page_ = page;
  implicit_p_ = -1;
}

Marking StructureBuilder::mark(ContentKind kind) {
  if (!stack_.empty() && stack_.back().artifact >= 0) return artifacts_[stack_.back().artifact];
  if (kind != ContentKind::kText) {
    for (auto it = stack_.rbegin(); it != stack_.rend(); ++it) {
      if (owns_graphics(elements_[it->element].role)) return {false, it->element, {}, {}, -1};
    }
    Marking decoration;
    decoration.artifact = true;
    decoration.artifact_type = "Layout";
    return decoration;
  }
  const int owner = current_element();
  if (!is_grouping(elements_[owner].role)) return {false, owner, {}, {}, -1};
  if (implicit_p_ < 0 || elements_[implicit_p_].parent != owner) {
    implicit_p_ = add_element("P", {}, owner);
  }
  return {false, implicit_p_, {}, {}, -1};
}

int StructureBuilder::add_marked_content(int element, int page) {
  if (static_cast<int>(mcid_owners_.size()) <= page) mcid_owners_.resize(page + 1);
  auto& owners = mcid_owners_[page];
  const int mcid = static_cast<int>(owners.size());
  owners.push_back(element);
  elements_[element].kids.push_back({-1, page, mcid});
  return mcid;
}

void StructureBuilder::add_bounds(const Marking& marking, int page, const Rect& area) {
  // Decorations made from graphics (table rules) count for the element
  // around them; explicit Artifact tags do not.
  int e =
      !marking.artifact ? marking.element : (marking.artifact_group < 0 ? enclosing_element() : -1);
  for (; e >= 0; e = elements_[e].parent) {
    if (gets_bbox(elements_[e].role)) elements_[e].bounds.add(page, area);
  }
}

int StructureBuilder::add_annotation(const std::string& role, int page, const Rect& area) {
  implicit_p_ = -1;
  const int element = add_element(role, {}, enclosing_element());
  const int index = static_cast<int>(annotation_owners_.size());
  elements_[element].kids.push_back({-1, page, -1, index});
  annotation_owners_.push_back(element);
  add_bounds({false, element, {}, {}, -1}, page, area);
  return index;
}

const std::vector<StructElement>& StructureBuilder::finish() {
  stack_.clear();
  implicit_p_ = -1;
  return elements_;
}

}  // namespace gongwen::pdf
