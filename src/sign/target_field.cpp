#include "sign/target_field.h"

#include <cmath>
#include <cstdio>

#include "pdf/signature_field.h"
#include "sign/field_structure.h"
#include "sign/seal_appearance.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

using namespace PoDoFo;

constexpr double kPtPerMm = 72.0 / 25.4;

[[noreturn]] void input_error(const std::string& message) {
  throw InputError(SourcePos{}, message);
}

[[noreturn]] void usage_error(const std::string& message) {
  throw UsageError(message);
}

// Millimetres for messages: at most one decimal.
std::string mm(double value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.1f", value);
  std::string s = text;
  if (s.size() > 2 && s.compare(s.size() - 2, 2, ".0") == 0) s.resize(s.size() - 2);
  return s;
}

std::string unsigned_signature_fields(PdfMemDocument& doc) {
  std::string names;
  for (const FormField& f : list_form_fields(doc)) {
    if (f.type == "Sig" && !is_signed(f)) names += (names.empty() ? "" : ", ") + f.name;
  }
  return names;
}

// The existing field to fill, checked; or nullopt when it must be created.
std::optional<FormField> existing_field(PdfMemDocument& doc, const SignOptions& options) {
  std::optional<FormField> field = find_form_field(doc, options.field);
  if (!field) {
    // Without --rect the new field would be invisible, while the seal
    // places render reserved stay empty: most likely a misspelt name.
    const std::string free = options.rect ? "" : unsigned_signature_fields(doc);
    if (!free.empty()) {
      usage_error("the document has no field \"" + options.field +
                  "\"; its empty signature fields are " + free +
                  " (choose one with --field, or give --rect and --page to add a new visible "
                  "field)");
    }
    return std::nullopt;
  }
  const std::string quoted = "field \"" + options.field + "\"";
  if (field->type != "Sig") input_error("the " + quoted + " is not a signature field");
  if (is_signed(*field)) {
    const std::string free = unsigned_signature_fields(doc);
    input_error("the " + quoted + " is already signed; " +
                (free.empty()
                     ? "give a new field name with --field (for example Seal2) to add "
                       "another signature"
                     : "unsigned signature fields: " + free + " (choose one with --field)"));
  }
  if (field->widget == nullptr) input_error("the " + quoted + " has no widget on any page");
  if (options.rect) {
    input_error("the " + quoted +
                " already has its place in the document; leave out --rect, "
                "or give a new field name with --field");
  }
  return field;
}

PdfObject* seal_appearance(PdfMemDocument& doc, double width, double height,
                           const SealImage& seal) {
  if (std::abs(width) < 1 || std::abs(height) < 1) {
    input_error(
        "a seal picture needs a visible field: give --rect (and --page) for a new "
        "field, or sign a field reserved by render");
  }
  return make_seal_appearance(doc, std::abs(width), std::abs(height), seal);
}

FormField create_field(PdfMemDocument& doc, const SignOptions& options) {
  if (options.field.empty() || options.field.find('.') != std::string::npos) {
    input_error("\"" + options.field +
                "\" cannot name a new field: field names are not empty and have no \".\"");
  }
  const int pages = doc.GetPageCount();
  if (options.page < 1 || options.page > pages) {
    usage_error("--page " + std::to_string(options.page) + " does not exist; the document has " +
                std::to_string(pages) + " page" + (pages == 1 ? "" : "s"));
  }
  PdfRect rect(0, 0, 0, 0);
  if (options.rect) {
    const PdfRect media = doc.GetPage(options.page - 1)->GetMediaBox();
    const FieldRect& r = *options.rect;
    const double width = media.GetWidth() / kPtPerMm, height = media.GetHeight() / kPtPerMm;
    // A hundredth of a millimetre of slack for rounding in the page size.
    constexpr double kSlack = 0.01;
    if (r.x + r.width > width + kSlack || r.y + r.height > height + kSlack) {
      usage_error("--rect " + mm(r.x) + "," + mm(r.y) + "," + mm(r.width) + "," + mm(r.height) +
                  " is not inside page " + std::to_string(options.page) + ", which is " +
                  mm(width) + " × " + mm(height) + " mm (x + width at most " + mm(width) +
                  ", y + height at most " + mm(height) + ")");
    }
    rect = PdfRect(media.GetLeft() + r.x * kPtPerMm,
                   media.GetBottom() + media.GetHeight() - (r.y + r.height) * kPtPerMm,
                   r.width * kPtPerMm, r.height * kPtPerMm);
  }
  PdfObject* appearance = nullptr;
  if (options.seal) {
    appearance = seal_appearance(doc, rect.GetWidth(), rect.GetHeight(), *options.seal);
  }
  PdfObject* widget =
      pdf::add_signature_field(doc, options.page - 1, rect, options.field, appearance);
  tag_new_widget(doc, widget, options.page - 1);
  return {options.field, "Sig", widget, widget};
}

void draw_seal(PdfMemDocument& doc, const FormField& field, const SealImage& seal) {
  const PdfObject* rect_object = field.widget->GetIndirectKey("Rect");
  const PdfRect rect = rect_object != nullptr && rect_object->IsArray()
                           ? PdfRect(rect_object->GetArray())
                           : PdfRect(0, 0, 0, 0);
  PdfDictionary appearances;
  appearances.AddKey("N",
                     seal_appearance(doc, rect.GetWidth(), rect.GetHeight(), seal)->Reference());
  field.widget->GetDictionary().AddKey("AP", appearances);
}

}  // namespace

FormField prepare_target_field(PdfMemDocument& doc, const SignOptions& options) {
  std::optional<FormField> field = existing_field(doc, options);
  if (!field) return create_field(doc, options);
  if (options.seal) draw_seal(doc, *field, *options.seal);
  return *field;
}

}  // namespace gongwen::sign
