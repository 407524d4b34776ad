// A font program's compression, handed by the thread that subset the font to
// whichever thread is free first: an idle writer thread, or the one that
// needs the bytes, which so never waits for a free thread (with one thread,
// it compresses when it gets there).
#pragma once

#include <atomic>
#include <condition_variable>
#include <exception>
#include <mutex>
#include <string>

namespace gongwen::pdf {

class SharedCompression {
 public:
  explicit SharedCompression(std::string program) : program_(std::move(program)) {}
  SharedCompression(const SharedCompression&) = delete;
  SharedCompression& operator=(const SharedCompression&) = delete;

  // Compresses (flate) unless another thread does or did.
  void run();

  // The compressed program, compressed here if no thread has started yet,
  // else once that thread is done. Rethrows its failure.
  const std::string& result();

 private:
  std::string program_;  // released once compressed
  std::atomic<bool> claimed_{false};
  std::mutex mutex_;
  std::condition_variable finished_;
  bool done_ = false;
  std::string compressed_;
  std::exception_ptr error_;
};

}  // namespace gongwen::pdf
