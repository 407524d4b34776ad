#include "sign/xmp_dates.h"

#include <gtest/gtest.h>

#include "sign/sign_fixtures.h"

namespace gongwen::sign {
namespace {

constexpr const char* kDate = "2021-01-16T10:30:00+08:00";

TEST(XmpDates, ReplacesTheModifyDateOfRendersPacketAndAddsMetadataDateBesideIt) {
  const std::string packet = testing::xmp_for_tests(testing::render_date());
  const auto updated = set_xmp_dates(packet, kDate);
  ASSERT_TRUE(updated);
  EXPECT_NE(updated->find("   <xmp:ModifyDate>2021-01-16T10:30:00+08:00</xmp:ModifyDate>\n"
                          "   <xmp:MetadataDate>2021-01-16T10:30:00+08:00</xmp:MetadataDate>\n"),
            std::string::npos)
      << *updated;
  EXPECT_NE(updated->find("<xmp:CreateDate>2021-01-15T00:00:00+08:00</xmp:CreateDate>"),
            std::string::npos);
  EXPECT_EQ(testing::count(*updated, "rdf:Description rdf:about"), 1u);
  // Applying it again changes nothing more.
  EXPECT_EQ(set_xmp_dates(*updated, kDate), updated);
}

TEST(XmpDates, ReplacesAttributeForm) {
  const std::string packet =
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\"><rdf:RDF xmlns:rdf=\"r\"><rdf:Description "
      "rdf:about=\"\" xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\" "
      "xmp:ModifyDate=\"2020-01-01T00:00:00Z\" xmp:MetadataDate='2020-01-01T00:00:00Z'/>"
      "</rdf:RDF></x:xmpmeta>";
  const auto updated = set_xmp_dates(packet, kDate);
  ASSERT_TRUE(updated);
  EXPECT_NE(updated->find("xmp:ModifyDate=\"2021-01-16T10:30:00+08:00\""), std::string::npos);
  EXPECT_NE(updated->find("xmp:MetadataDate='2021-01-16T10:30:00+08:00'"), std::string::npos);
  EXPECT_EQ(updated->find("2020"), std::string::npos);
}

TEST(XmpDates, AddsMissingDatesInADescriptionOfTheirOwn) {
  const std::string packet =
      "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">\n <rdf:RDF xmlns:rdf=\"r\">\n  <rdf:Description "
      "rdf:about=\"\" xmlns:dc=\"d\"><dc:format>application/pdf</dc:format></rdf:Description>\n"
      " </rdf:RDF>\n</x:xmpmeta>";
  const auto updated = set_xmp_dates(packet, kDate);
  ASSERT_TRUE(updated);
  EXPECT_NE(updated->find("<rdf:Description rdf:about=\"\" "
                          "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">\n"
                          "   <xmp:ModifyDate>2021-01-16T10:30:00+08:00</xmp:ModifyDate>\n"
                          "   <xmp:MetadataDate>2021-01-16T10:30:00+08:00</xmp:MetadataDate>\n"
                          "  </rdf:Description>\n </rdf:RDF>"),
            std::string::npos)
      << *updated;
}

TEST(XmpDates, APacketWithoutRdfCannotBeUpdated) {
  EXPECT_FALSE(set_xmp_dates("<x:xmpmeta/>", kDate));
}

}  // namespace
}  // namespace gongwen::sign
