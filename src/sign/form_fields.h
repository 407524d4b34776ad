// Finding a form field by its fully qualified name ("Seal1", "a.b"), with
// the widget that shows it and whether it is a signature field.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <podofo/podofo.h>

namespace gongwen::sign {

struct FormField {
  std::string name;                     // fully qualified: parent names joined by "."
  std::string type;                     // /FT, inherited from parents: "Sig", "Tx"...
  PoDoFo::PdfObject* field = nullptr;   // the terminal field (where /V goes)
  PoDoFo::PdfObject* widget = nullptr;  // its first widget (the field itself when merged)
};

// Every terminal field of the AcroForm, in /Fields order.
std::vector<FormField> list_form_fields(PoDoFo::PdfMemDocument& doc);

std::optional<FormField> find_form_field(PoDoFo::PdfMemDocument& doc, const std::string& name);

// A signature field is signed once its /V holds a signature dictionary.
bool is_signed(const FormField& field);

}  // namespace gongwen::sign
