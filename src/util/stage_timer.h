// Wall-clock time per stage of a render, for `gongwen render --timings`.
// The command line points a thread's sink at the StageTimes of the report it
// renders; code marks its stages with a StageTimer. Without a sink a timer
// costs one thread-local read, so the marks stay in release builds.
#pragma once

#include <array>
#include <chrono>
#include <cstddef>

namespace gongwen::util {

enum class Stage : std::size_t {
  kFonts,   // font table: fontconfig lookups, faces opened
  kLoad,    // YAML → document (template, values)
  kCheck,   // the report's consistency checks
  kLayout,  // the whole layout, tables included
  kTables,  // table layout (widths, rows, page breaks)
  kWrite,   // the whole PDF writer, subsetting included
  kSubset,  // font subsetting, programs read back (compression may go on after)
  kCount
};

struct StageTimes {
  std::array<double, static_cast<std::size_t>(Stage::kCount)> ms{};
  double& operator[](Stage s) { return ms[static_cast<std::size_t>(s)]; }
  double operator[](Stage s) const { return ms[static_cast<std::size_t>(s)]; }
  StageTimes& operator+=(const StageTimes& other) {
    for (std::size_t i = 0; i < ms.size(); ++i) ms[i] += other.ms[i];
    return *this;
  }
};

inline thread_local StageTimes* stage_sink = nullptr;

// Adds the time from its construction to its destruction to `stage` of the
// thread's sink, if it has one.
class StageTimer {
 public:
  explicit StageTimer(Stage stage) : stage_(stage), sink_(stage_sink) {
    if (sink_) start_ = std::chrono::steady_clock::now();
  }
  ~StageTimer() {
    if (sink_) {
      (*sink_)[stage_] +=
          std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start_)
              .count();
    }
  }
  StageTimer(const StageTimer&) = delete;
  StageTimer& operator=(const StageTimer&) = delete;

 private:
  Stage stage_;
  StageTimes* sink_;
  std::chrono::steady_clock::time_point start_;
};

// Points this thread's sink at `times` for the scope's lifetime.
class StageSinkScope {
 public:
  explicit StageSinkScope(StageTimes* times) : previous_(stage_sink) { stage_sink = times; }
  ~StageSinkScope() { stage_sink = previous_; }
  StageSinkScope(const StageSinkScope&) = delete;
  StageSinkScope& operator=(const StageSinkScope&) = delete;

 private:
  StageTimes* previous_;
};

}  // namespace gongwen::util
