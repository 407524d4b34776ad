#include "cli/atomic_file.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>
#include <filesystem>
#include <vector>

#include "util/error.h"

namespace gongwen::cli {
namespace {

std::string reason() {
  return std::strerror(errno);
}

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
  const int fd = mkstemp(name.data());
  if (fd < 0) throw EnvironmentError("cannot write " + path + ": " + reason());
  const std::string temp(name.data());

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
