// PDF/A-2a (§6.7) and PDF/UA-1 checks of the logical structure on a finished
// file: every piece of page content is tagged or an artifact, the structure
// tree and the ParentTree agree with the content, elements follow the rules
// for their type (tables form a regular grid, figures have Alt and BBox,
// headings skip no level), and every annotation is printable, has an
// appearance and sits in the tree. Header-only: the test build compiles only
// *_test.cpp files.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "pdf_reading.h"

namespace gongwen::pdf::testing {

inline const std::set<std::string>& standard_structure_types() {
  static const std::set<std::string> types = {
      "Document", "Part",    "Art",   "Sect",      "Div",     "BlockQuote", "Caption",
      "TOC",      "TOCI",    "Index", "NonStruct", "Private", "P",          "H",
      "H1",       "H2",      "H3",    "H4",        "H5",      "H6",         "L",
      "LI",       "Lbl",     "LBody", "Table",     "TR",      "TH",         "TD",
      "THead",    "TBody",   "TFoot", "Span",      "Quote",   "Note",       "Reference",
      "BibEntry", "Code",    "Link",  "Annot",     "Ruby",    "RB",         "RT",
      "RP",       "Warichu", "WT",    "WP",        "Figure",  "Formula",    "Form"};
  return types;
}

class TagChecker {
 public:
  explicit TagChecker(const PoDoFo::PdfMemDocument& doc) : doc_(doc) {}

  std::vector<std::string> run() {
    const int pages = doc_.GetPageCount();
    for (int i = 0; i < pages; ++i) {
      page_objects_.push_back(doc_.GetPage(i)->GetObject());
      page_index_[page_objects_.back()] = i;
    }
    for (int i = 0; i < pages; ++i) scan_page(i);
    const PoDoFo::PdfObject* root = key_of(doc_, doc_.GetCatalog(), "StructTreeRoot");
    if (root == nullptr) {
      bad("the Catalog has no /StructTreeRoot");
      return out_;
    }
    if (const PoDoFo::PdfObject* role_map = key_of(doc_, root, "RoleMap")) {
      for (const auto& [key, value] : role_map->GetDictionary().GetKeys())
        if (standard_structure_types().count(key.GetName()))
          bad("the RoleMap remaps the standard type /" + key.GetName());
    }
    read_parent_tree(key_of(doc_, root, "ParentTree"));
    const PoDoFo::PdfObject* next = key_of(doc_, root, "ParentTreeNextKey");
    if (!parent_tree_.empty() &&
        (next == nullptr || !next->IsNumber() || next->GetNumber() <= parent_tree_.rbegin()->first))
      bad("/ParentTreeNextKey is missing or not above every ParentTree key");
    walk_kids(key_of(doc_, root, "K"), root, nullptr, "StructTreeRoot");
    check_content_against_tree();
    check_annotations();
    check_outline();
    return out_;
  }

 private:
  struct Marked {
    int page = 0;
    int mcid = 0;
    bool operator<(const Marked& o) const {
      return std::tie(page, mcid) < std::tie(o.page, o.mcid);
    }
  };

  void bad(const std::string& m) { out_.push_back(m); }
  static std::string page_name(int i) { return "page " + std::to_string(i + 1); }

  // ---- page content: tagged or artifact, MCIDs unique -------------------
  void scan_page(int i) {
    const PoDoFo::PdfObject* page = page_objects_[static_cast<std::size_t>(i)];
    int untagged = 0;
    std::string first_untagged;
    ContentEvents events;
    events.paint = [&](const std::string& op, const std::vector<MarkedContent>& marks) {
      for (const MarkedContent& m : marks)
        if (m.artifact() || m.mcid >= 0) return;
      if (untagged++ == 0) first_untagged = op;
    };
    events.begin_marked = [&](const std::vector<MarkedContent>& marks) {
      const MarkedContent& m = marks.back();
      if (m.artifact()) {
        for (std::size_t k = 0; k + 1 < marks.size(); ++k) {
          if (marks[k].mcid >= 0) {
            bad(page_name(i) + ": an artifact inside tagged content (MCID " +
                std::to_string(marks[k].mcid) + ")");
            break;
          }
        }
      }
      if (m.mcid < 0) return;
      for (std::size_t k = 0; k + 1 < marks.size(); ++k) {
        if (marks[k].artifact() || marks[k].mcid >= 0) {
          bad(page_name(i) + ": MCID " + std::to_string(m.mcid) +
              " is nested inside another tagged sequence or an artifact");
          break;
        }
      }
      if (!content_mcids_.insert({i, m.mcid}).second)
        bad(page_name(i) + ": MCID " + std::to_string(m.mcid) + " used twice");
    };
    events.problem = [&](const std::string& p) { bad(page_name(i) + ": " + p); };
    ContentWalker(doc_, events).walk(page_content(doc_, page), page_resources(doc_, page));
    if (untagged > 0)
      bad(page_name(i) + ": " + std::to_string(untagged) + " painting operators (first: " +
          first_untagged + ") are neither tagged content nor artifacts");
  }

  // ---- ParentTree ---------------------------------------------------------
  void read_parent_tree(const PoDoFo::PdfObject* node, int depth = 0) {
    if (node == nullptr) {
      if (depth == 0) bad("the StructTreeRoot has no /ParentTree");
      return;
    }
    if (depth > 16) return;
    if (const PoDoFo::PdfObject* nums = key_of(doc_, node, "Nums"); nums && nums->IsArray()) {
      const PoDoFo::PdfArray& a = nums->GetArray();
      for (std::size_t i = 0; i + 1 < a.size(); i += 2)
        parent_tree_[static_cast<int>(a[i].GetNumber())] = resolve(doc_, &a[i + 1]);
    }
    if (const PoDoFo::PdfObject* kids = key_of(doc_, node, "Kids"); kids && kids->IsArray())
      for (const PoDoFo::PdfObject& k : kids->GetArray())
        read_parent_tree(resolve(doc_, &k), depth + 1);
  }

  // ---- the tree -------------------------------------------------------------
  void walk_kids(const PoDoFo::PdfObject* k, const PoDoFo::PdfObject* parent,
                 const PoDoFo::PdfObject* parent_page, const std::string& parent_type) {
    if (k == nullptr) return;
    if (k->IsArray()) {
      std::string previous;
      for (const PoDoFo::PdfObject& kid : k->GetArray()) {
        // A table broken across pages is one Table: two in a row with
        // nothing between them are almost surely its fragments.
        const std::string type = name_at(doc_, &kid, "S");
        if (type == "Table" && previous == "Table")
          bad("two Table elements in " + parent_type +
              " follow each other directly: one table split at a page break?");
        previous = type;
        walk_kid(&kid, parent, parent_page, parent_type);
      }
    } else {
      walk_kid(k, parent, parent_page, parent_type);
    }
  }

  void walk_kid(const PoDoFo::PdfObject* raw, const PoDoFo::PdfObject* parent,
                const PoDoFo::PdfObject* page, const std::string& parent_type) {
    const PoDoFo::PdfObject* kid = resolve(doc_, raw);
    if (kid == nullptr) return;
    if (kid->IsNumber()) {
      add_reference(page, static_cast<int>(kid->GetNumber()), parent, parent_type);
      return;
    }
    if (!kid->IsDictionary()) {
      bad("a /K entry of " + parent_type + " is neither an element, an MCID nor a reference");
      return;
    }
    const std::string type = name_at(doc_, kid, "Type");
    if (type == "MCR") {
      const PoDoFo::PdfObject* pg = key_of(doc_, kid, "Pg");
      const PoDoFo::PdfObject* mcid = key_of(doc_, kid, "MCID");
      add_reference(pg != nullptr ? pg : page, mcid ? static_cast<int>(mcid->GetNumber()) : -1,
                    parent, parent_type);
      return;
    }
    if (type == "OBJR") {
      const PoDoFo::PdfObject* obj = key_of(doc_, kid, "Obj");
      if (obj == nullptr) {
        bad(parent_type + " has an OBJR without /Obj");
      } else {
        object_owner_[obj] = parent;
        object_owner_type_[obj] = parent_type;
      }
      return;
    }
    element(kid, parent, page, parent_type);
  }

  void add_reference(const PoDoFo::PdfObject* page, int mcid, const PoDoFo::PdfObject* owner,
                     const std::string& owner_type) {
    auto p = page_index_.find(page);
    if (page == nullptr || p == page_index_.end() || mcid < 0) {
      bad(owner_type + " refers to marked content without a valid /Pg or MCID");
      return;
    }
    if (!tree_mcids_.emplace(Marked{p->second, mcid}, owner).second)
      bad(page_name(p->second) + ": MCID " + std::to_string(mcid) +
          " is claimed by two structure elements");
  }

  void element(const PoDoFo::PdfObject* e, const PoDoFo::PdfObject* parent,
               const PoDoFo::PdfObject* page, const std::string& parent_type) {
    if (++elements_ > 200000) return;
    const std::string s = name_at(doc_, e, "S");
    if (!standard_structure_types().count(s)) bad("structure type /" + s + " is not standard");
    if (key_of(doc_, e, "P") != parent)
      bad(s + " element: /P does not point at its parent " + parent_type);
    check_element_rules(e, s, parent_type);
    if (const PoDoFo::PdfObject* pg = key_of(doc_, e, "Pg")) page = pg;
    if (s == "Table") {
      open_tables_.emplace_back();
      walk_kids(key_of(doc_, e, "K"), e, page, s);
      check_table(open_tables_.back(), ++tables_seen_);
      open_tables_.pop_back();
      return;
    }
    if (s == "TR" && !open_tables_.empty()) open_tables_.back().rows.emplace_back();
    if ((s == "TH" || s == "TD") && !open_tables_.empty() && !open_tables_.back().rows.empty()) {
      auto span = [&](const char* key) {
        const PoDoFo::PdfObject* v = table_attribute(e, key);
        return v != nullptr && v->IsNumber() ? static_cast<int>(v->GetNumber()) : 1;
      };
      open_tables_.back().rows.back().push_back({span("RowSpan"), span("ColSpan")});
    }
    walk_kids(key_of(doc_, e, "K"), e, page, s);
  }

  // The value of `key` in the element's attribute objects owned by /O `owner`.
  const PoDoFo::PdfObject* attribute(const PoDoFo::PdfObject* e, const char* owner,
                                     const char* key) {
    const PoDoFo::PdfObject* a = key_of(doc_, e, "A");
    if (a == nullptr) return nullptr;
    std::vector<const PoDoFo::PdfObject*> dicts;
    if (a->IsDictionary()) dicts.push_back(a);
    if (a->IsArray())
      for (const PoDoFo::PdfObject& x : a->GetArray())
        if (const PoDoFo::PdfObject* d = resolve(doc_, &x); d && d->IsDictionary())
          dicts.push_back(d);
    for (const PoDoFo::PdfObject* d : dicts)
      if (name_at(doc_, d, "O") == owner)
        if (const PoDoFo::PdfObject* v = key_of(doc_, d, key)) return v;
    return nullptr;
  }
  const PoDoFo::PdfObject* table_attribute(const PoDoFo::PdfObject* e, const char* key) {
    return attribute(e, "Table", key);
  }

  bool has_text(const PoDoFo::PdfObject* e, const char* key) {
    const PoDoFo::PdfObject* v = key_of(doc_, e, key);
    return v != nullptr && (v->IsString() || v->IsHexString()) && v->GetString().GetLength() > 0;
  }

  void check_element_rules(const PoDoFo::PdfObject* e, const std::string& s,
                           const std::string& parent) {
    const std::string where = s + " element (" + ref_text(e) + ")";
    if ((s == "Figure" || s == "Formula") && !has_text(e, "Alt") && !has_text(e, "ActualText"))
      bad(where + " has no /Alt text");
    if (s == "Figure") {
      const PoDoFo::PdfObject* bbox = attribute(e, "Layout", "BBox");
      if (bbox == nullptr || !bbox->IsArray() || bbox->GetArray().size() != 4)
        bad(where + " has no /BBox layout attribute");
    }
    if (s == "TH") {
      const std::string scope = name_of(table_attribute(e, "Scope"));
      if (scope != "Row" && scope != "Column" && scope != "Both" &&
          table_attribute(e, "Headers") == nullptr)
        bad(where + " has neither /Scope (Row, Column, Both) nor /Headers");
    }
    for (const char* key : {"RowSpan", "ColSpan"}) {
      const PoDoFo::PdfObject* v = table_attribute(e, key);
      if (v != nullptr && (!v->IsNumber() || v->GetNumber() < 1))
        bad(where + " has a /" + key + " that is not a positive integer");
    }
    auto parent_in = [&](std::initializer_list<const char*> allowed) {
      for (const char* a : allowed)
        if (parent == a) return;
      bad(where + " sits in " + parent + ", not in a table part where it belongs");
    };
    if (s == "TR") parent_in({"Table", "THead", "TBody", "TFoot"});
    if (s == "TH" || s == "TD") parent_in({"TR"});
    if (s == "THead" || s == "TBody" || s == "TFoot") parent_in({"Table"});
    if (parent == "Table" && s != "TR" && s != "THead" && s != "TBody" && s != "TFoot" &&
        s != "Caption")
      bad(where + " is a child of Table");
    if (parent == "TR" && s != "TH" && s != "TD") bad(where + " is a child of TR");
    if (s.size() == 2 && s[0] == 'H' && s[1] >= '1' && s[1] <= '6') {
      const int level = s[1] - '0';
      if (level >= 2) {
        auto pg = page_index_.find(key_of(doc_, e, "Pg"));
        headings_.push_back({level - 1, pg == page_index_.end() ? -1 : pg->second});
      }
      if (heading_level_ == 0 && level != 1)
        bad(where + " is the first heading, not H1");
      else if (level > heading_level_ + 1)
        bad(where + " follows H" + std::to_string(heading_level_) + ": a heading level is skipped");
      heading_level_ = level;
    }
  }

  // ---- tables: cells with their spans fill a rectangle ----------------------
  struct Cell {
    int row_span = 1, col_span = 1;
  };
  struct Table {
    std::vector<std::vector<Cell>> rows;
  };

  void check_table(const Table& t, int number) {
    const std::string who = "Table " + std::to_string(number);
    const int rows = static_cast<int>(t.rows.size());
    std::vector<std::vector<bool>> taken(static_cast<std::size_t>(rows));
    int columns = -1;
    for (int r = 0; r < rows; ++r) {
      int c = 0;
      for (const Cell& cell : t.rows[static_cast<std::size_t>(r)]) {
        auto& row = taken[static_cast<std::size_t>(r)];
        while (c < static_cast<int>(row.size()) && row[static_cast<std::size_t>(c)]) ++c;
        if (r + cell.row_span > rows) {
          bad(who + ": a cell in row " + std::to_string(r + 1) + " has RowSpan " +
              std::to_string(cell.row_span) + ", past the last row (" + std::to_string(rows) + ")");
        }
        for (int dr = 0; dr < cell.row_span && r + dr < rows; ++dr) {
          auto& cover = taken[static_cast<std::size_t>(r + dr)];
          if (cover.size() < static_cast<std::size_t>(c + cell.col_span))
            cover.resize(static_cast<std::size_t>(c + cell.col_span), false);
          for (int dc = 0; dc < cell.col_span; ++dc) cover[static_cast<std::size_t>(c + dc)] = true;
        }
        c += cell.col_span;
      }
      const auto& row = taken[static_cast<std::size_t>(r)];
      int width = static_cast<int>(row.size());
      bool holes = false;
      for (bool b : row) holes = holes || !b;
      if (columns < 0) columns = width;
      if (width != columns || holes) {
        bad(who + ": row " + std::to_string(r + 1) + " covers " + std::to_string(width) +
            " columns" + (holes ? " with holes" : "") + ", the first row " +
            std::to_string(columns));
        return;
      }
    }
  }

  // ---- content and tree agree -------------------------------------------
  void check_content_against_tree() {
    for (const Marked& m : content_mcids_) {
      const std::string where = page_name(m.page) + ": MCID " + std::to_string(m.mcid);
      auto owner = tree_mcids_.find(m);
      if (owner == tree_mcids_.end()) {
        bad(where + " is tagged in the content but no structure element owns it");
        continue;
      }
      const PoDoFo::PdfObject* sp =
          key_of(doc_, page_objects_[static_cast<std::size_t>(m.page)], "StructParents");
      auto entry = sp && sp->IsNumber() ? parent_tree_.find(static_cast<int>(sp->GetNumber()))
                                        : parent_tree_.end();
      if (entry == parent_tree_.end() || !entry->second->IsArray()) {
        bad(page_name(m.page) + ": no /StructParents with a ParentTree array");
        continue;
      }
      const PoDoFo::PdfArray& owners = entry->second->GetArray();
      if (m.mcid >= static_cast<int>(owners.size()) ||
          resolve(doc_, &owners[static_cast<std::size_t>(m.mcid)]) != owner->second)
        bad(where + ": the ParentTree names another owner than the structure tree");
    }
    for (const auto& [m, owner] : tree_mcids_) {
      if (!content_mcids_.count(m))
        bad(page_name(m.page) + ": the structure tree refers to MCID " + std::to_string(m.mcid) +
            ", which the content lacks");
    }
  }

  // ---- annotations -----------------------------------------------------------
  void check_annotations() {
    for (std::size_t i = 0; i < page_objects_.size(); ++i) {
      const PoDoFo::PdfObject* annots = key_of(doc_, page_objects_[i], "Annots");
      if (annots == nullptr || !annots->IsArray() || annots->GetArray().empty()) continue;
      if (name_at(doc_, page_objects_[i], "Tabs") != "S")
        bad(page_name(static_cast<int>(i)) + " has annotations but no /Tabs /S");
      for (const PoDoFo::PdfObject& raw : annots->GetArray()) {
        const PoDoFo::PdfObject* a = resolve(doc_, &raw);
        const std::string subtype = name_at(doc_, a, "Subtype");
        const std::string who =
            page_name(static_cast<int>(i)) + ": " + subtype + " annotation (" + ref_text(a) + ")";
        if (subtype == "Popup") continue;
        const PoDoFo::PdfObject* f = key_of(doc_, a, "F");
        const long long flags = f != nullptr && f->IsNumber() ? f->GetNumber() : 0;
        if (!(flags & 4) || (flags & (1 | 2 | 32 | 256)))
          bad(who + ": /F " + std::to_string(flags) +
              " is not printable-and-visible (Print set; Invisible, Hidden, NoView, "
              "ToggleNoView clear)");
        if (key_of(doc_, key_of(doc_, a, "AP"), "N") == nullptr)
          bad(who + " has no normal appearance (/AP /N)");
        const PoDoFo::PdfObject* sp = key_of(doc_, a, "StructParent");
        auto entry = sp && sp->IsNumber() ? parent_tree_.find(static_cast<int>(sp->GetNumber()))
                                          : parent_tree_.end();
        if (entry == parent_tree_.end()) {
          bad(who + " has no /StructParent with a ParentTree entry");
          continue;
        }
        auto owner = object_owner_.find(a);
        if (owner == object_owner_.end() || owner->second != entry->second)
          bad(who + ": no structure element holds it by an OBJR matching its ParentTree entry");
        const std::string want = subtype == "Widget" ? "Form"
                                 : subtype == "Link" ? "Link"
                                                     : "Annot";
        if (owner != object_owner_.end() && object_owner_type_[a] != want)
          bad(who + " is in a " + object_owner_type_[a] + " element, not " + want);
        if (subtype == "Widget" && !has_text(a, "TU"))
          bad(who + ": the form field has no /TU description");
      }
    }
  }

  // ---- the outline follows the headings ------------------------------------
  // Bookmarks, depth first, are the headings below the title (H2 at depth 1,
  // H3 at depth 2...), each pointing at its heading's page. (The titles are
  // compared by conformance.sh, which has the headings' text from poppler.)
  void check_outline() {
    std::vector<Place> bookmarks;
    const PoDoFo::PdfObject* outlines = key_of(doc_, doc_.GetCatalog(), "Outlines");
    collect_bookmarks(key_of(doc_, outlines, "First"), 1, bookmarks);
    if (bookmarks.size() != headings_.size()) {
      bad("the outline has " + std::to_string(bookmarks.size()) + " entries for " +
          std::to_string(headings_.size()) + " headings below the title");
      return;
    }
    for (std::size_t i = 0; i < bookmarks.size(); ++i) {
      if (bookmarks[i].level != headings_[i].level || bookmarks[i].page != headings_[i].page) {
        bad("outline entry " + std::to_string(i + 1) + " (depth " +
            std::to_string(bookmarks[i].level) + ", page " + std::to_string(bookmarks[i].page + 1) +
            ") does not match heading H" + std::to_string(headings_[i].level + 1) + " on page " +
            std::to_string(headings_[i].page + 1));
        return;
      }
    }
  }

  struct Place {
    int level = 0;
    int page = -1;
  };

  void collect_bookmarks(const PoDoFo::PdfObject* item, int depth, std::vector<Place>& out) {
    for (int n = 0; item != nullptr && n < 10000 && depth < 32; ++n) {
      const PoDoFo::PdfObject* dest = key_of(doc_, item, "Dest");
      if (dest == nullptr) dest = key_of(doc_, key_of(doc_, item, "A"), "D");
      int page = -1;
      if (dest != nullptr && dest->IsArray() && !dest->GetArray().empty()) {
        auto p = page_index_.find(resolve(doc_, &dest->GetArray()[0]));
        if (p != page_index_.end()) page = p->second;
      }
      out.push_back({depth, page});
      collect_bookmarks(key_of(doc_, item, "First"), depth + 1, out);
      item = key_of(doc_, item, "Next");
    }
  }

  const PoDoFo::PdfMemDocument& doc_;
  std::vector<std::string> out_;
  std::vector<Place> headings_;  // H2..H6 in reading order: depth and page
  std::vector<const PoDoFo::PdfObject*> page_objects_;
  std::map<const PoDoFo::PdfObject*, int> page_index_;
  std::set<Marked> content_mcids_;
  std::map<Marked, const PoDoFo::PdfObject*> tree_mcids_;
  std::map<int, const PoDoFo::PdfObject*> parent_tree_;
  std::map<const PoDoFo::PdfObject*, const PoDoFo::PdfObject*> object_owner_;
  std::map<const PoDoFo::PdfObject*, std::string> object_owner_type_;
  std::vector<Table> open_tables_;  // innermost last
  int tables_seen_ = 0;
  int heading_level_ = 0;
  int elements_ = 0;
};

inline std::vector<std::string> check_tags(const PoDoFo::PdfMemDocument& doc) {
  return TagChecker(doc).run();
}

}  // namespace gongwen::pdf::testing
