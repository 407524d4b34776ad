// Signs a PDF as an incremental update: the original bytes stay untouched
// (so earlier signatures stay valid) and the update adds the signature
// dictionary, the field's appearance, and the new modification date.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "pdf/metadata.h"
#include "sign/seal_image.h"
#include "sign/signer.h"

namespace gongwen::sign {

// The default field: the first seal place render reserves.
inline constexpr const char* kDefaultField = "Seal1";

// Where a new visible field goes, in millimetres from the page's top-left
// corner (the way positions on paper are measured).
struct FieldRect {
  double x = 0, y = 0, width = 0, height = 0;
};

struct SignOptions {
  const Signer* signer = nullptr;
  // The field to sign. When the document has it, it must be an unsigned
  // signature field; otherwise it is created on `page` (1-based) at `rect`,
  // or invisible without a rect.
  std::string field = kDefaultField;
  std::optional<FieldRect> rect;
  int page = 1;
  std::string reason;             // /Reason, UTF-8, optional
  std::string location;           // /Location, UTF-8, optional
  pdf::Timestamp time;            // claimed signing time (/M) and modification date
  std::optional<SealImage> seal;  // drawn in the field; needs a visible field
};

// Returns the signed file. Throws InputError when the PDF cannot be read or
// is encrypted, the field is not a signature field, is already signed, or
// the placement is impossible (page missing, seal on an invisible field).
std::string sign_pdf(std::string_view pdf, const SignOptions& options);

}  // namespace gongwen::sign
