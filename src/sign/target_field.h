// The field a signature goes into: the named field when the document has
// it, checked to be an unsigned signature field with a widget; otherwise a
// new field, visible at the requested place or invisible. The seal picture,
// when given, becomes the widget's appearance.
#pragma once

#include <podofo/podofo.h>

#include "sign/form_fields.h"
#include "sign/sign_pdf.h"

namespace gongwen::sign {

// Throws InputError for a field that is not a signature field, is already
// signed or has no widget, a --rect for a field that already has its place,
// a page that does not exist, and a seal on an invisible field.
FormField prepare_target_field(PoDoFo::PdfMemDocument& doc, const SignOptions& options);

}  // namespace gongwen::sign
