// `gongwen render A.yaml B.yaml DIR/ … --out-dir OUT -j N`: many reports in
// one process. The font table and styles are built once and shared; reports
// are rendered on N threads; each report's failure is reported on its own
// and the others go on.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "cli/pipeline.h"

namespace gongwen::cli {

struct BatchOptions {
  std::vector<std::string> inputs;  // files, and directories whose *.yaml / *.yml to render
  std::string out_dir;              // empty: each PDF beside its input
  int jobs = 0;                     // threads; 0 = one per core
  bool draft = false;
  std::string seal;
  bool timings = false;
};

// The files a batch renders: directories expanded to their YAML files
// (sorted, not recursive), files as given. Throws EnvironmentError for a
// directory without YAML files.
std::vector<std::string> batch_inputs(const std::vector<std::string>& arguments);

// Prints one progress line per report to `progress` as it finishes, each
// report's messages to `messages`, then a summary. Returns 0 when every
// report was written, 2 when any failed for an environment reason (missing
// file, unwritable output, fonts), else 1 when any input was wrong.
int render_batch(const BatchOptions& options, std::FILE* progress = stdout,
                 std::FILE* messages = stderr);

// The --timings table: `times` summed over `reports` renders; `wall_ms` the
// whole run.
std::string format_timings(const util::StageTimes& times, double output_ms, double wall_ms,
                           int reports, int write_threads);

}  // namespace gongwen::cli
