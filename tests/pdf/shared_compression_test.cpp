// A font program's compression shared between threads: run once, by
// whichever thread comes first; every caller gets the same bytes.
#include "pdf/shared_compression.h"

#include <gtest/gtest.h>

#include <string>
#include <thread>
#include <vector>

#include "pdf/pdf_values.h"

namespace gongwen::pdf {
namespace {

std::string program() {
  std::string bytes;
  for (int i = 0; i < 100000; ++i) bytes += static_cast<char>(i * 7 % 251);
  return bytes;
}

TEST(SharedCompression, TheThreadThatNeedsTheBytesCompressesWhenNobodyHas) {
  SharedCompression job(program());
  EXPECT_EQ(job.result(), flate(program()));
  job.run();  // already done: nothing happens
  EXPECT_EQ(job.result(), flate(program()));
}

TEST(SharedCompression, ManyThreadsGetTheBytesOfOneCompression) {
  SharedCompression job(program());
  std::vector<std::string> seen(8);
  std::vector<std::thread> threads;
  for (std::size_t i = 0; i < seen.size(); ++i) {
    threads.emplace_back([&, i] {
      if (i % 2) job.run();
      seen[i] = job.result();
    });
  }
  for (std::thread& t : threads) t.join();
  for (const std::string& bytes : seen) EXPECT_EQ(bytes, flate(program()));
}

}  // namespace
}  // namespace gongwen::pdf
