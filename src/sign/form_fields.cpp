#include "sign/form_fields.h"

#include <set>

namespace gongwen::sign {
namespace {

using namespace PoDoFo;

PdfObject* resolve(PdfDocument& doc, PdfObject& object) {
  return object.IsReference() ? doc.GetObjects()->GetObject(object.GetReference()) : &object;
}

// `seen` guards against /Kids cycles in damaged files.
void collect(PdfDocument& doc, PdfObject* node, const std::string& parent_name,
             const std::string& parent_type, std::set<PdfReference>& seen,
             std::vector<FormField>& out) {
  if (node == nullptr || !node->IsDictionary()) return;
  if (node->Reference().ObjectNumber() != 0 && !seen.insert(node->Reference()).second) return;
  const PdfDictionary& dict = node->GetDictionary();
  std::string name = parent_name;
  // Other writers (qpdf, Acrobat) often write names as hex strings.
  if (const PdfObject* t = dict.GetKey("T"); t != nullptr && (t->IsString() || t->IsHexString())) {
    name = (name.empty() ? "" : name + ".") + t->GetString().GetStringUtf8();
  }
  const std::string type =
      dict.HasKey("FT") ? node->GetIndirectKeyAsName("FT").GetName() : parent_type;
  std::vector<PdfObject*> child_fields;
  PdfObject* first_widget = nullptr;
  if (PdfObject* kids = node->GetIndirectKey("Kids"); kids != nullptr && kids->IsArray()) {
    for (PdfObject& kid_ref : kids->GetArray()) {
      PdfObject* kid = resolve(doc, kid_ref);
      if (kid == nullptr || !kid->IsDictionary()) continue;
      if (kid->GetDictionary().HasKey("T")) {
        child_fields.push_back(kid);
      } else if (first_widget == nullptr) {
        first_widget = kid;
      }
    }
  }
  if (child_fields.empty()) {
    const bool merged = dict.GetKeyAsName("Subtype") == PdfName("Widget");
    out.push_back({name, type, node, merged ? node : first_widget});
    return;
  }
  for (PdfObject* child : child_fields) collect(doc, child, name, type, seen, out);
}

}  // namespace

std::vector<FormField> list_form_fields(PdfMemDocument& doc) {
  std::vector<FormField> fields;
  PdfObject* form = doc.GetCatalog()->GetIndirectKey("AcroForm");
  if (form == nullptr || !form->IsDictionary()) return fields;
  PdfObject* roots = form->GetIndirectKey("Fields");
  if (roots == nullptr || !roots->IsArray()) return fields;
  std::set<PdfReference> seen;
  for (PdfObject& root : roots->GetArray()) collect(doc, resolve(doc, root), "", "", seen, fields);
  return fields;
}

std::optional<FormField> find_form_field(PdfMemDocument& doc, const std::string& name) {
  for (FormField& field : list_form_fields(doc)) {
    if (field.name == name) return field;
  }
  return std::nullopt;
}

bool is_signed(const FormField& field) {
  const PdfObject* value = field.field->GetIndirectKey("V");
  return value != nullptr && value->IsDictionary();
}

}  // namespace gongwen::sign
