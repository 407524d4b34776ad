#include "sign/modification_date.h"

#include <cstdlib>
#include <string>

#include "sign/xmp_dates.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

using namespace PoDoFo;

std::string stream_text(const PdfStream& stream) {
  char* data = nullptr;
  pdf_long len = 0;
  stream.GetFilteredCopy(&data, &len);
  std::string text(data, static_cast<std::size_t>(len));
  podofo_free(data);
  return text;
}

}  // namespace

void stamp_modification_date(PdfMemDocument& doc, const pdf::Timestamp& when) {
  doc.GetInfo()->SetCustomKey(PdfName("ModDate"), PdfString(pdf::pdf_date(when)));

  PdfObject* metadata = doc.GetCatalog()->GetIndirectKey("Metadata");
  if (metadata == nullptr || !metadata->HasStream()) return;
  std::string packet;
  try {
    packet = stream_text(*metadata->GetStream());
  } catch (const PdfError& e) {
    throw InputError(SourcePos{}, std::string("the document's XMP metadata cannot be read (") +
                                      PdfError::ErrorMessage(e.GetError()) +
                                      "), so its dates cannot follow the signature");
  }
  const auto updated = set_xmp_dates(packet, pdf::xmp_date(when));
  if (!updated) {
    throw InputError(SourcePos{},
                     "the document's XMP metadata has no rdf:RDF element, so its "
                     "dates cannot follow the signature; repair the metadata first");
  }
  // Uncompressed, as PDF/A-1 requires and PDF/A-2 readers expect.
  metadata->GetStream()->Set(updated->data(), static_cast<pdf_long>(updated->size()),
                             TVecFilters());
}

}  // namespace gongwen::sign
