// The fonts of a display list made ready for their PDF objects, on the
// writer's threads: each used font subset, its program read back (codes,
// widths, metrics) and compressed. Subsetting and compression are most of
// the writer's time, and fonts are independent of one another.
#pragma once

#include <memory>
#include <vector>

#include "display/display_list.h"
#include "pdf/font_cache.h"
#include "pdf/glyph_usage.h"

namespace gongwen::pdf {

// One entry per font of `doc` (null for a font no glyph uses), on up to
// `threads` threads, through `cache` when given. The largest glyph sets start
// first; a font's compression is handed to any idle thread while the thread
// that subset it reads the program back. Failures are rethrown as a
// sequential run would: the first font's first.
std::vector<std::shared_ptr<const PreparedFont>> prepare_fonts(const display::Document& doc,
                                                               const std::vector<FontUsage>& usage,
                                                               int threads,
                                                               FontProgramCache* cache);

}  // namespace gongwen::pdf
