#include "cli/cli.h"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <filesystem>
#include <functional>
#include <iostream>
#include <thread>

#include "cli/atomic_file.h"
#include "cli/batch.h"
#include "cli/paths.h"
#include "cli/pipeline.h"
#include "display/dump.h"
#include "model/report/scaffold.h"
#include "sign/sign_command.h"
#include "util/error.h"

namespace gongwen::cli {
namespace {

constexpr int kOk = 0;
constexpr int kInputError = 1;
constexpr int kEnvironmentError = 2;

// A file, time or place option given as "" would silently mean the option's
// default (the input's name for -o, an invisible field for --rect, now for
// --time): a usage error instead, usually a shell variable left unset.
const CLI::Validator kNotEmpty(
    [](const std::string& value) {
      return value.empty() ? std::string("an empty value; give one, or leave the option out")
                           : std::string();
    },
    "", "not empty");

// A file, time or place option, refusing "" (kNotEmpty).
CLI::Option* value_option(CLI::App* app, const std::string& name, std::string& value,
                          const std::string& help) {
  return app->add_option(name, value, help)->check(kNotEmpty);
}

// Runs one command, turning the two kinds of failure into their exit codes
// with a one-line message each. The command returns its own exit code.
int guarded(const std::function<int()>& command) {
  try {
    return command();
  } catch (const InputError& e) {
    fmt::print(stderr, "gongwen: error: {}\n", e.what());
    return kInputError;
  } catch (const EnvironmentError& e) {
    fmt::print(stderr, "gongwen: error: {}\n", e.what());
    return kEnvironmentError;
  } catch (const std::exception& e) {
    fmt::print(stderr, "gongwen: internal error: {}\n", e.what());
    return kEnvironmentError;
  }
}

// Prints diagnostics to stderr; returns the number of errors.
int report(const std::vector<model::Diagnostic>& diagnostics) {
  int errors = 0;
  for (const model::Diagnostic& d : diagnostics) {
    fmt::print(stderr, "{}\n", model::format_diagnostic(d));
    errors += d.severity == model::Diagnostic::Severity::kError;
  }
  return errors;
}

// `gongwen render`: one input as it always was, several (or a directory) as
// a batch.
int render_command(const std::vector<std::string>& inputs, const std::string& output,
                   const std::string& out_dir, int jobs, bool draft, const std::string& seal,
                   bool timings) {
  const auto start = std::chrono::steady_clock::now();
  const bool batch = inputs.size() > 1 || std::filesystem::is_directory(inputs.front());
  if (!output.empty() && (batch || !out_dir.empty())) {
    throw EnvironmentError(batch ? "-o names one output file; for several inputs use --out-dir DIR"
                                 : "give either -o or --out-dir, not both");
  }
  if (batch) {
    BatchOptions options{inputs, out_dir, jobs, draft, seal, timings};
    return render_batch(options);
  }
  if (!out_dir.empty()) {
    std::error_code error;
    std::filesystem::create_directories(out_dir, error);
  }
  Resources resources;
  RenderJob job;
  job.input = inputs.front();
  job.output = out_dir.empty() ? output : output_path(job.input, out_dir);
  job.draft = draft;
  job.seal = seal;
  job.write_threads =
      jobs > 0 ? jobs : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
  job.fonts_alongside_load = true;
  job.message = [](const std::string& text) { std::fputs(text.c_str(), stderr); };
  const RenderResult result = render(resources, job);
  if (timings) {
    const double wall =
        std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
    std::fputs(format_timings(result.times, result.output_ms, wall, 1, job.write_threads).c_str(),
               stderr);
  }
  return result.exit_code;
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"gongwen — Chinese official documents (GB/T 9704-2012) from YAML to PDF/A"};
  app.set_version_flag("--version", std::string("gongwen ") + GONGWEN_VERSION);
  app.require_subcommand(1);

  std::string input;
  std::vector<std::string> inputs;
  std::string output;
  std::string out_dir;
  std::string seal;
  bool draft = false;
  bool timings = false;
  int jobs = 0;
  int edition = 2021;

  CLI::App* render = app.add_subcommand("render", "Render documents to PDF");
  render
      ->add_option("input", inputs,
                   "Document (YAML); several, or directories of them, render as a batch")
      ->required();
  value_option(render, "-o,--output", output, "Output PDF (default: the input's name with .pdf)");
  value_option(render, "--out-dir", out_dir,
               "Write each PDF into this directory (made if missing), named after its input");
  render
      ->add_option("-j,--jobs", jobs,
                   "Threads: reports rendered at once in a batch, font subsetting of a single "
                   "report (default: one per core)")
      ->check(CLI::Range(1, 1024));
  render->add_flag("--timings", timings,
                   "Print the time each stage took (load, check, layout, tables, subset, write) "
                   "to stderr");
  render->add_flag("--draft", draft,
                   "Render even when the report's checks fail, marking every page 草稿");
  render
      ->add_option("--seal", seal,
                   "Draw this seal picture (PNG) at the seal's place, without a signature "
                   "(printed copies)")
      ->check(CLI::ExistingFile);

  CLI::App* check = app.add_subcommand("check", "Check a document without rendering it");
  check->add_option("input", input, "Document (YAML)")->required();

  CLI::App* dump = app.add_subcommand("dump", "Print the display list (the layout, as text)");
  dump->add_option("input", input, "Document (YAML)")->required();

  CLI::App* measure_cmd = app.add_subcommand(
      "measure", "Lay the document out and measure it against the GB/T 9704 grid rules");
  measure_cmd->add_option("input", input, "Document (YAML)")->required();

  CLI::App* fonts = app.add_subcommand(
      "fonts", "Show which font file serves each role (and, with a document, that it is covered)");
  fonts->add_option("input", input, "Document (YAML) whose characters to check");

  CLI::App* scaffold = app.add_subcommand(
      "new", "Print a complete annual-report skeleton (all labels, zeros) to fill in");
  scaffold->add_option("--edition", edition, "Template edition: 2019 or 2021")
      ->check(CLI::IsMember({2019, 2021}));
  value_option(scaffold, "-o,--output", output, "Write to this file instead of the terminal");

  sign::SignCommandOptions signing;
  CLI::App* sign_cmd = app.add_subcommand(
      "sign", "Sign a rendered PDF (PAdES B-B), with the seal where render reserved it");
  sign_cmd->add_option("input", signing.input, "Rendered PDF")->required();
  value_option(sign_cmd, "-o,--output", output, "Signed PDF")->required();
  value_option(sign_cmd, "--p12", signing.p12, "PKCS#12 file with the key and certificate chain")
      ->required();
  value_option(sign_cmd, "--password-file", signing.password_file,
               "File whose first line is the PKCS#12 password");
  value_option(sign_cmd, "--seal", signing.seal, "Seal picture (PNG with transparency)");
  sign_cmd->add_option("--reason", signing.reason, "Reason for signing");
  sign_cmd->add_option("--location", signing.location, "Where it was signed");
  value_option(sign_cmd, "--time", signing.time, "Claimed signing time, ISO 8601 (default: now)");
  value_option(sign_cmd, "--field", signing.field, "Signature field to fill (default: Seal1)");
  value_option(sign_cmd, "--rect", signing.rect,
               "x,y,w,h in mm from the page's top-left, for a new visible field");
  sign_cmd->add_option("--page", signing.page, "Page of a new field placed with --rect (1-based)")
      ->check(CLI::PositiveNumber);
  sign_cmd->add_flag("--strict", signing.strict, "Certificate problems are errors");

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kOk : kEnvironmentError;
  }

  if (render->parsed()) {
    return guarded(
        [&] { return render_command(inputs, output, out_dir, jobs, draft, seal, timings); });
  }
  if (sign_cmd->parsed()) {
    return guarded([&] {
      write_file_atomically(output, sign::sign_command(signing, std::cerr));
      return kOk;
    });
  }
  if (check->parsed()) {
    return guarded([&] {
      const Loaded loaded = load(input);
      const int errors = report(loaded.diagnostics);
      const int warnings = static_cast<int>(loaded.diagnostics.size()) - errors;
      if (errors == 0) {
        fmt::print("{}: ok{}\n", input,
                   warnings ? fmt::format(" ({} warning(s))", warnings) : std::string());
      }
      return errors ? kInputError : kOk;
    });
  }
  if (dump->parsed()) {
    return guarded([&] {
      std::cout << display::dump(lay_out(load(input).document));
      return kOk;
    });
  }
  if (measure_cmd->parsed()) {
    return guarded([&] {
      const layout::LayoutReport result = measure(load(input).document);
      std::cout << result.text();
      return result.ok() ? kOk : kInputError;
    });
  }
  if (fonts->parsed()) {
    return guarded([&] {
      std::cout << describe_fonts();
      if (!input.empty()) {
        lay_out(load(input).document);  // throws naming any character no font covers
        fmt::print("{}: every character is covered\n", input);
      }
      return kOk;
    });
  }
  if (scaffold->parsed()) {
    return guarded([&] {
      const std::string text = model::scaffold(edition, styles_dir());
      if (output.empty()) {
        std::cout << text;
      } else {
        write_file_atomically(output, text);
      }
      return kOk;
    });
  }
  return kEnvironmentError;
}

}  // namespace gongwen::cli
