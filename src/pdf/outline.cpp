#include "pdf/outline.h"

#include <stdexcept>

#include "pdf/pdf_values.h"

namespace gongwen::pdf {

using namespace PoDoFo;

std::vector<int> outline_parents(const std::vector<display::OutlineEntry>& entries) {
  std::vector<int> parents(entries.size(), -1);
  std::vector<int> open;  // chain of ancestors of the next entry
  for (std::size_t i = 0; i < entries.size(); ++i) {
    while (!open.empty() && entries[open.back()].level >= entries[i].level) open.pop_back();
    parents[i] = open.empty() ? -1 : open.back();
    open.push_back(static_cast<int>(i));
  }
  return parents;
}

void write_outline(PdfMemDocument& doc, const std::vector<display::OutlineEntry>& entries,
                   const std::vector<PdfObject*>& pages,
                   const std::vector<double>& page_heights_pt) {
  if (entries.empty()) return;
  const std::vector<int> parents = outline_parents(entries);
  const int n = static_cast<int>(entries.size());

  std::vector<std::vector<int>> children(n + 1);  // index n is the outline root
  for (int i = 0; i < n; ++i) children[parents[i] < 0 ? n : parents[i]].push_back(i);
  std::vector<int> descendants(n + 1, 0);
  for (int i = n - 1; i >= 0; --i) {  // children come after their parent
    descendants[parents[i] < 0 ? n : parents[i]] += 1 + descendants[i];
  }

  PdfVecObjects& objects = doc.GetObjects();
  PdfObject* root = objects.CreateObject("Outlines");
  std::vector<PdfObject*> items;
  for (int i = 0; i < n; ++i) items.push_back(objects.CreateObject());

  for (int i = 0; i < n; ++i) {
    const auto& e = entries[i];
    if (e.page < 0 || e.page >= static_cast<int>(pages.size())) {
      throw std::invalid_argument("outline entry \"" + e.title + "\" points at page " +
                                  std::to_string(e.page + 1) + ", but the document has " +
                                  std::to_string(pages.size()) + " pages");
    }
    PdfDictionary& d = items[i]->GetDictionary();
    d.AddKey("Title", text_string(e.title));
    d.AddKey("Parent", (parents[i] < 0 ? root : items[parents[i]])->Reference());
    PdfArray dest;
    dest.push_back(pages[e.page]->Reference());
    dest.push_back(PdfName("XYZ"));
    dest.push_back(PdfVariant::NullValue);
    dest.push_back(number(page_heights_pt[e.page] - to_pt(e.y)));
    dest.push_back(PdfVariant::NullValue);
    d.AddKey("Dest", dest);
  }
  for (int owner = 0; owner <= n; ++owner) {
    const auto& kids = children[owner];
    if (kids.empty()) continue;
    PdfDictionary& d = owner == n ? root->GetDictionary() : items[owner]->GetDictionary();
    d.AddKey("First", items[kids.front()]->Reference());
    d.AddKey("Last", items[kids.back()]->Reference());
    d.AddKey("Count", integer(descendants[owner]));  // positive: open
    for (std::size_t k = 0; k < kids.size(); ++k) {
      PdfDictionary& kid = items[kids[k]]->GetDictionary();
      if (k > 0) kid.AddKey("Prev", items[kids[k - 1]]->Reference());
      if (k + 1 < kids.size()) kid.AddKey("Next", items[kids[k + 1]]->Reference());
    }
  }
  PdfDictionary& catalog = doc.GetCatalog()->GetDictionary();
  catalog.AddKey("Outlines", root->Reference());
  catalog.AddKey("PageMode", PdfName("UseOutlines"));
}

}  // namespace gongwen::pdf
