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
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "display/display_list.h"

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

struct StructElement {
  std::string role;
  StructAttributes attributes;
  int parent = -1;  // -1 for the root
  // Kids in reading order: a child element, or marked content on a page.
  struct Kid {
    int element = -1;  // >= 0: child element
    int page = -1;
    int mcid = -1;
  };
  std::vector<Kid> kids;
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

  // Closes tags left open. Element 0 is the root Document.
  const std::vector<StructElement>& finish();

  const std::vector<StructElement>& elements() const { return elements_; }
  // For each page, the owning element of each MCID (the ParentTree).
  const std::vector<std::vector<int>>& mcid_owners() const { return mcid_owners_; }

 private:
  struct Open {
    int element = -1;   // -1 inside an artifact
    int artifact = -1;  // the Artifact tag this entry belongs to
  };
  int add_element(std::string role, StructAttributes attrs, int parent);
  int current_element() const;

  std::vector<StructElement> elements_;
  std::vector<Open> stack_;
  std::vector<Marking> artifacts_;  // one per Artifact tag seen
  std::vector<std::vector<int>> mcid_owners_;
  bool root_adopted_ = false;
  int implicit_p_ = -1;  // current implicit P, reset by any tag or page change
  int page_ = 0;
};

}  // namespace gongwen::pdf
