#include "cli/atomic_file.h"

#include <fcntl.h>
#include <limits.h>
#include <sys/stat.h>
#include <unistd.h>

#include <atomic>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <filesystem>
#include <mutex>
#include <vector>

#include "util/error.h"

namespace gongwen::cli {
namespace {

std::string reason() {
  return std::strerror(errno);
}

// The temporary files being written, so that a run stopped by a signal
// (Ctrl-C, kill, a file size limit) leaves none behind. Fixed slots: the
// handler may only read plain memory and call unlink.
constexpr int kSlots = 64;  // more than the files a batch writes at once
struct PendingFile {
  std::atomic<bool> claimed{false};
  std::atomic<bool> ready{false};
  char path[PATH_MAX];
};
PendingFile pending[kSlots];

extern "C" void remove_pending_and_die(int signal) {
  for (PendingFile& file : pending)
    if (file.ready.load()) ::unlink(file.path);
  std::signal(signal, SIG_DFL);
  std::raise(signal);
}

void install_signal_handlers() {
  static std::once_flag once;
  std::call_once(once, [] {
    for (int signal : {SIGINT, SIGTERM, SIGHUP, SIGQUIT}) {
      struct sigaction action = {};
      action.sa_handler = remove_pending_and_die;
      sigemptyset(&action.sa_mask);
      struct sigaction previous = {};
      // A signal the caller ignores (nohup, a batch system) stays ignored.
      if (::sigaction(signal, nullptr, &previous) == 0 && previous.sa_handler == SIG_IGN) continue;
      ::sigaction(signal, &action, nullptr);
    }
    // Past a file size limit, write() then fails with EFBIG and the usual
    // error path cleans up, instead of the process dying mid-file.
    std::signal(SIGXFSZ, SIG_IGN);
  });
}

// Registers `temp` while it exists; unregisters on destruction.
class PendingGuard {
 public:
  explicit PendingGuard(const std::string& temp) {
    if (temp.size() >= PATH_MAX) return;
    for (PendingFile& file : pending) {
      bool expected = false;
      if (!file.claimed.compare_exchange_strong(expected, true)) continue;
      std::memcpy(file.path, temp.c_str(), temp.size() + 1);
      file.ready.store(true);
      slot_ = &file;
      return;
    }
  }
  ~PendingGuard() {
    if (!slot_) return;
    slot_->ready.store(false);
    slot_->claimed.store(false);
  }
  PendingGuard(const PendingGuard&) = delete;
  PendingGuard& operator=(const PendingGuard&) = delete;

 private:
  PendingFile* slot_ = nullptr;
};

}  // namespace

void write_file_atomically(const std::string& path, std::string_view bytes) {
  namespace fs = std::filesystem;
  const fs::path target(path);
  if (fs::is_directory(target)) {
    throw EnvironmentError("cannot write " + path + ": it is a directory");
  }
  const fs::path dir = target.has_parent_path() ? target.parent_path() : fs::path(".");
  std::string pattern = (dir / ("." + target.filename().string() + ".XXXXXX")).string();
  std::vector<char> name(pattern.begin(), pattern.end());
  name.push_back('\0');
  install_signal_handlers();
  const int fd = mkstemp(name.data());
  if (fd < 0) throw EnvironmentError("cannot write " + path + ": " + reason());
  const std::string temp(name.data());
  const PendingGuard guard(temp);

  auto fail = [&](const std::string& why) {
    ::close(fd);
    ::unlink(temp.c_str());
    throw EnvironmentError("cannot write " + path + ": " + why);
  };
  size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0) {
      if (errno == EINTR) continue;
      fail(reason());
    }
    written += static_cast<size_t>(n);
  }
  if (::fchmod(fd, 0644) != 0 || ::fsync(fd) != 0) fail(reason());
  if (::close(fd) != 0) {
    ::unlink(temp.c_str());
    throw EnvironmentError("cannot write " + path + ": " + reason());
  }
  if (::rename(temp.c_str(), path.c_str()) != 0) {
    const std::string why = reason();
    ::unlink(temp.c_str());
    throw EnvironmentError("cannot write " + path + ": " + why);
  }
}

}  // namespace gongwen::cli
