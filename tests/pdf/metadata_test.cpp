#include "pdf/metadata.h"

#include <gtest/gtest.h>

#include "oracles.h"
#include "util/error.h"

namespace gongwen::pdf {
namespace {

TEST(MetadataTest, DocumentDateIsMidnightChinaTime) {
  const auto t = resolve_document_date("2021-01-15", "999");
  ASSERT_TRUE(t);
  EXPECT_EQ(pdf_date(*t), "D:20210115000000+08'00'");
  EXPECT_EQ(xmp_date(*t), "2021-01-15T00:00:00+08:00");
}

TEST(MetadataTest, SourceDateEpochWhenNoDate) {
  const auto t = resolve_document_date("", "1610668800");  // 2021-01-15 00:00:00 UTC
  ASSERT_TRUE(t);
  EXPECT_EQ(pdf_date(*t), "D:20210115000000Z");
  EXPECT_EQ(xmp_date(*t), "2021-01-15T00:00:00Z");
  EXPECT_EQ(xmp_date(*resolve_document_date("", "951782399")), "2000-02-28T23:59:59Z");
  EXPECT_EQ(xmp_date(*resolve_document_date("", "951868800")), "2000-03-01T00:00:00Z");
}

TEST(MetadataTest, NoDateAndNoEpochMeansNoDate) {
  EXPECT_FALSE(resolve_document_date("", nullptr));
  EXPECT_FALSE(resolve_document_date("", ""));
}

TEST(MetadataTest, BadDatesAreReported) {
  EXPECT_THROW(resolve_document_date("2021-02-29", nullptr), InputError);
  EXPECT_THROW(resolve_document_date("2021/01/15", nullptr), InputError);
  EXPECT_THROW(resolve_document_date("2021-13-01", nullptr), InputError);
  EXPECT_NO_THROW(resolve_document_date("2020-02-29", nullptr));
  EXPECT_THROW(resolve_document_date("", "yesterday"), EnvironmentError);
  EXPECT_THROW(resolve_document_date("", "-5"), EnvironmentError);
}

TEST(MetadataTest, InfoFieldsDropControlCharacters) {
  display::Metadata m;
  m.title = "年度\n报告\x01";
  m.language = "";
  const DocumentInfo info = document_info(m, "gongwen 0.1", nullptr);
  EXPECT_EQ(info.title, "年度报告");
  EXPECT_EQ(info.language, "zh-CN");
  EXPECT_EQ(info.producer, "gongwen 0.1");
  EXPECT_EQ(info.creator, "gongwen");
}

TEST(MetadataTest, XmpCarriesTheInfoValuesEscaped) {
  DocumentInfo info;
  info.title = "报告 <2020> & \"more\"";
  info.author = "济宁市信访局";
  info.subject = "政府信息公开";
  info.keywords = "年报";
  info.producer = "gongwen";
  info.language = "zh-CN";
  info.date = resolve_document_date("2021-01-15", nullptr);
  const std::string x = build_xmp(info);
  EXPECT_NE(
      x.find("<rdf:li xml:lang=\"x-default\">报告 &lt;2020&gt; &amp; &quot;more&quot;</rdf:li>"),
      std::string::npos);
  EXPECT_NE(x.find("<dc:creator><rdf:Seq><rdf:li>济宁市信访局</rdf:li>"), std::string::npos);
  EXPECT_NE(x.find("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">政府信息公开"),
            std::string::npos);
  EXPECT_NE(x.find("<pdf:Keywords>年报</pdf:Keywords>"), std::string::npos);
  EXPECT_NE(x.find("<xmp:CreateDate>2021-01-15T00:00:00+08:00</xmp:CreateDate>"),
            std::string::npos);
  EXPECT_NE(x.find("<xmp:ModifyDate>2021-01-15T00:00:00+08:00</xmp:ModifyDate>"),
            std::string::npos);
  EXPECT_NE(x.find("<pdfaid:part>2</pdfaid:part>"), std::string::npos);
  EXPECT_NE(x.find("<pdfaid:conformance>A</pdfaid:conformance>"), std::string::npos);
  EXPECT_NE(x.find("<pdfuaid:part>1</pdfuaid:part>"), std::string::npos);
  EXPECT_NE(x.find("<pdfaSchema:prefix>pdfuaid</pdfaSchema:prefix>"), std::string::npos);
  EXPECT_EQ(x.rfind("<?xpacket end=\"w\"?>"), x.size() - 19);
}

TEST(MetadataTest, EmptyFieldsAreLeftOut) {
  DocumentInfo info;
  info.creator = "";
  const std::string x = build_xmp(info);
  EXPECT_EQ(x.find("dc:title"), std::string::npos);
  EXPECT_EQ(x.find("xmp:CreateDate"), std::string::npos);
  EXPECT_EQ(x.find("xmp:CreatorTool"), std::string::npos);
}

TEST(MetadataTest, XmpIsWellFormedXml) {
  DocumentInfo info;
  info.title = "A & B < C";
  info.author = "x'y";
  const std::string path = testing::temp_path("xmp.xml");
  testing::write_file(path, build_xmp(info));
  const auto r = testing::run("xmllint --noout " + path);
  EXPECT_EQ(r.status, 0) << r.output;
}

}  // namespace
}  // namespace gongwen::pdf
