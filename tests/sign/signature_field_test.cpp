#include "pdf/signature_field.h"

#include <gtest/gtest.h>

#include "sign/sign_fixtures.h"

namespace gongwen::pdf {
namespace {

using namespace PoDoFo;
using namespace gongwen::sign::testing;

display::Document two_pages_with_anchors() {
  display::Document doc;
  doc.pages.resize(2);
  doc.pages[0].items.push_back(seal_anchor(120, 200));
  doc.pages[0].items.push_back(display::Anchor{"footnote", Rect{0, 0, 10, 10}});
  doc.pages[1].items.push_back(seal_anchor(30, 100));
  doc.pages[1].items.push_back(seal_anchor(120, 100));
  return doc;
}

TEST(SealAnchors, CollectsOnlySealAnchorsPerPage) {
  const auto anchors = seal_anchors(two_pages_with_anchors());
  ASSERT_EQ(anchors.size(), 2u);
  EXPECT_EQ(anchors[0].size(), 1u);
  EXPECT_EQ(anchors[1].size(), 2u);
  EXPECT_EQ(seal_field_name(2), "Seal2");
}

class ReserveFields : public ::testing::Test {
 protected:
  void SetUp() override {
    const std::string pdf = make_pdf(2, seal_anchors(two_pages_with_anchors()));
    bytes_ = pdf;
    doc_.LoadFromBuffer(pdf.data(), static_cast<long>(pdf.size()));
  }
  PdfObject* form() { return doc_.GetCatalog()->GetIndirectKey("AcroForm"); }
  PdfObject* field(int i) {
    return doc_.GetObjects().GetObject(
        form()->GetIndirectKey("Fields")->GetArray()[i].GetReference());
  }
  std::string bytes_;
  PdfMemDocument doc_;
};

TEST_F(ReserveFields, NamesFieldsInPageOrderAndPlacesThemInPdfCoordinates) {
  ASSERT_EQ(form()->GetIndirectKey("Fields")->GetArray().size(), 3u);
  EXPECT_EQ(field(0)->GetIndirectKey("T")->GetString().GetStringUtf8(), "Seal1");
  EXPECT_EQ(field(1)->GetIndirectKey("T")->GetString().GetStringUtf8(), "Seal2");
  EXPECT_EQ(field(2)->GetIndirectKey("T")->GetString().GetStringUtf8(), "Seal3");
  // 120 mm from the left, 200 mm from the top, 42 mm square, on an A4 page.
  const PdfRect r(field(0)->GetIndirectKey("Rect")->GetArray());
  EXPECT_NEAR(r.GetLeft(), 120 * 72 / 25.4, 0.01);
  EXPECT_NEAR(r.GetBottom(), 841.89 - 242 * 72 / 25.4, 0.01);
  EXPECT_NEAR(r.GetWidth(), 42 * 72 / 25.4, 0.01);
  EXPECT_NEAR(r.GetHeight(), 42 * 72 / 25.4, 0.01);
  EXPECT_EQ(field(0)->GetIndirectKey("P")->Reference(), doc_.GetPage(0)->GetObject()->Reference());
  EXPECT_EQ(field(2)->GetIndirectKey("P")->Reference(), doc_.GetPage(1)->GetObject()->Reference());
  EXPECT_EQ(doc_.GetPage(1)->GetObject()->GetIndirectKey("Annots")->GetArray().size(), 2u);
  EXPECT_EQ(doc_.GetPage(1)->GetObject()->GetIndirectKeyAsName("Tabs"), PdfName("S"));
}

TEST_F(ReserveFields, FieldsAreUnsignedPrintableWidgetsWithAnAppearance) {
  for (int i = 0; i < 3; ++i) {
    PdfObject* f = field(i);
    EXPECT_EQ(f->GetIndirectKeyAsName("FT"), PdfName("Sig"));
    EXPECT_EQ(f->GetIndirectKeyAsName("Subtype"), PdfName("Widget"));
    EXPECT_EQ(f->GetIndirectKeyAsLong("F"), 4);
    EXPECT_FALSE(f->GetDictionary().HasKey("V"));
    PdfObject* normal = f->GetIndirectKey("AP")->GetIndirectKey("N");
    ASSERT_NE(normal, nullptr);
    EXPECT_EQ(normal->GetIndirectKeyAsName("Subtype"), PdfName("Form"));
    EXPECT_NEAR(PdfRect(normal->GetIndirectKey("BBox")->GetArray()).GetWidth(),
                PdfRect(f->GetIndirectKey("Rect")->GetArray()).GetWidth(), 0.001);
  }
}

TEST_F(ReserveFields, TheFormPullsInNoFontAndAsksNoViewerToRedraw) {
  for (const char* key : {"DA", "DR", "NeedAppearances", "SigFlags"}) {
    EXPECT_FALSE(form()->GetDictionary().HasKey(key)) << key;
  }
  EXPECT_EQ(bytes_.find("Helvetica"), std::string::npos);
}

TEST_F(ReserveFields, OutputIsDeterministicAndWellFormed) {
  EXPECT_EQ(make_pdf(2, seal_anchors(two_pages_with_anchors())), bytes_);
  TempDir dir("reserve");
  write_bytes(dir / "reserved.pdf", bytes_);
  const CommandResult check = run("qpdf --check '" + (dir / "reserved.pdf").string() + "'");
  EXPECT_EQ(check.status, 0) << check.output;
  // Readers see three signature fields, none signed yet.
  const std::string report = pdfsig(dir / "reserved.pdf").output;
  EXPECT_EQ(count(report, "The signature form field is not signed."), 3u) << report;
}

}  // namespace
}  // namespace gongwen::pdf
