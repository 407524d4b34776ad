#include "pdf/shared_compression.h"

#include "pdf/pdf_values.h"

namespace gongwen::pdf {

void SharedCompression::run() {
  if (claimed_.exchange(true)) return;
  try {
    compressed_ = flate(program_);
  } catch (...) {
    error_ = std::current_exception();
  }
  std::string().swap(program_);
  {
    const std::lock_guard<std::mutex> lock(mutex_);
    done_ = true;
  }
  finished_.notify_all();
}

const std::string& SharedCompression::result() {
  run();
  std::unique_lock<std::mutex> lock(mutex_);
  finished_.wait(lock, [this] { return done_; });
  if (error_) std::rethrow_exception(error_);
  return compressed_;
}

}  // namespace gongwen::pdf
