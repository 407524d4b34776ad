#include "pdf/font_preparation.h"

#include <algorithm>
#include <set>

#include "pdf/font_source.h"
#include "pdf/font_subset.h"

namespace gongwen::pdf {
namespace {

std::set<std::uint32_t> glyphs_without_text(const FontUsage& usage) {
  std::set<std::uint32_t> out;
  for (std::uint32_t g : usage.glyphs) {
    if (!usage.text.count(g)) out.insert(g);
  }
  return out;
}

}  // namespace

FontPreparation::FontPreparation(const display::Document& doc, const std::vector<FontUsage>& usage,
                                 int threads, FontProgramCache* cache)
    : doc_(doc),
      usage_(usage),
      cache_(cache),
      prepared_(doc.fonts.size()),
      errors_(doc.fonts.size()) {
  for (std::size_t i = 0; i < doc.fonts.size(); ++i) {
    if (!usage[i].glyphs.empty()) order_.push_back(i);
  }
  std::stable_sort(order_.begin(), order_.end(), [&](std::size_t a, std::size_t b) {
    return usage[a].glyphs.size() > usage[b].glyphs.size();
  });
  const std::size_t workers = std::min<std::size_t>(std::max(threads, 1), order_.size());
  try {
    for (std::size_t t = 1; t < workers; ++t) {
      helpers_.emplace_back([this] { work(Until::kNothingLeft); });
    }
  } catch (...) {  // no thread to be had: those started finish the work
    for (std::thread& t : helpers_) t.join();
    throw;
  }
}

FontPreparation::~FontPreparation() {
  for (std::thread& t : helpers_) t.join();
}

std::vector<std::shared_ptr<const PreparedFont>> FontPreparation::fonts() {
  work(Until::kFontsPrepared);
  for (const std::exception_ptr& e : errors_) {
    if (e) std::rethrow_exception(e);
  }
  return prepared_;
}

// Takes the next font, else a shared compression, until `until`: the
// helpers stay while anything is left, the writer's own thread only until
// every font is read back (it then writes the pages while they compress).
void FontPreparation::work(Until until) {
  std::unique_lock<std::mutex> lock(mutex_);
  for (;;) {
    const auto fonts_done = [this] { return next_ == order_.size() && running_ == 0; };
    changed_.wait(lock, [&] { return next_ < order_.size() || !shared_.empty() || fonts_done(); });
    if (next_ < order_.size()) {
      const std::size_t font = order_[next_++];
      ++running_;
      lock.unlock();
      prepare(font);
      lock.lock();
      --running_;
      changed_.notify_all();
    } else if (until == Until::kFontsPrepared && fonts_done()) {
      return;
    } else if (!shared_.empty()) {
      const std::shared_ptr<SharedCompression> job = std::move(shared_.front());
      shared_.pop_front();
      lock.unlock();
      job->run();
      lock.lock();
    } else {
      return;
    }
  }
}

void FontPreparation::share(std::shared_ptr<SharedCompression> job) {
  const std::lock_guard<std::mutex> lock(mutex_);
  shared_.push_back(std::move(job));
  changed_.notify_one();
}

void FontPreparation::prepare(std::size_t i) {
  try {
    const display::Font& font = doc_.fonts[i];
    const FontUsage& usage = usage_[i];
    const std::set<std::uint32_t> without_text = glyphs_without_text(usage);
    auto make = [&] {
      FontSource source(font);
      PreparedFont out;
      out.program = subset_font(source, usage.glyphs, [&](const std::string& program) {
        out.program_flate = std::make_shared<SharedCompression>(program);
        share(out.program_flate);
      });
      out.cmap_text = source.characters_of(without_text);
      return out;
    };
    prepared_[i] = cache_ ? cache_->get(font, usage.glyphs, without_text, make)
                          : std::make_shared<const PreparedFont>(make());
  } catch (...) {
    errors_[i] = std::current_exception();
  }
}

}  // namespace gongwen::pdf
