#include "pdf/output_intent.h"

#include <fstream>
#include <iterator>

#include "pdf/pdf_values.h"
#include "util/error.h"

namespace gongwen::pdf {

using namespace PoDoFo;

void add_output_intent(PdfMemDocument& doc, const std::string& icc_path) {
  std::ifstream in(icc_path, std::ios::binary);
  const std::string icc((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (icc.size() < 128) {
    throw EnvironmentError("cannot read the sRGB colour profile " + icc_path +
                           " that PDF/A output needs (install the Debian package "
                           "icc-profiles-free)");
  }
  PdfObject* profile = stream_object(doc.GetObjects(), icc);
  profile->GetDictionary().AddKey("N", integer(3));

  PdfDictionary intent;
  intent.AddKey("Type", PdfName("OutputIntent"));
  intent.AddKey("S", PdfName("GTS_PDFA1"));
  intent.AddKey("OutputConditionIdentifier", PdfString("sRGB IEC61966-2.1"));
  intent.AddKey("Info", PdfString("sRGB IEC61966-2.1"));
  intent.AddKey("RegistryName", PdfString("http://www.color.org"));
  intent.AddKey("DestOutputProfile", profile->Reference());
  PdfArray intents;
  intents.push_back(intent);
  doc.GetCatalog()->GetDictionary().AddKey("OutputIntents", intents);
}

}  // namespace gongwen::pdf
