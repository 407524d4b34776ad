#include "cli/atomic_file.h"

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/error.h"

namespace gongwen::cli {
namespace {

namespace fs = std::filesystem;

std::string read(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

class AtomicFile : public ::testing::Test {
 protected:
  void SetUp() override {
    dir_ = fs::temp_directory_path() / ("gongwen-atomic-" + std::to_string(::getpid()));
    fs::create_directories(dir_);
  }
  void TearDown() override { fs::remove_all(dir_); }
  fs::path dir_;
};

TEST_F(AtomicFile, WritesAndReplaces) {
  const fs::path target = dir_ / "out.pdf";
  write_file_atomically(target.string(), "first");
  EXPECT_EQ(read(target), "first");
  write_file_atomically(target.string(), std::string("second\0binary", 13));
  EXPECT_EQ(read(target), std::string("second\0binary", 13));
  // Nothing but the target is left in the directory.
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 1);
}

TEST_F(AtomicFile, FailureLeavesExistingFileAndNoTemporary) {
  EXPECT_THROW(write_file_atomically((dir_ / "missing" / "x.pdf").string(), "x"), EnvironmentError);
  EXPECT_THROW(write_file_atomically(dir_.string(), "x"), EnvironmentError);
  EXPECT_EQ(std::distance(fs::directory_iterator(dir_), fs::directory_iterator()), 0);
}

}  // namespace
}  // namespace gongwen::cli
