#include "cli/cli.h"

#include <fmt/core.h>
#include <CLI/CLI.hpp>

#include <filesystem>
#include <functional>
#include <iostream>

#include "cli/atomic_file.h"
#include "cli/pipeline.h"
#include "display/dump.h"
#include "util/error.h"

namespace gongwen::cli {
namespace {

constexpr int kOk = 0;
constexpr int kInputError = 1;
constexpr int kEnvironmentError = 2;

// Runs one command, turning the two kinds of failure into their exit codes
// with a one-line message each.
int guarded(const std::function<void()>& command) {
  try {
    command();
    return kOk;
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

std::string default_output(const std::string& input) {
  return std::filesystem::path(input).replace_extension(".pdf").string();
}

}  // namespace

int run(int argc, char** argv) {
  CLI::App app{"gongwen — Chinese official documents (GB/T 9704-2012) from YAML to PDF/A"};
  app.set_version_flag("--version", std::string("gongwen ") + GONGWEN_VERSION);
  app.require_subcommand(1);

  std::string input;
  std::string output;

  CLI::App* render = app.add_subcommand("render", "Render a document to PDF");
  render->add_option("input", input, "Document (YAML)")->required();
  render->add_option("-o,--output", output, "Output PDF (default: the input's name with .pdf)");

  CLI::App* dump = app.add_subcommand("dump", "Print the display list (the layout, as text)");
  dump->add_option("input", input, "Document (YAML)")->required();

  CLI::App* measure_cmd = app.add_subcommand(
      "measure", "Lay the document out and measure it against the GB/T 9704 grid rules");
  measure_cmd->add_option("input", input, "Document (YAML)")->required();

  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kOk : kEnvironmentError;
  }

  if (render->parsed()) {
    return guarded([&] {
      const std::string out = output.empty() ? default_output(input) : output;
      const std::string bytes = to_pdf(lay_out(load(input)));
      write_file_atomically(out, bytes);
    });
  }
  if (dump->parsed()) {
    return guarded([&] { std::cout << display::dump(lay_out(load(input))); });
  }
  if (measure_cmd->parsed()) {
    bool ok = true;
    const int code = guarded([&] {
      const layout::LayoutReport report = measure(load(input));
      std::cout << report.text();
      ok = report.ok();
    });
    return code != kOk ? code : ok ? kOk : kInputError;
  }
  return kEnvironmentError;
}

}  // namespace gongwen::cli
