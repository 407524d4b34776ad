#include "pdf/writer.h"

#include <gtest/gtest.h>

#include "oracles.h"
#include "sample_document.h"

namespace gongwen::pdf {
namespace {

using namespace testing;

TEST(WriterTest, Smoke) {
  SampleFonts fonts;
  const std::string pdf = write_pdf(sample_document(fonts), {"gongwen test"});
  write_file("/tmp/gw_sample.pdf", pdf);
  EXPECT_GT(pdf.size(), 1000u);
}

}  // namespace
}  // namespace gongwen::pdf
