// Arbitrary bytes as a YAML document: the loader, the report expansion and the
// checks must either succeed or throw InputError (a plain-words message at a
// position in the input). Anything else — a crash, a sanitizer report, an
// EnvironmentError (the installed templates are fine) or another exception —
// is a bug.
#include <cstdint>
#include <cstdlib>
#include <string>

#include "model/report/check.h"
#include "model/load.h"
#include "model/report/report.h"
#include "util/error.h"

namespace {

std::string templates_dir() {
  const char* home = std::getenv("GONGWEN_HOME");
  return std::string(home && *home ? home : GONGWEN_SOURCE_DIR) + "/styles";
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const std::string templates = templates_dir();
  const std::string text(reinterpret_cast<const char*>(data), size);
  try {
    const gongwen::model::LoadedDocument loaded =
        gongwen::model::load_with_report_from_string(text, "fuzz.yaml", templates);
    if (loaded.report) {
      for (const auto& d : gongwen::model::check(*loaded.report)) {
        if (gongwen::model::format_diagnostic(d).empty()) std::abort();
      }
    }
  } catch (const gongwen::InputError& e) {
    // A wrong input is named with the input's name.
    if (std::string(e.what()).rfind("fuzz.yaml", 0) != 0) std::abort();
  }
  return 0;
}
