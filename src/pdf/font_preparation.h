// The fonts of a display list made ready for their PDF objects, on the
// writer's threads: each used font subset, its program read back (codes,
// widths, metrics) and compressed. Subsetting and compression are most of
// the writer's time, and fonts are independent of one another.
#pragma once

#include <condition_variable>
#include <cstddef>
#include <deque>
#include <exception>
#include <memory>
#include <mutex>
#include <thread>
#include <vector>

#include "display/display_list.h"
#include "pdf/font_cache.h"
#include "pdf/glyph_usage.h"
#include "pdf/shared_compression.h"

namespace gongwen::pdf {

// Starts the work on construction, on up to `threads` threads counting the
// caller's, through `cache` when given; the largest glyph sets go first.
// The thread that subsets a font hands its compression to the others while
// it reads the program back, and compressions may go on after fonts()
// returns, alongside the rest of the writing: PreparedFont::program_flate
// gives each result when it is ready. The destructor waits for the threads.
class FontPreparation {
 public:
  FontPreparation(const display::Document& doc, const std::vector<FontUsage>& usage, int threads,
                  FontProgramCache* cache);
  ~FontPreparation();
  FontPreparation(const FontPreparation&) = delete;
  FontPreparation& operator=(const FontPreparation&) = delete;

  // One entry per font of the document (null for a font no glyph uses),
  // once every font is subset and read back; the calling thread works on
  // them meanwhile. Failures are rethrown as a sequential run would: the
  // first font's first.
  std::vector<std::shared_ptr<const PreparedFont>> fonts();

 private:
  enum class Until { kFontsPrepared, kNothingLeft };
  void work(Until until);
  void prepare(std::size_t font);
  void share(std::shared_ptr<SharedCompression> job);

  const display::Document& doc_;
  const std::vector<FontUsage>& usage_;
  FontProgramCache* cache_;
  std::vector<std::shared_ptr<const PreparedFont>> prepared_;
  std::vector<std::exception_ptr> errors_;
  std::vector<std::size_t> order_;  // fonts with glyphs, largest glyph sets first

  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_ = 0;  // into order_
  int running_ = 0;       // fonts being prepared
  std::deque<std::shared_ptr<SharedCompression>> shared_;
  std::vector<std::thread> helpers_;
};

}  // namespace gongwen::pdf
