#include "cli/batch.h"

#include <fmt/core.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <deque>
#include <filesystem>
#include <map>
#include <mutex>
#include <thread>

#include "cli/atomic_file.h"
#include "util/error.h"

namespace gongwen::cli {
namespace {

namespace fs = std::filesystem;
using Clock = std::chrono::steady_clock;

double ms_since(Clock::time_point start) {
  return std::chrono::duration<double, std::milli>(Clock::now() - start).count();
}

bool is_yaml(const fs::path& path) {
  const std::string ext = path.extension().string();
  return ext == ".yaml" || ext == ".yml";
}

std::string size_text(std::size_t bytes) {
  return bytes >= 1024 * 1024 ? fmt::format("{:.1f} MB", bytes / (1024.0 * 1024.0))
                              : fmt::format("{} KB", (bytes + 1023) / 1024);
}

struct Outcome {
  std::size_t index = 0;  // into the inputs
  RenderResult result;
  std::string messages;
  double ms = 0;  // render and write
};

}  // namespace

std::vector<std::string> batch_inputs(const std::vector<std::string>& arguments) {
  std::vector<std::string> files;
  for (const std::string& argument : arguments) {
    std::error_code error;
    if (!fs::is_directory(argument, error)) {
      files.push_back(argument);  // a missing file is that report's failure
      continue;
    }
    std::vector<std::string> found;
    for (const fs::directory_entry& entry : fs::directory_iterator(argument, error)) {
      if (entry.is_regular_file(error) && is_yaml(entry.path())) {
        found.push_back(entry.path().string());
      }
    }
    if (error)
      throw EnvironmentError("cannot read the directory " + argument + ": " + error.message());
    if (found.empty()) throw EnvironmentError("the directory " + argument + " has no .yaml files");
    std::sort(found.begin(), found.end());
    files.insert(files.end(), found.begin(), found.end());
  }
  return files;
}

std::string format_timings(const util::StageTimes& times, double output_ms, double wall_ms,
                           int reports, int write_threads) {
  using util::Stage;
  const double layout = times[Stage::kLayout] - times[Stage::kTables];
  const double write = times[Stage::kWrite] - times[Stage::kSubset];
  const double per = reports > 1 ? 1.0 / reports : 1.0;
  std::string out = reports > 1
                        ? fmt::format("gongwen: timings (ms per report, mean of {}):\n", reports)
                        : std::string("gongwen: timings (ms):\n");
  auto line = [&](const char* name, double ms, const std::string& what) {
    out += fmt::format("  {:<8}{:>9.2f}  {}\n", name, ms * per, what);
  };
  // The font table is built once, whatever the number of reports.
  line("fonts", times[Stage::kFonts] / per,
       reports > 1 ? "font table: fontconfig, faces (once for the whole batch)"
                   : "font table: fontconfig, faces (alongside load)");
  line("load", times[Stage::kLoad], "YAML to document (template, values)");
  line("check", times[Stage::kCheck], "the report's checks");
  line("layout", layout, "shaping, line breaking, pages (tables apart)");
  line("tables", times[Stage::kTables], "table layout");
  line("subset", times[Stage::kSubset],
       fmt::format("font subsetting, programs read back ({} thread{})", write_threads,
                   write_threads == 1 ? "" : "s"));
  line("write", write, "PDF objects, content streams, font compression left, file bytes, /ID");
  line("output", output_ms, "file written atomically and flushed");
  out += fmt::format("  {:<8}{:>9.2f}  {}\n", "total", wall_ms,
                     reports > 1 ? "wall clock of the whole batch" : "wall clock in gongwen");
  return out;
}

int render_batch(const BatchOptions& options, std::FILE* progress, std::FILE* messages) {
  const Clock::time_point start = Clock::now();
  const std::vector<std::string> inputs = batch_inputs(options.inputs);
  std::vector<std::string> outputs;
  std::map<std::string, std::string> claimed;  // output → input
  for (const std::string& input : inputs) {
    outputs.push_back(output_path(input, options.out_dir));
    const fs::path key = fs::weakly_canonical(outputs.back());
    auto [it, fresh] = claimed.emplace(key.string(), input);
    if (!fresh) {
      throw EnvironmentError(
          fmt::format("{} and {} would both be written to {}; render them into "
                      "different directories",
                      it->second, input, outputs.back()));
    }
  }
  if (!options.out_dir.empty()) {
    std::error_code error;
    fs::create_directories(options.out_dir, error);
    if (error || !fs::is_directory(options.out_dir)) {
      throw EnvironmentError("cannot create the output directory " + options.out_dir + ": " +
                             (error ? error.message() : "a file is in the way"));
    }
  }

  Resources resources;
  resources.fonts();  // every report needs it: fail once, before the first
  const int cores = static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  const int jobs = std::max(
      1, std::min<int>(options.jobs > 0 ? options.jobs : cores, static_cast<int>(inputs.size())));
  // Reports fill the cores; a lone thread also subsets a report's fonts in parallel.
  const int write_threads = jobs == 1 ? cores : 1;

  // Workers render; one writer thread writes each PDF (atomically, flushed to
  // disk) and prints its line, so no core waits for the disk. The queue
  // between them is short: a few finished PDFs in memory at most.
  std::mutex mutex;
  std::condition_variable changed;
  std::deque<Outcome> finished;
  const std::size_t queue_limit = 2 * static_cast<std::size_t>(jobs);
  std::size_t rendering_done = 0;
  std::atomic<std::size_t> next{0};

  auto work = [&] {
    for (std::size_t i; (i = next.fetch_add(1)) < inputs.size();) {
      Outcome outcome;
      outcome.index = i;
      RenderJob job;
      job.input = inputs[i];
      job.output = outputs[i];
      job.draft = options.draft;
      job.seal = options.seal;
      job.write_threads = write_threads;
      job.write_output = false;
      job.message = [&outcome](const std::string& text) { outcome.messages += text; };
      const Clock::time_point began = Clock::now();
      outcome.result = render(resources, job);
      outcome.ms = ms_since(began);
      std::unique_lock<std::mutex> lock(mutex);
      changed.wait(lock, [&] { return finished.size() < queue_limit; });
      finished.push_back(std::move(outcome));
      changed.notify_all();
    }
    const std::lock_guard<std::mutex> lock(mutex);
    ++rendering_done;
    changed.notify_all();
  };

  std::size_t done = 0;
  int written = 0, input_errors = 0, environment_errors = 0;
  std::vector<std::string> failed;
  util::StageTimes times;
  double output_ms = 0;
  const int width = static_cast<int>(std::to_string(inputs.size()).size());
  auto write = [&] {
    for (;;) {
      Outcome outcome;
      {
        std::unique_lock<std::mutex> lock(mutex);
        changed.wait(lock, [&] {
          return !finished.empty() || rendering_done == static_cast<std::size_t>(jobs);
        });
        if (finished.empty()) return;
        outcome = std::move(finished.front());
        finished.pop_front();
        changed.notify_all();
      }
      RenderResult& r = outcome.result;
      const std::size_t i = outcome.index;
      if (r.exit_code == 0) {
        const Clock::time_point began = Clock::now();
        try {
          write_file_atomically(r.output, r.pdf);
        } catch (const EnvironmentError& e) {
          outcome.messages += fmt::format("gongwen: error: {}\n", e.what());
          r.exit_code = 2;
        }
        r.output_ms = ms_since(began);
        outcome.ms += r.output_ms;
        r.pdf.clear();
      }
      ++done;
      if (!outcome.messages.empty()) {
        std::fputs(outcome.messages.c_str(), messages);
        std::fflush(messages);
      }
      if (r.exit_code == 0) {
        ++written;
        fmt::print(progress, "[{:>{}}/{}] ok     {} → {} ({} page{}, {}, {:.0f} ms)\n", done, width,
                   inputs.size(), inputs[i], r.output, r.pages, r.pages == 1 ? "" : "s",
                   size_text(r.bytes), outcome.ms);
      } else {
        (r.exit_code == 1 ? input_errors : environment_errors) += 1;
        failed.push_back(inputs[i]);
        fmt::print(progress, "[{:>{}}/{}] FAILED {} ({}; see the message above)\n", done, width,
                   inputs.size(), inputs[i],
                   r.exit_code == 1 ? "the input is wrong" : "environment");
      }
      std::fflush(progress);
      times += r.times;
      output_ms += r.output_ms;
    }
  };

  std::thread writer(write);
  std::vector<std::thread> threads;
  for (int t = 1; t < jobs; ++t) threads.emplace_back(work);
  work();
  for (std::thread& t : threads) t.join();
  writer.join();

  const double wall = ms_since(start);
  std::string summary = fmt::format(
      "{} report{}: {} written, {} failed, in {:.2f} s with {} job{} ({:.1f} reports/s)\n",
      inputs.size(), inputs.size() == 1 ? "" : "s", written, failed.size(), wall / 1000.0, jobs,
      jobs == 1 ? "" : "s", inputs.size() / (wall / 1000.0));
  if (!failed.empty()) {
    std::sort(failed.begin(), failed.end());
    summary += "failed:";
    for (const std::string& f : failed) summary += " " + f;
    summary += "\n";
  }
  fmt::print(progress, "{}", summary);
  std::fflush(progress);
  if (options.timings) {
    times[util::Stage::kFonts] = resources.fonts_ms();
    fmt::print(
        messages, "{}",
        format_timings(times, output_ms, wall, static_cast<int>(inputs.size()), write_threads));
  }
  return environment_errors > 0 ? 2 : input_errors > 0 ? 1 : 0;
}

}  // namespace gongwen::cli
