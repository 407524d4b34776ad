// The object-level conformance checks (conformance_checks.h): the writer's
// output passes them, and each kind of breakage a validator would reject is
// caught. tests/scripts/conformance.sh runs Conformance.FilesNamedInTheEnvironment
// on the rendered seed with GONGWEN_CONFORMANCE_FILES set.
#include "conformance_checks.h"

#include <gtest/gtest.h>

#include <cstdlib>
#include <functional>
#include <iostream>
#include <sstream>

#include "oracles.h"
#include "pdf/writer.h"
#include "sample_document.h"

namespace gongwen::pdf {
namespace {

using namespace testing;
using PoDoFo::PdfMemDocument;
using PoDoFo::PdfObject;

std::string joined(const std::vector<std::string>& lines) {
  std::string out;
  for (const std::string& l : lines) out += l + "\n";
  return out;
}

bool mentions(const std::vector<std::string>& lines, const std::string& part) {
  for (const std::string& l : lines)
    if (l.find(part) != std::string::npos) return true;
  return false;
}

// The sample written once; each breakage test edits a copy with PoDoFo.
class ConformanceChecks : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    fonts_ = new SampleFonts;
    pdf_ = new std::string(write_pdf(sample_document(*fonts_, 2), {"gongwen test"}));
  }
  static void TearDownTestSuite() {
    delete fonts_;
    delete pdf_;
  }

  static std::vector<std::string> check(const std::string& bytes) {
    const std::string path = temp_path("conformance-" + std::to_string(counter_++) + ".pdf");
    write_file(path, bytes);
    return check_conformance(path);
  }

  // The sample after `edit`, written back out by PoDoFo.
  static std::string edited(const std::function<void(PdfMemDocument&)>& edit) {
    PoDoFo::PdfError::EnableDebug(false);
    PoDoFo::PdfError::EnableLogging(false);
    PdfMemDocument doc;
    doc.LoadFromBuffer(pdf_->data(), static_cast<long>(pdf_->size()));
    edit(doc);
    PoDoFo::PdfRefCountedBuffer buffer;
    PoDoFo::PdfOutputDevice device(&buffer);
    doc.Write(&device);
    return std::string(buffer.GetBuffer(), device.GetLength());
  }

  // The first object for which `pick` holds.
  static PdfObject* find(PdfMemDocument& doc, const std::function<bool(PdfObject*)>& pick) {
    for (PdfObject* o : doc.GetObjects())
      if (o->IsDictionary() && pick(o)) return o;
    return nullptr;
  }
  static bool is(PdfMemDocument& doc, PdfObject* o, const char* key, const char* name) {
    return name_at(doc, o, key) == name;
  }

  static void set_page_content(PdfMemDocument& doc, int page, const std::string& content) {
    PdfObject* contents = doc.GetPage(page)->GetContents();
    contents->GetStream()->Set(content.data(), static_cast<PoDoFo::pdf_long>(content.size()));
  }

  static SampleFonts* fonts_;
  static std::string* pdf_;
  static int counter_;
};
SampleFonts* ConformanceChecks::fonts_ = nullptr;
std::string* ConformanceChecks::pdf_ = nullptr;
int ConformanceChecks::counter_ = 0;

TEST_F(ConformanceChecks, WriterOutputHasNoViolation) {
  const auto v = check(*pdf_);
  EXPECT_TRUE(v.empty()) << joined(v);
}

TEST_F(ConformanceChecks, WidthsThatDisagreeWithTheProgram) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* cid = find(doc, [&](PdfObject* o) { return is(doc, o, "Subtype", "CIDFontType2"); });
    ASSERT_NE(cid, nullptr);
    cid->GetDictionary().RemoveKey("W");
    cid->GetDictionary().AddKey("DW", PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(100)));
  }));
  EXPECT_TRUE(mentions(v, "widths differ from the program")) << joined(v);
}

TEST_F(ConformanceChecks, IncompleteCidSet) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* fd = find(doc, [&](PdfObject* o) { return o->GetDictionary().HasKey("CIDSet"); });
    ASSERT_NE(fd, nullptr);
    PdfObject* set =
        doc.GetObjects().GetObject(fd->GetDictionary().GetKey("CIDSet")->GetReference());
    set->GetStream()->Set("\x80", 1);  // only CID 0
  }));
  EXPECT_TRUE(mentions(v, "CIDSet lacks CID")) << joined(v);
}

TEST_F(ConformanceChecks, MissingToUnicode) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* font = find(doc, [&](PdfObject* o) { return is(doc, o, "Subtype", "Type0"); });
    ASSERT_NE(font, nullptr);
    font->GetDictionary().RemoveKey("ToUnicode");
  }));
  EXPECT_TRUE(mentions(v, "has no /ToUnicode")) << joined(v);
  EXPECT_TRUE(mentions(v, "ToUnicode entry maps to nothing")) << joined(v);
}

TEST_F(ConformanceChecks, NotdefShownAndUntaggedContent) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    std::string content = stream_bytes(doc.GetPage(0)->GetContents());
    const auto at = content.find("[<");
    ASSERT_NE(at, std::string::npos);
    content.replace(at + 2, 4, "0000");
    set_page_content(doc, 0, content + "0 0 m 10 10 l S\n");
  }));
  EXPECT_TRUE(mentions(v, "shows .notdef")) << joined(v);
  EXPECT_TRUE(mentions(v, "page 1: 1 painting operators (first: S) are neither tagged"))
      << joined(v);
}

TEST_F(ConformanceChecks, ArtifactInsideTaggedContentAndCmykColour) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    std::string content = stream_bytes(doc.GetPage(0)->GetContents());
    const auto at = content.find(">> BDC\n");
    ASSERT_NE(at, std::string::npos);
    content.insert(at + 7, "/Artifact BMC 0 0 1 0 k EMC\n");
    set_page_content(doc, 0, content);
  }));
  EXPECT_TRUE(mentions(v, "page 1: an artifact inside tagged content (MCID 0)")) << joined(v);
  EXPECT_TRUE(mentions(v, "page 1: CMYK colour (k) with an RGB output intent")) << joined(v);
}

TEST_F(ConformanceChecks, ContentTheTreeDoesNotKnow) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    const std::string content = stream_bytes(doc.GetPage(1)->GetContents());
    set_page_content(doc, 1, content + "/P <</MCID 99>> BDC 0 0 m 10 10 l S EMC\n");
  }));
  EXPECT_TRUE(
      mentions(v, "page 2: MCID 99 is tagged in the content but no structure element owns it"))
      << joined(v);
}

TEST_F(ConformanceChecks, FigureWithoutAltOrBBox) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* figure = find(doc, [&](PdfObject* o) { return is(doc, o, "S", "Figure"); });
    ASSERT_NE(figure, nullptr);
    figure->GetDictionary().RemoveKey("Alt");
    figure->GetDictionary().RemoveKey("A");
  }));
  EXPECT_TRUE(mentions(v, "has no /Alt text")) << joined(v);
  EXPECT_TRUE(mentions(v, "has no /BBox layout attribute")) << joined(v);
}

TEST_F(ConformanceChecks, TableCellsThatDoNotFormAGrid) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* th = find(doc, [&](PdfObject* o) { return is(doc, o, "S", "TH"); });
    ASSERT_NE(th, nullptr);
    PoDoFo::PdfDictionary attrs = th->GetDictionary().GetKey("A")->GetDictionary();
    attrs.AddKey("RowSpan", PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(3)));
    attrs.RemoveKey("Scope");
    th->GetDictionary().AddKey("A", attrs);
  }));
  EXPECT_TRUE(mentions(v, "has RowSpan 3, past the last row (1)")) << joined(v);
  EXPECT_TRUE(mentions(v, "has neither /Scope")) << joined(v);
}

TEST_F(ConformanceChecks, AnnotationOutsideTheTreeOrHidden) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* widget = find(doc, [&](PdfObject* o) { return is(doc, o, "Subtype", "Widget"); });
    ASSERT_NE(widget, nullptr);
    widget->GetDictionary().RemoveKey("StructParent");
    widget->GetDictionary().AddKey("F", PoDoFo::PdfObject(static_cast<PoDoFo::pdf_int64>(6)));
  }));
  EXPECT_TRUE(mentions(v, "Widget annotation")) << joined(v);
  EXPECT_TRUE(mentions(v, "has no /StructParent")) << joined(v);
  EXPECT_TRUE(mentions(v, "/F 6 is not printable-and-visible")) << joined(v);
}

TEST_F(ConformanceChecks, SkippedHeadingLevel) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* h1 = find(doc, [&](PdfObject* o) { return is(doc, o, "S", "H1"); });
    ASSERT_NE(h1, nullptr);
    h1->GetDictionary().AddKey("S", PoDoFo::PdfName("H3"));
  }));
  EXPECT_TRUE(mentions(v, "is the first heading, not H1")) << joined(v);
}

TEST_F(ConformanceChecks, OutlineThatLeadsElsewhere) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* item = find(doc, [&](PdfObject* o) { return o->GetDictionary().HasKey("Dest"); });
    ASSERT_NE(item, nullptr);
    PoDoFo::PdfArray dest = item->GetDictionary().GetKey("Dest")->GetArray();
    dest[0] = doc.GetPage(1)->GetObject()->Reference();
    item->GetDictionary().AddKey("Dest", dest);
  }));
  EXPECT_TRUE(mentions(v, "outline entry 1 (depth 1, page 2) does not match heading H2 on page 1"))
      << joined(v);
}

TEST_F(ConformanceChecks, ForbiddenObjects) {
  const auto v = check(edited([](PdfMemDocument& doc) {
    PdfObject* catalog = doc.GetCatalog();
    PoDoFo::PdfDictionary action;
    action.AddKey("S", PoDoFo::PdfName("JavaScript"));
    action.AddKey("JS", PoDoFo::PdfString("app.alert(1)"));
    catalog->GetDictionary().AddKey("OpenAction", action);
    PdfObject* image = doc.GetObjects().CreateObject("XObject");
    image->GetDictionary().AddKey("Subtype", PoDoFo::PdfName("Image"));
    image->GetDictionary().AddKey("Interpolate", PoDoFo::PdfVariant(true));
    image->GetStream()->Set("\0", 1, PoDoFo::TVecFilters());
    image->GetDictionary().AddKey("Filter", PoDoFo::PdfName("LZWDecode"));
  }));
  EXPECT_TRUE(mentions(v, "a /JavaScript action")) << joined(v);
  EXPECT_TRUE(mentions(v, "JavaScript (/JS)")) << joined(v);
  EXPECT_TRUE(mentions(v, "an image with /Interpolate true")) << joined(v);
  EXPECT_TRUE(mentions(v, "a stream with /LZWDecode")) << joined(v);
}

TEST_F(ConformanceChecks, TableSplitInTwo) {
  SampleFonts fonts;
  auto doc = sample_document(fonts, 1);
  // A second Table right after the first, as a page break used to make.
  auto& items = doc.pages[0].items;
  std::vector<display::Item> table(items.begin() + 7, items.begin() + 14);
  ASSERT_EQ(std::get<display::TagBegin>(table.front()).role, "Table");
  items.insert(items.begin() + 14, table.begin(), table.end());
  const auto v = check(write_pdf(doc, {"gongwen test"}));
  EXPECT_TRUE(mentions(v, "two Table elements in Document follow each other directly"))
      << joined(v);
}

TEST(ToUnicodeParsing, CharsRangesAndSurrogates) {
  const auto m = parse_to_unicode(
      "2 beginbfchar\n<0003> <D835DC00>\n<0004> <00660069>\nendbfchar\n"
      "2 beginbfrange\n<0010> <0012> <4E00>\n<0020> <0021> [<0041> <0042>]\nendbfrange\n");
  EXPECT_EQ(m.at(3), U"\U0001D400");
  EXPECT_EQ(m.at(4), U"fi");
  EXPECT_EQ(m.at(0x12), U"\u4E02");
  EXPECT_EQ(m.at(0x21), U"B");
  EXPECT_EQ(unicode_problem(U"\uE000"), "maps to a private use code point");
  EXPECT_EQ(unicode_problem(U"\uFEFF"), "maps to U+0000, U+FEFF or U+FFFE");
  EXPECT_EQ(unicode_problem(U"公"), "");
}

// Run by tests/scripts/conformance.sh on the rendered seed: one line per
// violation on stdout, "CONFORMANCE <file>: <violation>".
TEST(Conformance, FilesNamedInTheEnvironment) {
  const char* files = std::getenv("GONGWEN_CONFORMANCE_FILES");
  std::vector<std::string> paths;
  std::istringstream in(files != nullptr ? files : "");
  for (std::string p; in >> p;) paths.push_back(p);
  if (paths.empty()) {  // run alone: check a fresh sample instead
    SampleFonts fonts;
    paths.push_back(temp_path("conformance-env.pdf"));
    write_file(paths.back(), write_pdf(sample_document(fonts), {"gongwen test"}));
  }
  for (const std::string& path : paths) {
    const auto v = check_conformance(path);
    for (const std::string& line : v) std::cout << "CONFORMANCE " << path << ": " << line << "\n";
    EXPECT_TRUE(v.empty()) << path << ": " << v.size() << " violations";
  }
}

}  // namespace
}  // namespace gongwen::pdf
