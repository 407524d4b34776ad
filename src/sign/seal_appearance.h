// The visible face of a signature: a form XObject the size of the widget
// that draws the seal picture, scaled to fit and centred, blended like ink
// so that the text under it stays readable. Only embedded
// resources are used (an image and its soft mask, no fonts), so the signed
// file stays PDF/A.
#pragma once

#include <podofo/podofo.h>

#include "sign/seal_image.h"

namespace gongwen::sign {

// Creates the image XObjects and the form XObject in `doc`; returns the
// form, to be put under the widget's /AP /N.
PoDoFo::PdfObject* make_seal_appearance(PoDoFo::PdfMemDocument& doc, double width, double height,
                                        const SealImage& seal);

}  // namespace gongwen::sign
