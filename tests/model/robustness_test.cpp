// Broken variants of the seed report: the loader and the checks either
// succeed or throw InputError, never anything else, never hang.
#include <gtest/gtest.h>

#include <fstream>
#include <random>
#include <sstream>

#include "model/report/check.h"
#include "model/load.h"
#include "model_test_support.h"
#include "util/error.h"

namespace gongwen::model {
namespace {

std::string read(const std::string& path) {
  std::ifstream in(path);
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

// Line-level and byte-level damage of the kinds editing mistakes cause.
std::string mutate(const std::string& text, std::mt19937& rng) {
  std::vector<std::string> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(line);
  auto pick = [&](std::size_t n) {
    return std::uniform_int_distribution<std::size_t>(0, n - 1)(rng);
  };
  const std::size_t i = pick(lines.size());
  static const char* kSnippets[] = {"[",  "]",  "{", ": ", "- ",    "  ",   "~",  "\"", "&a",
                                    "*a", "-1", "x", "\t", "1e400", "0x10", "８", "[]", "{}"};
  switch (pick(5)) {
    case 0:
      lines.erase(lines.begin() + i);
      break;
    case 1:
      lines.insert(lines.begin() + i, lines[pick(lines.size())]);
      break;
    case 2:
      lines[i].insert(pick(lines[i].size() + 1), kSnippets[pick(std::size(kSnippets))]);
      break;
    case 3:
      if (!lines[i].empty()) lines[i].erase(pick(lines[i].size()), 1 + pick(3));
      break;
    default:
      lines[i] = std::string(pick(6), ' ') + lines[i];
      break;
  }
  std::string out;
  for (const auto& line : lines) out += line + "\n";
  return out;
}

TEST(Robustness, MutatedSeedNeverEscapesAsAnotherException) {
  const std::string seed = read(testing::seed_path());
  std::mt19937 rng(20210123);
  int loaded = 0, refused = 0;
  for (int round = 0; round < 400; ++round) {
    const std::string text = mutate(mutate(seed, rng), rng);
    try {
      const LoadedDocument doc =
          load_with_report_from_string(text, "m.yaml", testing::styles_dir());
      if (doc.report) check(*doc.report);
      ++loaded;
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find("m.yaml"), std::string::npos) << e.what();
      ++refused;
    } catch (const std::exception& e) {
      ADD_FAILURE() << "unexpected " << typeid(e).name() << ": " << e.what() << "\n--- input ---\n"
                    << text;
    }
  }
  EXPECT_GT(loaded, 0);
  EXPECT_GT(refused, 0);
}

}  // namespace
}  // namespace gongwen::model
