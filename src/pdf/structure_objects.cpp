#include "pdf/structure_objects.h"

#include "pdf/pdf_values.h"

namespace gongwen::pdf {

using namespace PoDoFo;

namespace {

void add_text(PdfDictionary& d, const char* key, const std::string& value) {
  if (!value.empty()) d.AddKey(key, text_string(value));
}

// Table attributes live in an attribute object owned by /Table (ISO 32000-1
// §14.8.5.7), not in the element dictionary.
void add_table_attributes(PdfDictionary& d, const StructAttributes& a) {
  if (!a.has_table_attributes()) return;
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
  d.AddKey("A", attrs);
}

void fill_element(PdfDictionary& d, const StructElement& e, const std::vector<PdfObject*>& objs,
                  PdfObject* tree_root, const std::vector<PdfObject*>& pages) {
  d.AddKey("S", PdfName(e.role));
  d.AddKey("P", e.parent < 0 ? tree_root->Reference() : objs[e.parent]->Reference());
  // /Pg names the page of the first marked content; MCIDs on other pages
  // need a marked-content reference with their own /Pg.
  int home_page = -1;
  for (const auto& kid : e.kids) {
    if (kid.element < 0) {
      home_page = kid.page;
      break;
    }
  }
  if (home_page >= 0) d.AddKey("Pg", pages[home_page]->Reference());
  PdfArray kids;
  for (const auto& kid : e.kids) {
    if (kid.element >= 0) {
      kids.push_back(objs[kid.element]->Reference());
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
  add_table_attributes(d, a);
}

}  // namespace

void write_structure_tree(PdfMemDocument& doc, const std::vector<StructElement>& elements,
                          const std::vector<std::vector<int>>& mcid_owners,
                          const std::vector<PdfObject*>& pages) {
  PdfVecObjects& objects = doc.GetObjects();
  PdfObject* root = objects.CreateObject("StructTreeRoot");
  std::vector<PdfObject*> objs;
  objs.reserve(elements.size());
  for (std::size_t i = 0; i < elements.size(); ++i)
    objs.push_back(objects.CreateObject("StructElem"));
  for (std::size_t i = 0; i < elements.size(); ++i) {
    fill_element(objs[i]->GetDictionary(), elements[i], objs, root, pages);
  }

  PdfArray nums;
  for (std::size_t page = 0; page < mcid_owners.size(); ++page) {
    if (mcid_owners[page].empty()) continue;
    PdfArray owners;
    for (int element : mcid_owners[page]) owners.push_back(objs[element]->Reference());
    nums.push_back(integer(static_cast<long long>(page)));
    nums.push_back(owners);
    pages[page]->GetDictionary().AddKey("StructParents", integer(static_cast<long long>(page)));
  }
  PdfDictionary parent_tree;
  parent_tree.AddKey("Nums", nums);
  PdfDictionary& r = root->GetDictionary();
  r.AddKey("K", objs[0]->Reference());
  r.AddKey("ParentTree", parent_tree);
  r.AddKey("ParentTreeNextKey", integer(static_cast<long long>(pages.size())));

  PdfDictionary& catalog = doc.GetCatalog()->GetDictionary();
  catalog.AddKey("StructTreeRoot", root->Reference());
  PdfDictionary mark_info;
  mark_info.AddKey("Marked", PdfVariant(true));
  catalog.AddKey("MarkInfo", mark_info);
}

}  // namespace gongwen::pdf
