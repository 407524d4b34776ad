#include "pdf/font_preparation.h"

#include <algorithm>
#include <atomic>
#include <condition_variable>
#include <deque>
#include <exception>
#include <functional>
#include <mutex>
#include <thread>

#include "pdf/font_source.h"
#include "pdf/font_subset.h"
#include "pdf/pdf_values.h"

namespace gongwen::pdf {
namespace {

// A font program's compression, handed by the thread that subset the font
// to the others. Whichever thread comes first runs it: an idle one, or the
// one that needs the result, which so never waits for a free thread (with
// one thread, it compresses as before).
class SharedCompression {
 public:
  explicit SharedCompression(std::string program) : program_(std::move(program)) {}

  // Compresses unless another thread does or did.
  void run() {
    if (claimed_.exchange(true)) return;
    try {
      compressed_ = flate(program_);
    } catch (...) {
      error_ = std::current_exception();
    }
    {
      const std::lock_guard<std::mutex> lock(mutex_);
      done_ = true;
    }
    finished_.notify_all();
  }

  // The compressed program, once compressed here or elsewhere.
  std::string take() {
    run();
    std::unique_lock<std::mutex> lock(mutex_);
    finished_.wait(lock, [this] { return done_; });
    if (error_) std::rethrow_exception(error_);
    return std::move(compressed_);
  }

 private:
  const std::string program_;
  std::atomic<bool> claimed_{false};
  std::mutex mutex_;
  std::condition_variable finished_;
  bool done_ = false;
  std::string compressed_;
  std::exception_ptr error_;
};

using Share = std::function<void(std::shared_ptr<SharedCompression>)>;

std::set<std::uint32_t> glyphs_without_text(const FontUsage& usage) {
  std::set<std::uint32_t> out;
  for (std::uint32_t g : usage.glyphs) {
    if (!usage.text.count(g)) out.insert(g);
  }
  return out;
}

PreparedFont prepare_font(const display::Font& font, const FontUsage& usage,
                          const std::set<std::uint32_t>& without_text, const Share& share) {
  FontSource source(font);
  std::shared_ptr<SharedCompression> compression;
  PreparedFont out{subset_font(source, usage.glyphs,
                               [&](const std::string& program) {
                                 compression = std::make_shared<SharedCompression>(program);
                                 share(compression);
                               }),
                   {}};
  out.cmap_text = source.characters_of(without_text);
  out.program.data_flate = compression ? compression->take() : flate(out.program.data);
  return out;
}

// The fonts to prepare, largest glyph sets first, and the compressions their
// preparation hands out; each thread takes what comes next.
class FontJobs {
 public:
  FontJobs(const display::Document& doc, const std::vector<FontUsage>& usage,
           FontProgramCache* cache)
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
  }

  // Works until every font is prepared and nothing is left to share.
  void work() {
    std::unique_lock<std::mutex> lock(mutex_);
    for (;;) {
      changed_.wait(lock,
                    [this] { return next_ < order_.size() || !shared_.empty() || running_ == 0; });
      if (next_ < order_.size()) {
        const std::size_t font = order_[next_++];
        ++running_;
        lock.unlock();
        prepare(font);
        lock.lock();
        --running_;
        changed_.notify_all();
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

  std::vector<std::shared_ptr<const PreparedFont>> result() {
    for (const std::exception_ptr& e : errors_) {
      if (e) std::rethrow_exception(e);
    }
    return std::move(prepared_);
  }

  std::size_t count() const { return order_.size(); }

 private:
  void prepare(std::size_t i) {
    try {
      const std::set<std::uint32_t> without_text = glyphs_without_text(usage_[i]);
      const Share share = [this](std::shared_ptr<SharedCompression> job) {
        const std::lock_guard<std::mutex> lock(mutex_);
        shared_.push_back(std::move(job));
        changed_.notify_one();
      };
      auto make = [&] { return prepare_font(doc_.fonts[i], usage_[i], without_text, share); };
      prepared_[i] = cache_ ? cache_->get(doc_.fonts[i], usage_[i].glyphs, without_text, make)
                            : std::make_shared<const PreparedFont>(make());
    } catch (...) {
      errors_[i] = std::current_exception();
    }
  }

  const display::Document& doc_;
  const std::vector<FontUsage>& usage_;
  FontProgramCache* cache_;
  std::vector<std::shared_ptr<const PreparedFont>> prepared_;
  std::vector<std::exception_ptr> errors_;
  std::vector<std::size_t> order_;

  std::mutex mutex_;
  std::condition_variable changed_;
  std::size_t next_ = 0;  // into order_
  int running_ = 0;       // fonts being prepared
  std::deque<std::shared_ptr<SharedCompression>> shared_;
};

}  // namespace

std::vector<std::shared_ptr<const PreparedFont>> prepare_fonts(const display::Document& doc,
                                                               const std::vector<FontUsage>& usage,
                                                               int threads,
                                                               FontProgramCache* cache) {
  FontJobs jobs(doc, usage, cache);
  std::vector<std::thread> helpers;
  const std::size_t workers = std::min<std::size_t>(std::max(threads, 1), jobs.count());
  for (std::size_t t = 1; t < workers; ++t) helpers.emplace_back([&jobs] { jobs.work(); });
  jobs.work();
  for (std::thread& t : helpers) t.join();
  return jobs.result();
}

}  // namespace gongwen::pdf
