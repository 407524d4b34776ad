// The trailer /ID. PoDoFo derives it from the Info dictionary only, so two
// different documents with the same metadata would share it; we overwrite
// it in place with a digest of the whole file (same length, so the xref
// offsets stay valid).
#pragma once

#include <string>

namespace gongwen::pdf {

// Replaces both hex strings of the last "/ID [<...> <...>]" with the first
// bytes of SHA-256 over the file with those strings zeroed. Returns false
// when the file has no /ID.
bool patch_document_id(std::string& pdf);

}  // namespace gongwen::pdf
