// The logical structure tree (PDF/UA, PDF/A level A) built from the display
// list's TagBegin/TagEnd items, and the marking of every piece of content:
// either marked content with an MCID owned by a structure element, or an
// artifact outside the tree.
//
// Decisions:
// - The root is one Document element; a top-level "Document" tag becomes it.
// - Text that is not inside a tag, or sits directly in a grouping element
//   (Document, Sect, Table, TR...), is wrapped in an implicit P, one per
//   stretch of such text within a page: text is never left untagged.
// - Lines, boxes, paths and images are artifacts (table rules, separators,
//   the seal) unless they are inside a Figure, which then owns them.
// - Everything inside an "Artifact" tag is an artifact, nested tags included.
// - Headings never skip a level (PDF/UA, Matterhorn 14-003): a heading more
//   than one level below the one before it is raised to the next level, so
//   an input whose first section heading is a 二级标题 still reads H1, H2.
// - Figure and Formula need Alt (or ActualText): PDF/UA has no other way to
//   tell what a picture says.
// - An annotation (the seal's signature widget) gets its own element, a Form,
//   in reading order where its anchor is; the writer links it with an OBJR.
// - Figures, formulas, forms and tables whose content sits on one page get a
//   /BBox (ISO 32000-1 §14.8.5.4.3) from the area of that content, table
//   rules included; explicit Artifact tags (page numbers, repeated headers)
//   count for nothing.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "display/display_list.h"
#include "util/units.h"

namespace gongwen::pdf {

// Checked attributes of one structure element. The first group goes into the
// element dictionary, the second into an attribute object owned by /Table.
struct StructAttributes {
  std::string alt, actual_text, expansion, lang, title, id;
  std::optional<int> row_span, col_span;
  std::string scope;                 // "Row", "Column" or "Both"
  std::vector<std::string> headers;  // IDs of the header cells of a cell
  std::string summary;
  bool has_table_attributes() const {
    return row_span || col_span || !scope.empty() || !headers.empty() || !summary.empty();
  }
};

// The area an element's content covers, in layout units from the page's
// top-left corner (y down), while all of it is on one page.
struct ContentBounds {
  int page = -1;  // -1: no content yet
  bool several_pages = false;
  Length x0 = 0, y0 = 0, x1 = 0, y1 = 0;
  void add(int on_page, const Rect& r);
  bool single_page() const { return page >= 0 && !several_pages; }
};

struct StructElement {
  std::string role;
  StructAttributes attributes;
  int parent = -1;  // -1 for the root
  // Kids in reading order: a child element, marked content on a page, or an
  // annotation (by its index in the order add_annotation made them).
  struct Kid {
    int element = -1;  // >= 0: child element
    int page = -1;
    int mcid = -1;
    int annotation = -1;  // >= 0: an object reference to that annotation
  };
  std::vector<Kid> kids;
  ContentBounds bounds;  // kept for the roles that get a /BBox
};

struct Marking {
  bool artifact = false;
  int element = -1;  // tagged content: the owning element
  // Artifacts: properties (may be empty) and which Artifact tag they come
  // from, so that consecutive content of one artifact shares one sequence.
  std::string artifact_type, artifact_subtype;
  int artifact_group = -1;
  friend bool operator==(const Marking&, const Marking&) = default;
};

enum class ContentKind { kText, kGraphics, kImage };

class StructureBuilder {
 public:
  StructureBuilder();

  // Throws std::invalid_argument for a role that is not a standard PDF
  // structure type, an unknown attribute or a bad attribute value.
  void begin(const display::TagBegin& tag);
  // Throws std::invalid_argument when no tag is open.
  void end();
  void start_page(int page);

  // Where the next piece of content goes; may create an implicit P.
  Marking mark(ContentKind kind);
  // Opens marked content owned by `element` on `page`; returns its MCID.
  int add_marked_content(int element, int page);
  // Content of `marking` (what mark() returned) covers `area` on `page`.
  void add_bounds(const Marking& marking, int page, const Rect& area);
  // An annotation at `area` on `page`, tagged as a new `role` element (Form
  // for a widget) at the current place; returns the annotation's index.
  int add_annotation(const std::string& role, int page, const Rect& area);
  int annotation_count() const { return static_cast<int>(annotation_owners_.size()); }
  // The element of each annotation (the ParentTree entry of its /StructParent).
  const std::vector<int>& annotation_owners() const { return annotation_owners_; }

  // Closes tags left open. Element 0 is the root Document.
  const std::vector<StructElement>& finish();

  const std::vector<StructElement>& elements() const { return elements_; }
  // For each page, the owning element of each MCID (the ParentTree).
  const std::vector<std::vector<int>>& mcid_owners() const { return mcid_owners_; }

 private:
  struct Open {
    int element = -1;   // -1 inside an artifact
    int artifact = -1;  // the Artifact tag this entry belongs to
    int owner = 0;      // the nearest element around (the artifact's too)
  };
  int add_element(std::string role, StructAttributes attrs, int parent);
  int current_element() const;
  int enclosing_element() const;  // like current_element, also inside artifacts

  std::vector<StructElement> elements_;
  std::vector<Open> stack_;
  std::vector<Marking> artifacts_;  // one per Artifact tag seen
  std::vector<std::vector<int>> mcid_owners_;
  std::vector<int> annotation_owners_;
  bool root_adopted_ = false;
  int implicit_p_ = -1;    // current implicit P, reset by any tag or page change
  int heading_level_ = 0;  // of the last H1-H6 element, after raising
  int page_ = 0;
};

}  // namespace gongwen::pdf
