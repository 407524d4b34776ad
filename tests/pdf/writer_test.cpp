#include "pdf/writer.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <sstream>
#include <stdexcept>

#include "conformance_checks.h"
#include "oracles.h"
#include "pdf_reading.h"
#include "png_file.h"
#include "render.h"
#include "sample_document.h"
#include "util/error.h"

namespace gongwen::pdf {
namespace {

using namespace testing;

std::string without_space(const std::string& s) {
  std::string out;
  for (unsigned char c : s) {
    if (!std::isspace(c)) out += static_cast<char>(c);
  }
  return out;
}

// Removes this process's temp files after the last test (set
// GONGWEN_KEEP_TEST_FILES to look at the PDFs afterwards).
class TempFilesCleanup : public ::testing::Environment {
 public:
  void TearDown() override {
    if (std::getenv("GONGWEN_KEEP_TEST_FILES") == nullptr) {
      std::filesystem::remove_all(std::filesystem::path(temp_path("x")).parent_path());
    }
  }
};
[[maybe_unused]] const auto* const kCleanup =
    ::testing::AddGlobalTestEnvironment(new TempFilesCleanup);

// The smallest document the writer accepts: PDF/UA wants a title.
display::Document titled() {
  display::Document doc;
  doc.metadata.title = "测试";
  return doc;
}

std::string run_text(const std::string& pdf) {
  return run("pdftotext " + pdf + " -").output;
}

// One sample document written once for the whole suite.
class WriterTest : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fonts_ = new SampleFonts;
    pdf_ = new std::string(write_pdf(sample_document(*fonts_, 2), {"gongwen test"}));
    path_ = new std::string(temp_path("sample.pdf"));
    write_file(*path_, *pdf_);
    qdf_ = new std::string(temp_path("sample.qdf"));
    run("qpdf --qdf --object-streams=disable " + *path_ + " " + *qdf_);
  }
  static void TearDownTestSuite() {
    delete fonts_;
    delete pdf_;
    delete path_;
    delete qdf_;
  }
  // The file with every stream decompressed, for looking at dictionaries.
  static std::string uncompressed() {
    std::ifstream in(*qdf_, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
  }
  static SampleFonts* fonts_;
  static std::string* pdf_;
  static std::string* path_;
  static std::string* qdf_;
};
SampleFonts* WriterTest::fonts_ = nullptr;
std::string* WriterTest::pdf_ = nullptr;
std::string* WriterTest::path_ = nullptr;
std::string* WriterTest::qdf_ = nullptr;

TEST_F(WriterTest, QpdfFindsNoProblem) {
  const auto r = run("qpdf --check " + *path_);
  EXPECT_EQ(r.status, 0) << r.output;
  EXPECT_NE(r.output.find("No syntax or stream encoding errors found"), std::string::npos);
  EXPECT_EQ(r.output.find("WARNING"), std::string::npos) << r.output;
}

TEST_F(WriterTest, HeaderIsPdf17WithBinaryComment) {
  ASSERT_GT(pdf_->size(), 16u);
  EXPECT_EQ(pdf_->substr(0, 9), "%PDF-1.7\n");
  int high = 0;
  for (std::size_t i = 10; i < 14; ++i) high += static_cast<unsigned char>((*pdf_)[i]) > 127;
  EXPECT_EQ((*pdf_)[9], '%');
  EXPECT_EQ(high, 4);
}

TEST_F(WriterTest, FontsAreEmbeddedSubsetAndMapped) {
  const auto r = run("pdffonts " + *path_);
  ASSERT_EQ(r.status, 0) << r.output;
  std::istringstream lines(r.output);
  std::string line;
  std::vector<std::string> rows;
  while (std::getline(lines, line)) {
    if (line.find('+') != std::string::npos) rows.push_back(line);
  }
  ASSERT_EQ(rows.size(), 3u) << r.output;
  for (const auto& row : rows) {
    EXPECT_NE(row.find("Identity-H       yes yes yes"), std::string::npos) << row;
    EXPECT_EQ(row.find('+'), 6u) << "six-letter subset tag: " << row;
  }
  EXPECT_NE(rows[0].find("+FandolFang-Regular"), std::string::npos);
  EXPECT_NE(rows[0].find("CID Type 0C"), std::string::npos);
  EXPECT_NE(rows[1].find("+NotoSerifCJKsc-Regular"), std::string::npos);  // TTC face 2 = SC
  EXPECT_NE(rows[1].find("CID Type 0C"), std::string::npos);
  EXPECT_NE(rows[2].find("+LiberationSerif"), std::string::npos);
  EXPECT_NE(rows[2].find("CID TrueType"), std::string::npos);
}

TEST_F(WriterTest, TextComesBackOutInOrder) {
  const auto r = run("pdftotext -f 1 -l 1 " + *path_ + " -");
  ASSERT_EQ(r.status, 0) << r.output;
  const std::string text = without_space(r.output);
  std::size_t last = 0;
  for (const std::string& line : {kNotoLine, kFandolLine, kLatinLine, std::string("收到申请数")}) {
    const std::size_t at = text.find(without_space(line));
    EXPECT_NE(at, std::string::npos) << line << "\nnot in\n" << r.output;
    if (at != std::string::npos) {
      EXPECT_GE(at, last) << line;
      last = at;
    }
  }
  EXPECT_NE(text.find("—1—"), std::string::npos);  // the page number is drawn, as an artifact
}

TEST_F(WriterTest, InfoDictionaryHasTheMetadata) {
  const auto r = run("pdfinfo -isodates " + *path_);
  ASSERT_EQ(r.status, 0) << r.output;
  for (const char* expected :
       {"Title:           济宁市信访局2020年政府信息公开工作年度报告",
        "Author:          济宁市信访局", "Subject:         政府信息公开 & 年度报告",
        "Keywords:        信息公开, 年报", "Creator:         gongwen",
        "Producer:        gongwen test", "CreationDate:    2021-01-15T00:00:00+08",
        "ModDate:         2021-01-15T00:00:00+08", "Tagged:          yes", "Metadata Stream: yes",
        "Pages:           2", "PDF version:     1.7",
        "Page size:       595.275 x 841.89 pts (A4)"}) {
    EXPECT_NE(r.output.find(expected), std::string::npos) << expected << "\n" << r.output;
  }
}

TEST_F(WriterTest, XmpMatchesInfoAndIsWellFormed) {
  const auto r = run("pdfinfo -meta " + *path_);
  ASSERT_EQ(r.status, 0);
  const std::string xmp_path = temp_path("sample.xmp");
  write_file(xmp_path, r.output);
  EXPECT_EQ(run("xmllint --noout " + xmp_path).status, 0);
  for (const char* expected :
       {"<rdf:li xml:lang=\"x-default\">济宁市信访局2020年政府信息公开工作年度报告</rdf:li>",
        "<rdf:li>济宁市信访局</rdf:li>", "政府信息公开 &amp; 年度报告",
        "<pdf:Producer>gongwen test</pdf:Producer>", "<xmp:CreatorTool>gongwen</xmp:CreatorTool>",
        "<xmp:CreateDate>2021-01-15T00:00:00+08:00</xmp:CreateDate>",
        "<pdfaid:part>2</pdfaid:part>", "<pdfaid:conformance>A</pdfaid:conformance>",
        "<pdfuaid:part>1</pdfuaid:part>"}) {
    EXPECT_NE(r.output.find(expected), std::string::npos) << expected;
  }
}

TEST_F(WriterTest, CatalogHasThePdfaAndPdfuaEntries) {
  const std::string q = uncompressed();
  for (const char* expected : {"/Type /Catalog",
                               "/Lang (zh-CN)",
                               "/MarkInfo <<\n    /Marked true",
                               "/DisplayDocTitle true",
                               "/S /GTS_PDFA1",
                               "/OutputConditionIdentifier (sRGB IEC61966-2.1)",
                               "/DestOutputProfile",
                               "/StructTreeRoot",
                               "/ParentTree",
                               "/ParentTreeNextKey 4",  // two pages, then the two seal widgets
                               "/StructParents 1",
                               "/Tabs /S",
                               "/Type /Metadata",
                               "/Subtype /XML",
                               "/CIDToGIDMap /Identity",
                               "/Subtype /CIDFontType0C",
                               "/FontFile2",
                               "/CIDSet",
                               "/ToUnicode",
                               "/Outlines",
                               "/PageMode /UseOutlines",
                               "/Artifact <</Type /Pagination>> BDC"}) {
    EXPECT_NE(q.find(expected), std::string::npos) << expected;
  }
  EXPECT_EQ(q.find("/Interpolate true"), std::string::npos);
  EXPECT_EQ(q.find("/Encrypt"), std::string::npos);
  EXPECT_EQ(q.find("PoDoFo"), std::string::npos);  // no default producer left behind
}

TEST_F(WriterTest, MetadataStreamIsNotCompressed) {
  EXPECT_NE(pdf_->find("<pdfaid:part>2</pdfaid:part>"), std::string::npos);
}

TEST_F(WriterTest, StructureTreeFollowsTheTags) {
  const auto r = run("pdfinfo -struct-text " + *path_);
  ASSERT_EQ(r.status, 0) << r.output;
  for (const char* expected :
       {"Document", "H1 (block)", "\"济宁市信访局2020年政府信息公开工作年度报告\"", "Table (block)",
        "TR", "TH:", "/Scope /Column", "/ColSpan 2", "\"收到申请数\"", "Figure"}) {
    EXPECT_NE(r.output.find(expected), std::string::npos) << expected << "\n" << r.output;
  }
  EXPECT_EQ(r.output.find("— 1 —"), std::string::npos) << "page numbers are artifacts";
}

// PDF/UA: the seal's signature widget sits in the structure tree as a Form
// element holding it by an OBJR, found back through its /StructParent.
TEST_F(WriterTest, SealWidgetsAreFormElements) {
  PoDoFo::PdfError::EnableDebug(false);
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument doc;
  doc.Load(path_->c_str());
  const PoDoFo::PdfObject* root = key_of(doc, doc.GetCatalog(), "StructTreeRoot");
  const PoDoFo::PdfArray& nums = key_of(doc, key_of(doc, root, "ParentTree"), "Nums")->GetArray();
  for (int page = 0; page < 2; ++page) {
    const PoDoFo::PdfObject* widget =
        resolve(doc, &key_of(doc, doc.GetPage(page)->GetObject(), "Annots")->GetArray()[0]);
    const PoDoFo::PdfObject* key = key_of(doc, widget, "StructParent");
    ASSERT_NE(key, nullptr);
    EXPECT_EQ(key->GetNumber(), 2 + page) << "after the keys of the two pages";
    const PoDoFo::PdfObject* form = nullptr;
    for (std::size_t i = 0; i + 1 < nums.size(); i += 2)
      if (nums[i].GetNumber() == key->GetNumber()) form = resolve(doc, &nums[i + 1]);
    ASSERT_NE(form, nullptr);
    EXPECT_EQ(name_at(doc, form, "S"), "Form");
    const PoDoFo::PdfObject* objr = resolve(doc, &key_of(doc, form, "K")->GetArray()[0]);
    EXPECT_EQ(name_at(doc, objr, "Type"), "OBJR");
    EXPECT_EQ(key_of(doc, objr, "Obj"), widget);
    EXPECT_EQ(key_of(doc, objr, "Pg"), doc.GetPage(page)->GetObject());
    // Its BBox is the widget's rectangle.
    const PoDoFo::PdfArray& bbox = key_of(doc, key_of(doc, form, "A"), "BBox")->GetArray();
    const PoDoFo::PdfArray& rect = key_of(doc, widget, "Rect")->GetArray();
    for (int i = 0; i < 4; ++i) EXPECT_NEAR(bbox[i].GetReal(), rect[i].GetReal(), 0.01) << i;
  }
  EXPECT_EQ(key_of(doc, root, "ParentTreeNextKey")->GetNumber(), 4);
}

// The pie's /BBox is the hull of its path: centre to the right and upwards
// by the radius (layout y grows down, PDF y up).
TEST_F(WriterTest, FigureBBoxIsTheAreaOfItsContent) {
  PoDoFo::PdfError::EnableDebug(false);
  PoDoFo::PdfError::EnableLogging(false);
  PoDoFo::PdfMemDocument doc;
  doc.Load(path_->c_str());
  const PoDoFo::PdfObject* figure = nullptr;
  for (const PoDoFo::PdfObject* o : doc.GetObjects())
    if (o->IsDictionary() && name_at(doc, o, "S") == "Figure") figure = o;
  ASSERT_NE(figure, nullptr);
  const PoDoFo::PdfObject* a = key_of(doc, figure, "A");
  EXPECT_EQ(name_at(doc, a, "O"), "Layout");
  const PoDoFo::PdfArray& bbox = key_of(doc, a, "BBox")->GetArray();
  const Length cx = kLeft + from_mm(40), cy = from_mm(37) + from_pt(16) + from_mm(35) + from_mm(40);
  const double page = to_pt(kA4Height), r = to_pt(from_mm(15));
  const double expected[4] = {to_pt(cx), page - to_pt(cy), to_pt(cx) + r, page - to_pt(cy) + r};
  for (int i = 0; i < 4; ++i) {
    const double v = bbox[i].IsNumber() ? bbox[i].GetNumber() : bbox[i].GetReal();
    EXPECT_NEAR(v, expected[i], 0.01) << i;
  }
}

TEST_F(WriterTest, OutlineHasTheEntriesNested) {
  const auto r = run("mutool show " + *path_ + " outline");
  ASSERT_EQ(r.status, 0) << r.output;
  const auto top = r.output.find("\"" + kHeading2 + "\"");
  const auto sub = r.output.find("\t\"" + kHeading3 + "\"");
  EXPECT_NE(top, std::string::npos) << r.output;
  EXPECT_NE(sub, std::string::npos) << r.output;
  EXPECT_LT(top, sub);
}

TEST_F(WriterTest, SameDisplayListGivesTheSameBytes) {
  EXPECT_EQ(write_pdf(sample_document(*fonts_, 2), {"gongwen test"}), *pdf_);
}

// Fonts are subset and compressed on the writer's threads, a font's
// compression possibly on another thread than its subset: same bytes.
TEST_F(WriterTest, AnyNumberOfThreadsGivesTheSameBytes) {
  for (int threads : {2, 3, 8}) {
    WriteOptions options{"gongwen test"};
    options.threads = threads;
    EXPECT_EQ(write_pdf(sample_document(*fonts_, 2), options), *pdf_) << threads << " threads";
  }
}

TEST_F(WriterTest, IdentifierFollowsTheContent) {
  auto doc = sample_document(*fonts_, 2);
  std::get<display::GlyphRun>(doc.pages[1].items[1]).origin.x += 1;
  const std::string other = write_pdf(doc, {"gongwen test"});
  const auto id_of = [](const std::string& pdf) {
    const auto at = pdf.rfind("/ID[<");
    return at == std::string::npos ? std::string() : pdf.substr(at + 5, 32);
  };
  ASSERT_EQ(id_of(*pdf_).size(), 32u);
  EXPECT_NE(id_of(*pdf_), id_of(other));
  EXPECT_NE(pdf_->find("/ID[<" + id_of(*pdf_) + "><" + id_of(*pdf_) + ">]"), std::string::npos);
}

// The glyphs whose CID differs from their glyph id are drawn, by both
// renderers (codes written as GIDs come out blank or as other glyphs).
TEST(WriterRenderTest, HighGidSymbolsAreDrawnByPopplerAndMupdf) {
  SampleFonts fonts;
  display::Document doc = titled();
  doc.fonts = {fonts.fandol.display_font()};
  const Length size = from_pt(40), pitch = from_pt(60);
  const std::string symbols = "¥€‐═╬测";
  display::Page page{from_pt(500), from_pt(200), {}};
  page.items.push_back(fonts.fandol.run(0, symbols, size, {from_pt(20), from_pt(100)}, pitch));
  doc.pages.push_back(page);
  const std::string path = temp_path("symbols.pdf");
  write_file(path, write_pdf(doc));
  for (const std::string engine : {"poppler", "mupdf"}) {
    const GreyImage img = render_page(path, engine, 72);
    ASSERT_EQ(img.width, 500) << engine;
    for (int i = 0; i < 6; ++i) {
      const int x0 = 20 + 60 * i;
      EXPECT_GT(img.dark_pixels(x0, 50, x0 + 40, 110), 15) << engine << " glyph " << i;
    }
    EXPECT_EQ(img.dark_pixels(0, 0, 500, 45), 0) << engine << ": nothing above the line";
  }
}

TEST(WriterImageTest, PngWithAlphaBecomesImageWithSoftMask) {
  const std::string png = temp_path("seal.png");
  write_file(png, red_disc_png(64));
  display::Document doc = titled();
  display::Page page{from_pt(200), from_pt(200), {}};
  page.items.push_back(display::Image{png, {from_pt(50), from_pt(50), from_pt(100), from_pt(100)}});
  doc.pages.push_back(page);
  const std::string path = temp_path("image.pdf");
  write_file(path, write_pdf(doc));
  EXPECT_EQ(run("qpdf --check " + path).status, 0);
  const auto list = run("pdfimages -list " + path);
  EXPECT_NE(list.output.find("image      64    64  rgb"), std::string::npos) << list.output;
  EXPECT_NE(list.output.find("smask      64    64  gray"), std::string::npos) << list.output;
  const GreyImage img = render_page(path, "poppler", 72);
  ASSERT_EQ(img.width, 200);
  EXPECT_EQ(img.dark_pixels(90, 90, 110, 110), 400) << "the red disc";
  EXPECT_EQ(img.dark_pixels(52, 52, 58, 58), 0) << "transparent corner";
}

TEST(WriterImageTest, UnsupportedImagesAreRefusedWithAWayOut) {
  auto doc_with = [](const std::string& path) {
    display::Document doc = titled();
    display::Page page{from_pt(100), from_pt(100), {}};
    page.items.push_back(display::Image{path, {0, 0, from_pt(10), from_pt(10)}});
    doc.pages.push_back(page);
    return doc;
  };
  const std::string jpeg = temp_path("seal.jpg");
  write_file(jpeg, "\xFF\xD8\xFF\xE0 not a png");
  EXPECT_THROW(write_pdf(doc_with(jpeg)), EnvironmentError);

  // A 4-bit palette image with transparency (only the header matters here).
  std::string png = make_png(2, 2, 3, std::vector<std::uint8_t>(12, 0));
  png[24] = 4;  // bit depth
  png[25] = 3;  // palette
  std::string trns;
  chunk(trns, "tRNS", std::string(1, '\0'));
  png.insert(png.size() - 12, trns);
  const std::string palette = temp_path("palette.png");
  write_file(palette, png);
  try {
    write_pdf(doc_with(palette));
    ADD_FAILURE() << "a transparent 4-bit palette PNG was accepted";
  } catch (const EnvironmentError& e) {
    EXPECT_NE(std::string(e.what()).find("8-bit RGBA"), std::string::npos) << e.what();
  }
}

TEST(WriterErrorTest, BrokenDisplayListsAndMissingFilesAreReported) {
  SampleFonts fonts;
  auto doc = sample_document(fonts);
  std::get<display::GlyphRun>(doc.pages[0].items[1]).glyphs[0].id = 0;
  EXPECT_THROW(write_pdf(doc), std::invalid_argument);

  doc = sample_document(fonts);
  std::get<display::GlyphRun>(doc.pages[0].items[1]).font = 7;
  EXPECT_THROW(write_pdf(doc), std::invalid_argument);

  doc = sample_document(fonts);
  doc.fonts[0].path = "/nonexistent/FandolFang.otf";
  EXPECT_THROW(write_pdf(doc), EnvironmentError);

  doc = sample_document(fonts);
  doc.pages[0].items.push_back(display::Image{"/nonexistent/seal.png", {0, 0, 10, 10}});
  EXPECT_THROW(write_pdf(doc), EnvironmentError);

  doc = sample_document(fonts);
  doc.pages[0].items.push_back(display::TagEnd{});
  EXPECT_THROW(write_pdf(doc), std::invalid_argument);

  EXPECT_THROW(write_pdf(display::Document{}), std::invalid_argument);

  doc = sample_document(fonts);
  doc.metadata.title = " ";
  EXPECT_THROW(write_pdf(doc), std::invalid_argument) << "PDF/UA: no document without a title";
}

TEST(WriterDateTest, SourceDateEpochIsUsedOnlyWithoutADate) {
  SampleFonts fonts;
  auto doc = sample_document(fonts);
  doc.metadata.date.clear();
  const char* saved = std::getenv("SOURCE_DATE_EPOCH");
  const std::string saved_value = saved ? saved : "";
  const std::string path = temp_path("epoch.pdf");

  setenv("SOURCE_DATE_EPOCH", "1610668800", 1);
  write_file(path, write_pdf(doc));
  EXPECT_NE(run("pdfinfo -isodates " + path).output.find("CreationDate:    2021-01-15T00:00:00Z"),
            std::string::npos);

  unsetenv("SOURCE_DATE_EPOCH");
  write_file(path, write_pdf(doc));
  const auto r = run("pdfinfo -isodates " + path);
  EXPECT_EQ(r.output.find("CreationDate"), std::string::npos) << "never the clock";
  EXPECT_EQ(r.output.find("ModDate"), std::string::npos);

  if (saved) setenv("SOURCE_DATE_EPOCH", saved_value.c_str(), 1);
}

TEST(WriterFontTest, GlyphsWithoutTextAreMappedThroughTheFontCmap) {
  SampleFonts fonts;
  display::Document doc = titled();
  doc.fonts = {fonts.fandol.display_font()};
  auto run = fonts.fandol.run(0, "公开¥", from_pt(16), {from_pt(20), from_pt(50)});
  run.text.clear();  // a display list that lost its text
  display::Page page{from_pt(300), from_pt(100), {run}};
  doc.pages.push_back(page);
  const std::string path = temp_path("no-text.pdf");
  write_file(path, write_pdf(doc));
  EXPECT_EQ(without_space(run_text(path)), "公开¥");
}

// A glyph with no cmap entry that only ever follows another glyph in its
// cluster (a positioned mark, a split vowel) still gets a ToUnicode value,
// as PDF/A-2u wants of every glyph shown; the cluster's /ActualText keeps
// the extracted text right.
TEST(WriterFontTest, GlyphsOnlyInsideAClusterAreMappedToIt) {
  SampleFonts fonts;
  hb_blob_t* blob = hb_blob_create_from_file(kLiberationSerif.c_str());
  hb_face_t* face = hb_face_create(blob, 0);
  hb_set_t* unicodes = hb_set_create();
  hb_face_collect_unicodes(face, unicodes);
  std::set<std::uint32_t> mapped;
  for (hb_codepoint_t cp = HB_SET_VALUE_INVALID; hb_set_next(unicodes, &cp);)
    mapped.insert(fonts.liberation.glyph(cp));
  std::uint32_t unmapped = 0;
  for (std::uint32_t g = 1; g < hb_face_get_glyph_count(face) && unmapped == 0; ++g)
    if (!mapped.count(g)) unmapped = g;
  hb_set_destroy(unicodes);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  ASSERT_NE(unmapped, 0u) << "Liberation Serif has a glyph without a cmap entry";

  display::Document doc = titled();
  doc.fonts = {fonts.liberation.display_font()};
  auto run = fonts.liberation.run(0, "xé", from_pt(16), {from_pt(20), from_pt(50)});
  ASSERT_EQ(run.glyphs.size(), 2u);
  run.glyphs.push_back({unmapped, 0, 0, 0, run.glyphs[1].cluster});  // inside the é cluster
  doc.pages.push_back(
      {from_pt(300), from_pt(100), {display::TagBegin{"P", {}}, run, display::TagEnd{}}});
  const std::string path = temp_path("inside-cluster.pdf");
  write_file(path, write_pdf(doc));
  const auto violations = check_conformance(path);
  for (const auto& v : violations) ADD_FAILURE() << v;
  EXPECT_EQ(without_space(run_text(path)), "xé");
}

TEST(WriterFontTest, UnusedFontsAreNotEmbedded) {
  SampleFonts fonts;
  auto doc = sample_document(fonts);
  doc.fonts.push_back(display::Font{"/nonexistent/unused.otf", 0, "unused"});
  EXPECT_NO_THROW(write_pdf(doc));
}

}  // namespace
}  // namespace gongwen::pdf
