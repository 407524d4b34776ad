// Times a command the way a user runs it, without the harness's own cost:
// starts it RUNS times with posix_spawn, waits with wait4, and prints one
// line: the median wall time (ms), the mean CPU time, user + system (ms),
// and the largest peak RSS (KB). The command's output goes to /dev/null,
// its error output to ERRFILE; a failing run stops everything (exit 1).
//
// Usage: process_time RUNS ERRFILE COMMAND [ARGS...]
#include <spawn.h>
#include <sys/resource.h>
#include <sys/wait.h>

#include <fcntl.h>
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

extern char** environ;

namespace {

double ms(const timeval& t) {
  return t.tv_sec * 1e3 + t.tv_usec / 1e3;
}

}  // namespace

int main(int argc, char** argv) {
  if (argc < 4) {
    std::fprintf(stderr, "usage: process_time RUNS ERRFILE COMMAND [ARGS...]\n");
    return 2;
  }
  const int runs = std::atoi(argv[1]);
  const char* errfile = argv[2];
  if (runs < 1) {
    std::fprintf(stderr, "process_time: RUNS must be a whole number >= 1\n");
    return 2;
  }
  std::vector<double> walls;
  double cpu = 0;
  long peak_kb = 0;
  for (int i = 0; i < runs; ++i) {
    posix_spawn_file_actions_t files;
    posix_spawn_file_actions_init(&files);
    posix_spawn_file_actions_addopen(&files, 1, "/dev/null", O_WRONLY, 0);
    posix_spawn_file_actions_addopen(&files, 2, errfile, O_WRONLY | O_CREAT | O_TRUNC, 0644);
    const auto start = std::chrono::steady_clock::now();
    pid_t pid = 0;
    const int spawned = posix_spawn(&pid, argv[3], &files, nullptr, argv + 3, environ);
    posix_spawn_file_actions_destroy(&files);
    if (spawned != 0) {
      std::fprintf(stderr, "process_time: cannot start %s\n", argv[3]);
      return 1;
    }
    int status = 0;
    rusage usage{};
    if (wait4(pid, &status, 0, &usage) != pid) {
      std::perror("process_time: wait4");
      return 1;
    }
    const auto end = std::chrono::steady_clock::now();
    if (!WIFEXITED(status) || WEXITSTATUS(status) != 0) {
      std::fprintf(stderr, "process_time: %s failed (see %s)\n", argv[3], errfile);
      return 1;
    }
    walls.push_back(std::chrono::duration<double, std::milli>(end - start).count());
    cpu += ms(usage.ru_utime) + ms(usage.ru_stime);
    peak_kb = std::max(peak_kb, usage.ru_maxrss);
  }
  std::sort(walls.begin(), walls.end());
  const size_t n = walls.size();
  const double median = n % 2 ? walls[n / 2] : (walls[n / 2 - 1] + walls[n / 2]) / 2;
  std::printf("%.1f %.0f %ld\n", median, cpu / runs, peak_kb);
  return 0;
}
