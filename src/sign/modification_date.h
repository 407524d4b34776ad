// The document's modification date, written in the two places PDF/A wants
// to agree: the Info dictionary's /ModDate and the XMP packet's
// xmp:ModifyDate (with xmp:MetadataDate, as the packet changes too).
#pragma once

#include <podofo/podofo.h>

#include "pdf/metadata.h"

namespace gongwen::sign {

// Throws InputError when the document has an XMP packet that cannot be read
// or has no rdf:RDF element to hold the dates.
void stamp_modification_date(PoDoFo::PdfMemDocument& doc, const pdf::Timestamp& when);

}  // namespace gongwen::sign
