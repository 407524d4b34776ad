// Signing what the real PDF writer produces: fonts, structure tree, output
// intent, XMP, and the /ID the writer patches in.
#include <gtest/gtest.h>
#include <hb.h>

#include "pdf/conformance_checks.h"
#include "pdf/writer.h"
#include "sign/cades_signer.h"
#include "sign/pkcs12_identity.h"
#include "sign/sign_fixtures.h"
#include "sign/sign_pdf.h"

namespace gongwen::sign {
namespace {

using namespace testing;

constexpr const char* kNotoSerifCjk = "/usr/share/fonts/opentype/noto/NotoSerifCJK-Regular.ttc";

// A run of CJK text in Noto Serif CJK SC (face 2), one glyph per character
// at its nominal glyph and a full-width advance.
display::GlyphRun cjk_run(const std::string& text, double x_mm, double y_mm) {
  hb_blob_t* blob = hb_blob_create_from_file(kNotoSerifCjk);
  hb_face_t* face = hb_face_create(blob, 2);
  hb_font_t* font = hb_font_create(face);
  display::GlyphRun run;
  run.size = from_pt(16);
  run.origin = {from_mm(x_mm), from_mm(y_mm)};
  run.text = text;
  for (std::size_t i = 0; i < text.size();) {
    const auto lead = static_cast<unsigned char>(text[i]);
    const std::size_t len = lead < 0x80 ? 1 : lead < 0xE0 ? 2 : lead < 0xF0 ? 3 : 4;
    char32_t cp = len == 1 ? lead : lead & (0xFF >> (len + 1));
    for (std::size_t k = 1; k < len; ++k) cp = (cp << 6) | (text[i + k] & 0x3F);
    hb_codepoint_t glyph = 0;
    hb_font_get_nominal_glyph(font, cp, &glyph);
    run.glyphs.push_back({glyph, from_pt(len == 1 ? 8 : 16), 0, 0, static_cast<std::uint32_t>(i)});
    i += len;
  }
  hb_font_destroy(font);
  hb_face_destroy(face);
  hb_blob_destroy(blob);
  return run;
}

// The end of a document: agency name and date, the seal over both.
display::Document signature_page(bool reserve_seal = true) {
  display::Document doc;
  doc.metadata.title = "济宁市信访局2020年政府信息公开工作年度报告";
  doc.metadata.author = "济宁市信访局";
  doc.metadata.date = "2021-01-15";
  doc.fonts.push_back({kNotoSerifCjk, 2, "Noto Serif CJK SC"});
  display::Page page;
  page.width = from_mm(210);
  page.height = from_mm(297);
  page.items.push_back(display::TagBegin{"P", {}});
  page.items.push_back(cjk_run("济宁市信访局", 130, 215));
  page.items.push_back(display::TagEnd{});
  page.items.push_back(display::TagBegin{"P", {}});
  page.items.push_back(cjk_run("2021年1月15日", 128, 225));
  page.items.push_back(display::TagEnd{});
  if (reserve_seal) page.items.push_back(seal_anchor(125, 196));
  doc.pages.push_back(page);
  return doc;
}

TEST(RenderedPdf, SignsTheWritersOutputAndKeepsItsProperties) {
  if (!fs::exists(kNotoSerifCjk)) GTEST_SKIP() << "fonts-noto-cjk is not installed";
  TempDir dir("rendered");
  const Pki pki = make_pki(dir, "agency", "rsa:2048");
  const CadesSigner signer(load_pkcs12(read_bytes(pki.p12), pki.password, "agency.p12"));
  const std::string rendered = pdf::write_pdf(signature_page());

  SignOptions o;
  o.signer = &signer;
  o.time = render_date();
  o.seal = decode_seal_png(make_seal_png(), "seal.png");
  // Until the writer reserves the seal field itself, place it by hand.
  if (rendered.find("/FT/Sig") == std::string::npos) o.rect = FieldRect{125, 196, 42, 42};
  const std::string signed_pdf = sign_pdf(rendered, o);
  write_bytes(dir / "signed.pdf", signed_pdf);

  const std::string report = pdfsig(dir / "signed.pdf").output;
  EXPECT_NE(report.find("Signature is Valid"), std::string::npos) << report;
  EXPECT_NE(report.find("Total document signed"), std::string::npos) << report;
  const CommandResult check = run("qpdf --check '" + (dir / "signed.pdf").string() + "'");
  EXPECT_NE(check.output.find("No syntax or stream encoding errors found"), std::string::npos)
      << check.output;
  // Still tagged, and still only embedded fonts (the seal adds none).
  const CommandResult info = run("pdfinfo '" + (dir / "signed.pdf").string() + "'");
  EXPECT_NE(info.output.find("Tagged:          yes"), std::string::npos) << info.output;
  const CommandResult fonts = run("pdffonts '" + (dir / "signed.pdf").string() + "'");
  EXPECT_EQ(count(fonts.output, "\n"), 3u) << fonts.output;  // header, rule, one font
  EXPECT_NE(fonts.output.find("yes yes yes"), std::string::npos) << fonts.output;
  // Text under the seal still extracts.
  const CommandResult text = run("pdftotext '" + (dir / "signed.pdf").string() + "' -");
  EXPECT_NE(text.output.find("济宁市信访局"), std::string::npos) << text.output;
  // Poppler draws it without complaint.
  const CommandResult draw = run("pdftoppm -r 30 -png '" + (dir / "signed.pdf").string() + "' '" +
                                 (dir / "page").string() + "'");
  EXPECT_EQ(draw.status, 0);
  EXPECT_EQ(draw.output, "");
}

// The PDF/A and PDF/UA checks of tests/scripts/conformance.sh, one line each.
std::string violations(const fs::path& file) {
  std::string out;
  for (const std::string& line : pdf::testing::check_conformance(file.string())) {
    out += line + "\n";
  }
  return out;
}

// A field made at signing time is tagged like a reserved one: a Form
// element holding the widget, a /StructParent with its ParentTree entry.
TEST(RenderedPdf, FieldsAddedAtSigningTimeKeepThePdfUaTags) {
  if (!fs::exists(kNotoSerifCjk)) GTEST_SKIP() << "fonts-noto-cjk is not installed";
  TempDir dir("rendered-tags");
  const Pki pki = make_pki(dir, "agency", "rsa:2048");
  const CadesSigner signer(load_pkcs12(read_bytes(pki.p12), pki.password, "agency.p12"));
  SignOptions o;
  o.signer = &signer;
  o.time = render_date();

  // Reserved Seal1, then a second signature placed with --rect.
  const std::string rendered = pdf::write_pdf(signature_page());
  write_bytes(dir / "rendered.pdf", rendered);
  ASSERT_EQ(violations(dir / "rendered.pdf"), "");
  const std::string once = sign_pdf(rendered, o);
  SignOptions placed = o;
  placed.field = "Seal2";
  placed.rect = FieldRect{20, 230, 40, 40};
  placed.seal = decode_seal_png(make_seal_png(), "seal.png");
  const std::string twice = sign_pdf(once, placed);
  write_bytes(dir / "rect.pdf", twice);
  EXPECT_EQ(violations(dir / "rect.pdf"), "");
  EXPECT_EQ(count(pdfsig(dir / "rect.pdf").output, "Signature is Valid"), 2u);
  // And a third, invisible one on top: the ParentTree keeps growing.
  SignOptions invisible = o;
  invisible.field = "Seal3";
  write_bytes(dir / "rect-invisible.pdf", sign_pdf(twice, invisible));
  EXPECT_EQ(violations(dir / "rect-invisible.pdf"), "");
  EXPECT_EQ(count(pdfsig(dir / "rect-invisible.pdf").output, "Signature is Valid"), 3u);

  // No reserved field: the signature is invisible.
  write_bytes(dir / "invisible.pdf", sign_pdf(pdf::write_pdf(signature_page(false)), o));
  EXPECT_EQ(violations(dir / "invisible.pdf"), "");
  const std::string report = pdfsig(dir / "invisible.pdf").output;
  EXPECT_NE(report.find("Signature is Valid"), std::string::npos) << report;
  const CommandResult structure = run("pdfinfo -struct '" + (dir / "invisible.pdf").string() + "'");
  EXPECT_NE(structure.output.find("Form"), std::string::npos) << structure.output;
}

}  // namespace
}  // namespace gongwen::sign
