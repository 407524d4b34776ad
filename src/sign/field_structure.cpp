#include "sign/field_structure.h"

#include <algorithm>
#include <set>
#include <stdexcept>
#include <string>

namespace gongwen::sign {
namespace {

using namespace PoDoFo;

PdfObject* resolve(PdfMemDocument& doc, PdfObject* object) {
  if (object == nullptr || !object->IsReference()) return object;
  return doc.GetObjects().GetObject(object->GetReference());
}

bool is_document_element(PdfMemDocument& doc, PdfObject* object) {
  object = resolve(doc, object);
  return object != nullptr && object->IsDictionary() &&
         object->GetDictionary().GetKeyAsName("S") == PdfName("Document");
}

// The Document element the Form goes under: the root's kid (or first kid
// that is one); the StructTreeRoot itself when the tree has none.
PdfObject* document_element(PdfMemDocument& doc, PdfObject* root) {
  PdfObject* kids = root->GetDictionary().GetKey("K");
  if (kids != nullptr && kids->IsReference() && is_document_element(doc, kids)) {
    return resolve(doc, kids);
  }
  PdfObject* array = resolve(doc, kids);
  if (array != nullptr && array->IsArray()) {
    for (PdfObject& kid : array->GetArray()) {
      if (kid.IsReference() && is_document_element(doc, &kid)) return resolve(doc, &kid);
    }
  }
  return root;
}

// Appends `kid` to the element's /K, turning a single kid into an array.
void append_kid(PdfMemDocument& doc, PdfObject* element, const PdfObject& kid) {
  PdfDictionary& dict = element->GetDictionary();
  PdfObject* existing = dict.GetKey("K");
  PdfObject* resolved = resolve(doc, existing);
  if (resolved != nullptr && resolved->IsArray()) {
    resolved->GetArray().push_back(kid);
    return;
  }
  PdfArray kids;
  if (existing != nullptr) kids.push_back(*existing);
  kids.push_back(kid);
  dict.AddKey("K", kids);
}

// Appends key → value to the ParentTree number tree: in its last leaf (the
// keys grow), widening the /Limits on the way. Returns the key used: the
// root's ParentTreeNextKey or one past the largest key, whichever is larger.
pdf_int64 add_parent_tree_entry(PdfMemDocument& doc, PdfObject* root, const PdfObject& value) {
  PdfObject* node = root->GetIndirectKey("ParentTree");
  if (node == nullptr || !node->IsDictionary()) {
    PdfDictionary tree;
    tree.AddKey("Nums", PdfArray());
    root->GetDictionary().AddKey("ParentTree", tree);
    node = root->GetDictionary().GetKey("ParentTree");
  }
  std::vector<PdfObject*> path;
  std::set<PdfObject*> seen;  // a /Kids cycle in a damaged file
  while (seen.insert(node).second) {
    path.push_back(node);
    PdfObject* kids = node->GetIndirectKey("Kids");
    if (kids == nullptr || !kids->IsArray() || kids->GetArray().empty()) break;
    PdfObject* last = resolve(doc, &kids->GetArray().back());
    if (last == nullptr || !last->IsDictionary()) break;
    node = last;
  }
  PdfObject* nums = node->GetIndirectKey("Nums");
  if (nums == nullptr || !nums->IsArray()) {
    node->GetDictionary().AddKey("Nums", PdfArray());
    nums = node->GetDictionary().GetKey("Nums");
  }
  pdf_int64 key = root->GetIndirectKeyAsLong("ParentTreeNextKey", 0);
  PdfArray& entries = nums->GetArray();
  if (entries.size() >= 2 && entries[entries.size() - 2].IsNumber()) {
    key = std::max(key, entries[entries.size() - 2].GetNumber() + 1);
  }
  entries.push_back(PdfObject(key));
  entries.push_back(value);
  for (PdfObject* on_path : path) {
    PdfObject* limits = on_path->GetIndirectKey("Limits");
    if (limits == nullptr || !limits->IsArray() || limits->GetArray().size() != 2) continue;
    PdfArray widened;
    widened.push_back(limits->GetArray()[0]);
    widened.push_back(PdfObject(key));
    on_path->GetDictionary().AddKey("Limits", widened);
  }
  root->GetDictionary().AddKey("ParentTreeNextKey", PdfObject(key + 1));
  return key;
}

}  // namespace

void tag_new_widget(PdfMemDocument& doc, PdfObject* widget, int page_index) {
  PdfObject* root = doc.GetCatalog()->GetIndirectKey("StructTreeRoot");
  if (root == nullptr || !root->IsDictionary()) return;
  PdfPage* page = doc.GetPage(page_index);
  if (page == nullptr) throw std::out_of_range("no page " + std::to_string(page_index));

  PdfObject* parent = document_element(doc, root);
  PdfObject* form = doc.GetObjects().CreateObject("StructElem");
  PdfDictionary& dict = form->GetDictionary();
  dict.AddKey("S", PdfName("Form"));
  dict.AddKey("P", parent->Reference());
  dict.AddKey("Pg", page->GetObject()->Reference());
  PdfDictionary objr;
  objr.AddKey("Type", PdfName("OBJR"));
  objr.AddKey("Pg", page->GetObject()->Reference());
  objr.AddKey("Obj", widget->Reference());
  PdfArray kids;
  kids.push_back(objr);
  dict.AddKey("K", kids);
  append_kid(doc, parent, form->Reference());

  const pdf_int64 key = add_parent_tree_entry(doc, root, form->Reference());
  widget->GetDictionary().AddKey("StructParent", PdfObject(key));
}

}  // namespace gongwen::sign
