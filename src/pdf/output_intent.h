// The PDF/A output intent: the sRGB profile that gives DeviceRGB colours
// (text, rules, the seal) a defined meaning.
#pragma once

#include <string>

namespace PoDoFo {
class PdfMemDocument;
}

namespace gongwen::pdf {

// From the icc-profiles-free package (ICC v2, accepted by every PDF/A part).
inline constexpr const char* kSrgbProfilePath = "/usr/share/color/icc/sRGB.icc";

// Throws EnvironmentError when the profile cannot be read.
void add_output_intent(PoDoFo::PdfMemDocument& doc, const std::string& icc_path = kSrgbProfilePath);

}  // namespace gongwen::pdf
