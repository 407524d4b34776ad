#include "pdf/structure_objects.h"

#include <optional>
#include <stdexcept>
#include <string>

#include "pdf/number_format.h"
#include "pdf/pdf_values.h"

namespace gongwen::pdf {

using namespace PoDoFo;

namespace {

void add_text(PdfDictionary& d, const char* key, const std::string& value) {
  if (!value.empty()) d.AddKey(key, text_string(value));
}

// Table attributes live in an attribute object owned by /Table (ISO 32000-1
// §14.8.5.7), not in the element dictionary.
std::optional<PdfDictionary> table_attributes(const StructAttributes& a) {
  if (!a.has_table_attributes()) return std::nullopt;
  PdfDictionary attrs;
  attrs.AddKey("O", PdfName("Table"));
  if (a.row_span) attrs.AddKey("RowSpan", integer(*a.row_span));
  if (a.col_span) attrs.AddKey("ColSpan", integer(*a.col_span));
  if (!a.scope.empty()) attrs.AddKey("Scope", PdfName(a.scope));
  if (!a.headers.empty()) {
    PdfArray ids;
    for (const auto& id : a.headers) ids.push_back(PdfString(id));
    attrs.AddKey("Headers", ids);
  }
  add_text(attrs, "Summary", a.summary);
  return attrs;
}

// The layout attribute /BBox [left bottom right top] in the page's user
// space, for an element whose content is all on one page.
std::optional<PdfDictionary> layout_attributes(const StructElement& e,
                                               const StructurePages& pages) {
  const ContentBounds& b = e.bounds;
  if (!b.single_page() || b.page >= static_cast<int>(pages.heights.size())) return std::nullopt;
  const double height = pages.heights[b.page];
  PdfArray bbox;
  for (double v : {to_pt(b.x0), height - to_pt(b.y1), to_pt(b.x1), height - to_pt(b.y0)})
    bbox.push_back(number(quantize(v)));
  PdfDictionary attrs;
  attrs.AddKey("O", PdfName("Layout"));
  attrs.AddKey("BBox", bbox);
  return attrs;
}

// /A: one attribute object, or an array when there are several owners.
void add_attributes(PdfDictionary& d, const StructElement& e, const StructurePages& pages) {
  std::vector<PdfDictionary> all;
  if (auto t = table_attributes(e.attributes)) all.push_back(*t);
  if (auto l = layout_attributes(e, pages)) all.push_back(*l);
  if (all.size() == 1) {
    d.AddKey("A", all.front());
  } else if (!all.empty()) {
    PdfArray list;
    for (const auto& a : all) list.push_back(a);
    d.AddKey("A", list);
  }
}

void fill_element(PdfDictionary& d, const StructElement& e, const std::vector<PdfObject*>& objs,
                  PdfObject* tree_root, const StructurePages& structure_pages,
                  const std::vector<PdfObject*>& annotations) {
  const std::vector<PdfObject*>& pages = structure_pages.objects;
  d.AddKey("S", PdfName(e.role));
  d.AddKey("P", e.parent < 0 ? tree_root->Reference() : objs[e.parent]->Reference());
  // /Pg names the page of the first marked content; MCIDs on other pages
  // need a marked-content reference with their own /Pg.
  int home_page = -1;
  for (const auto& kid : e.kids) {
    if (kid.element < 0 && kid.annotation < 0) {
      home_page = kid.page;
      break;
    }
  }
  if (home_page >= 0) d.AddKey("Pg", pages[home_page]->Reference());
  PdfArray kids;
  for (const auto& kid : e.kids) {
    if (kid.element >= 0) {
      kids.push_back(objs[kid.element]->Reference());
    } else if (kid.annotation >= 0) {
      PdfDictionary objr;
      objr.AddKey("Type", PdfName("OBJR"));
      objr.AddKey("Pg", pages[kid.page]->Reference());
      objr.AddKey("Obj", annotations[kid.annotation]->Reference());
      kids.push_back(objr);
    } else if (kid.page == home_page) {
      kids.push_back(integer(kid.mcid));
    } else {
      PdfDictionary mcr;
      mcr.AddKey("Type", PdfName("MCR"));
      mcr.AddKey("Pg", pages[kid.page]->Reference());
      mcr.AddKey("MCID", integer(kid.mcid));
      kids.push_back(mcr);
    }
  }
  if (!kids.empty()) d.AddKey("K", kids);
  const StructAttributes& a = e.attributes;
  add_text(d, "Alt", a.alt);
  add_text(d, "ActualText", a.actual_text);
  add_text(d, "E", a.expansion);
  add_text(d, "T", a.title);
  if (!a.lang.empty()) d.AddKey("Lang", PdfString(a.lang));
  if (!a.id.empty()) d.AddKey("ID", PdfString(a.id));
  add_attributes(d, e, structure_pages);
}

}  // namespace

void write_structure_tree(PdfMemDocument& doc, const StructureBuilder& structure,
                          const StructurePages& pages, const std::vector<PdfObject*>& annotations) {
  const std::vector<StructElement>& elements = structure.elements();
  if (static_cast<int>(annotations.size()) != structure.annotation_count()) {
    throw std::invalid_argument("the structure tree has " +
                                std::to_string(structure.annotation_count()) +
                                " annotations, the document " + std::to_string(annotations.size()));
  }
  PdfVecObjects& objects = doc.GetObjects();
  PdfObject* root = objects.CreateObject("StructTreeRoot");
  std::vector<PdfObject*> objs;
  objs.reserve(elements.size());
  for (std::size_t i = 0; i < elements.size(); ++i)
    objs.push_back(objects.CreateObject("StructElem"));
  for (std::size_t i = 0; i < elements.size(); ++i) {
    fill_element(objs[i]->GetDictionary(), elements[i], objs, root, pages, annotations);
  }

  // ParentTree keys: page i is i; annotation k comes after the pages.
  const auto& mcid_owners = structure.mcid_owners();
  const long long page_count = static_cast<long long>(pages.objects.size());
  PdfArray nums;
  for (std::size_t page = 0; page < mcid_owners.size(); ++page) {
    if (mcid_owners[page].empty()) continue;
    PdfArray owners;
    for (int element : mcid_owners[page]) owners.push_back(objs[element]->Reference());
    nums.push_back(integer(static_cast<long long>(page)));
    nums.push_back(owners);
    pages.objects[page]->GetDictionary().AddKey("StructParents",
                                                integer(static_cast<long long>(page)));
  }
  const std::vector<int>& annotation_owners = structure.annotation_owners();
  for (std::size_t k = 0; k < annotations.size(); ++k) {
    const long long key = page_count + static_cast<long long>(k);
    nums.push_back(integer(key));
    nums.push_back(objs[annotation_owners[k]]->Reference());
    annotations[k]->GetDictionary().AddKey("StructParent", integer(key));
  }
  PdfDictionary parent_tree;
  parent_tree.AddKey("Nums", nums);
  PdfDictionary& r = root->GetDictionary();
  r.AddKey("K", objs[0]->Reference());
  r.AddKey("ParentTree", parent_tree);
  r.AddKey("ParentTreeNextKey", integer(page_count + static_cast<long long>(annotations.size())));

  PdfDictionary& catalog = doc.GetCatalog()->GetDictionary();
  catalog.AddKey("StructTreeRoot", root->Reference());
  PdfDictionary mark_info;
  mark_info.AddKey("Marked", PdfVariant(true));
  catalog.AddKey("MarkInfo", mark_info);
}

}  // namespace gongwen::pdf
