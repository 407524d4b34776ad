#include "sign/sign_pdf.h"

#include <gtest/gtest.h>

#include <regex>

#include "sign/cades_signer.h"
#include "sign/pkcs12_identity.h"
#include "sign/seal_image.h"
#include "sign/sign_fixtures.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

using namespace testing;

pdf::Timestamp signing_time() {
  pdf::Timestamp t = render_date();
  t.day = 16;
  t.hour = 10;
  t.minute = 30;
  return t;
}

class SignPdf : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("sign-pdf");
    const Pki rsa = make_pki(*dir_, "rsa", "rsa:2048");
    const Pki ec = make_pki(*dir_, "ec", "ec");
    rsa_ = new CadesSigner(load_pkcs12(read_bytes(rsa.p12), rsa.password, "rsa.p12"));
    ec_ = new CadesSigner(load_pkcs12(read_bytes(ec.p12), ec.password, "ec.p12"));
  }
  static void TearDownTestSuite() {
    delete rsa_;
    delete ec_;
    delete dir_;
  }

  SignOptions options(const Signer& signer) const {
    SignOptions o;
    o.signer = &signer;
    o.time = signing_time();
    o.reason = "政府信息公开年度报告发布";
    o.location = "济宁";
    return o;
  }

  // Writes the file and returns pdfsig's report.
  std::string check(const std::string& name, const std::string& pdf) const {
    write_bytes(*dir_ / name, pdf);
    return pdfsig(*dir_ / name).output;
  }

  static void expect_qpdf_clean(const fs::path& file) {
    const CommandResult r = run("qpdf --check '" + file.string() + "'");
    EXPECT_EQ(r.status, 0) << r.output;
    EXPECT_NE(r.output.find("No syntax or stream encoding errors found"), std::string::npos)
        << r.output;
  }

  static inline TempDir* dir_ = nullptr;
  static inline CadesSigner* rsa_ = nullptr;
  static inline CadesSigner* ec_ = nullptr;
};

TEST_F(SignPdf, FillsTheReservedSealFieldWithAValidPadesSignature) {
  const std::string unsigned_pdf = make_pdf(1, {{seal_anchor()}});
  SignOptions o = options(*rsa_);
  o.seal = decode_seal_png(make_seal_png(), "seal.png");
  const std::string signed_pdf = sign_pdf(unsigned_pdf, o);

  const std::string report = check("rsa.pdf", signed_pdf);
  EXPECT_NE(report.find("Signature Field Name: Seal1"), std::string::npos) << report;
  EXPECT_NE(report.find("Signature Type: ETSI.CAdES.detached"), std::string::npos) << report;
  EXPECT_NE(report.find("Signing Hash Algorithm: SHA-256"), std::string::npos) << report;
  EXPECT_NE(report.find("Total document signed"), std::string::npos) << report;
  EXPECT_NE(report.find("Signature is Valid"), std::string::npos) << report;
  EXPECT_EQ(count(report, "Signature #"), 1u) << report;
  // An incremental update: the unsigned file is a prefix of the signed one.
  ASSERT_GT(signed_pdf.size(), unsigned_pdf.size());
  EXPECT_EQ(signed_pdf.compare(0, unsigned_pdf.size(), unsigned_pdf), 0);
  expect_qpdf_clean(*dir_ / "rsa.pdf");
}

TEST_F(SignPdf, EcdsaKeysSignToo) {
  const std::string signed_pdf = sign_pdf(make_pdf(1, {{seal_anchor()}}), options(*ec_));
  const std::string report = check("ec.pdf", signed_pdf);
  EXPECT_NE(report.find("Signature is Valid"), std::string::npos) << report;
  EXPECT_NE(report.find("Total document signed"), std::string::npos) << report;
  EXPECT_NE(report.find("ETSI.CAdES.detached"), std::string::npos) << report;
}

TEST_F(SignPdf, FlippingOneSignedByteInvalidatesTheSignature) {
  std::string signed_pdf = sign_pdf(make_pdf(1, {{seal_anchor()}}), options(*rsa_));
  ASSERT_NE(check("good.pdf", signed_pdf).find("Signature is Valid"), std::string::npos);
  // A byte of the original revision's XMP packet (stored uncompressed).
  const std::size_t at = signed_pdf.find("application/pdf");
  ASSERT_NE(at, std::string::npos);
  signed_pdf[at] = 'A';
  const std::string report = check("tampered.pdf", signed_pdf);
  EXPECT_EQ(report.find("Signature is Valid"), std::string::npos) << report;
  EXPECT_NE(report.find("Digest Mismatch"), std::string::npos) << report;
}

TEST_F(SignPdf, ASecondSignatureKeepsTheFirstValid) {
  const std::string once =
      sign_pdf(make_pdf(1, {{seal_anchor(30), seal_anchor(120)}}), options(*rsa_));
  SignOptions second = options(*ec_);
  second.field = "Seal2";
  second.seal = decode_seal_png(make_seal_png(), "seal.png");
  const std::string twice = sign_pdf(once, second);
  EXPECT_EQ(twice.compare(0, once.size(), once), 0);
  // The first signature's dictionary is not written again.
  EXPECT_EQ(count(twice.substr(once.size()), "/Type/Sig"), 1u);

  const std::string report = check("twice.pdf", twice);
  EXPECT_EQ(count(report, "Signature is Valid"), 2u) << report;
  EXPECT_NE(report.find("Signature Field Name: Seal1"), std::string::npos) << report;
  EXPECT_NE(report.find("Signature Field Name: Seal2"), std::string::npos) << report;
  // The first covers its own revision; the second covers everything.
  EXPECT_EQ(count(report, "Total document signed"), 1u) << report;
  EXPECT_EQ(count(report, "Not total document signed"), 1u) << report;
  expect_qpdf_clean(*dir_ / "twice.pdf");
}

TEST_F(SignPdf, ASecondSignatureInANewFieldKeepsTheFirstValid) {
  const std::string once = sign_pdf(make_pdf(2, {{}, {seal_anchor()}}), options(*rsa_));
  SignOptions second = options(*rsa_);
  second.field = "Seal2";
  second.page = 1;
  second.rect = FieldRect{20, 20, 30, 30};
  second.seal = decode_seal_png(make_seal_png(), "seal.png");
  const std::string report = check("new-field.pdf", sign_pdf(once, second));
  EXPECT_EQ(count(report, "Signature is Valid"), 2u) << report;
}

TEST_F(SignPdf, SigningASignedFieldIsAnInputError) {
  const std::string once = sign_pdf(make_pdf(1, {{seal_anchor()}}), options(*rsa_));
  try {
    sign_pdf(once, options(*rsa_));
    FAIL() << "signed the same field twice";
  } catch (const InputError& e) {
    EXPECT_NE(std::string(e.what()).find("\"Seal1\" is already signed"), std::string::npos)
        << e.what();
    EXPECT_NE(std::string(e.what()).find("--field"), std::string::npos) << e.what();
  }
}

TEST_F(SignPdf, WithoutAReservedFieldAnInvisibleOneIsAdded) {
  const std::string signed_pdf = sign_pdf(make_pdf(1, {}), options(*rsa_));
  const std::string report = check("invisible.pdf", signed_pdf);
  EXPECT_NE(report.find("Signature Field Name: Seal1"), std::string::npos) << report;
  EXPECT_NE(report.find("Signature is Valid"), std::string::npos) << report;
  EXPECT_NE(signed_pdf.find("/Rect[ 0 0 0 0]"), std::string::npos);
  expect_qpdf_clean(*dir_ / "invisible.pdf");
}

TEST_F(SignPdf, ImpossiblePlacementsAreInputErrors) {
  const std::string unsigned_pdf = make_pdf(1, {});
  SignOptions o = options(*rsa_);
  o.seal = decode_seal_png(make_seal_png(), "seal.png");
  EXPECT_THROW(sign_pdf(unsigned_pdf, o), InputError);  // a seal on an invisible field
  o.rect = FieldRect{10, 10, 40, 40};
  o.page = 2;
  EXPECT_THROW(sign_pdf(unsigned_pdf, o), UsageError);  // no page 2
  SignOptions reserved = options(*rsa_);
  reserved.rect = FieldRect{10, 10, 40, 40};
  EXPECT_THROW(sign_pdf(make_pdf(1, {{seal_anchor()}}), reserved), InputError);
  EXPECT_THROW(sign_pdf("not a pdf at all", options(*rsa_)), InputError);
}

// The message of the UsageError the options give ("" when none).
std::string usage_error(const std::string& pdf, const SignOptions& o) {
  try {
    sign_pdf(pdf, o);
  } catch (const UsageError& e) {
    return e.what();
  }
  return "";
}

TEST_F(SignPdf, ARectangleMustLieInsideItsPage) {
  const std::string a4 = make_pdf(2, {});
  SignOptions o = options(*rsa_);
  o.page = 1;
  o.rect = FieldRect{500, 10, 40, 40};
  const std::string message = usage_error(a4, o);
  EXPECT_NE(message.find("not inside page 1"), std::string::npos) << message;
  EXPECT_NE(message.find("210 × 297 mm"), std::string::npos) << message;
  o.rect = FieldRect{10, 270, 40, 40};  // below the bottom edge
  EXPECT_NE(usage_error(a4, o).find("210 × 297 mm"), std::string::npos);
  o.rect = FieldRect{170, 257, 40, 40};  // touching the bottom-right corner is inside
  o.page = 2;
  EXPECT_EQ(usage_error(a4, o), "");
  o.page = 3;
  EXPECT_NE(usage_error(a4, o).find("--page 3 does not exist; the document has 2 pages"),
            std::string::npos);
}

TEST_F(SignPdf, AFieldTheDocumentLacksIsRefusedWhileReservedFieldsAreEmpty) {
  const std::string reserved = make_pdf(1, {{seal_anchor(30), seal_anchor(120)}});
  SignOptions o = options(*rsa_);
  o.field = "Seal9";
  const std::string message = usage_error(reserved, o);
  EXPECT_NE(message.find("no field \"Seal9\""), std::string::npos) << message;
  EXPECT_NE(message.find("empty signature fields are Seal1, Seal2"), std::string::npos) << message;
  // With --rect it is a new visible field, as for a second seal.
  o.rect = FieldRect{20, 20, 30, 30};
  EXPECT_EQ(usage_error(reserved, o), "");
  // Once every reserved field is signed, a new invisible one is fine.
  SignOptions second = options(*rsa_);
  second.field = "Seal2";
  const std::string both = sign_pdf(sign_pdf(reserved, options(*rsa_)), second);
  o.rect.reset();
  const std::string report = check("third-invisible.pdf", sign_pdf(both, o));
  EXPECT_EQ(count(report, "Signature is Valid"), 3u) << report;
}

TEST_F(SignPdf, InfoAndXmpCarryTheSigningTimeTogether) {
  const std::string signed_pdf = sign_pdf(make_pdf(1, {{seal_anchor()}}), options(*rsa_));
  write_bytes(*dir_ / "dates.pdf", signed_pdf);
  const CommandResult info = run("pdfinfo -isodates '" + (*dir_ / "dates.pdf").string() + "'");
  EXPECT_TRUE(std::regex_search(info.output, std::regex("ModDate: +2021-01-16T10:30:00\\+08")))
      << info.output;
  const CommandResult meta = run("pdfinfo -meta '" + (*dir_ / "dates.pdf").string() + "'");
  EXPECT_NE(meta.output.find("<xmp:ModifyDate>2021-01-16T10:30:00+08:00</xmp:ModifyDate>"),
            std::string::npos)
      << meta.output;
  EXPECT_NE(meta.output.find("<xmp:MetadataDate>2021-01-16T10:30:00+08:00</xmp:MetadataDate>"),
            std::string::npos)
      << meta.output;
  EXPECT_NE(meta.output.find("<xmp:CreateDate>2021-01-15T00:00:00+08:00</xmp:CreateDate>"),
            std::string::npos)
      << meta.output;
  EXPECT_NE(signed_pdf.find("/M(D:20210116103000+08'00')"), std::string::npos);
}

// The update holds only what signing changes: rewriting unchanged objects
// would waste space and, for earlier signatures' objects, confuse verifiers.
TEST_F(SignPdf, TheUpdateRewritesOnlyWhatSigningChanges) {
  const std::string unsigned_pdf = make_pdf(1, {{seal_anchor()}});
  SignOptions o = options(*rsa_);
  o.seal = decode_seal_png(make_seal_png(), "seal.png");
  const std::string update = sign_pdf(unsigned_pdf, o).substr(unsigned_pdf.size());
  std::regex header(R"((\d+) 0 obj)");
  std::vector<int> numbers;
  for (std::sregex_iterator it(update.begin(), update.end(), header), end; it != end; ++it) {
    numbers.push_back(std::stoi((*it)[1]));
  }
  // Info, XMP, the widget and the AcroForm (SigFlags) are changed; the
  // signature, the appearance form, the image and its mask are new.
  EXPECT_EQ(numbers.size(), 8u) << update.substr(0, 2000);
  EXPECT_EQ(update.find("/Type/Page/"), std::string::npos) << "the page was rewritten";
  EXPECT_EQ(update.find("/Type/Pages"), std::string::npos) << "the page tree was rewritten";
}

// qpdf stands in for other writers: object streams, an xref stream, hex
// strings for field names.
TEST_F(SignPdf, FilesFromOtherWritersSignTwice) {
  write_bytes(*dir_ / "plain.pdf", make_pdf(1, {{seal_anchor()}}));
  must_run("qpdf --object-streams=generate '" + (*dir_ / "plain.pdf").string() + "' '" +
           (*dir_ / "packed.pdf").string() + "'");
  const std::string once = sign_pdf(read_bytes(*dir_ / "packed.pdf"), options(*rsa_));
  SignOptions second = options(*ec_);
  second.field = "Seal2";
  const std::string report = check("packed-twice.pdf", sign_pdf(once, second));
  EXPECT_EQ(count(report, "Signature is Valid"), 2u) << report;
  EXPECT_EQ(count(report, "Signature Field Name: Seal1"), 1u) << "the reserved field was found";
  expect_qpdf_clean(*dir_ / "packed-twice.pdf");
}

TEST_F(SignPdf, EncryptedFilesAreRefused) {
  write_bytes(*dir_ / "open.pdf", make_pdf(1, {}));
  for (const std::string user : {"", "user"}) {
    must_run("qpdf --encrypt '" + user + "' owner 256 -- '" + (*dir_ / "open.pdf").string() +
             "' '" + (*dir_ / "locked.pdf").string() + "'");
    try {
      sign_pdf(read_bytes(*dir_ / "locked.pdf"), options(*rsa_));
      ADD_FAILURE() << "signed an encrypted file";
    } catch (const InputError& e) {
      EXPECT_NE(std::string(e.what()).find("encrypted"), std::string::npos) << e.what();
    }
  }
}

TEST_F(SignPdf, OnlySignatureFieldsCanBeSigned) {
  std::string pdf = make_pdf(1, {{seal_anchor()}});
  // Turn the reserved field into a text field, same length.
  const std::size_t at = pdf.find("/FT/Sig");
  ASSERT_NE(at, std::string::npos);
  pdf.replace(at, 7, "/FT/Tx ");
  EXPECT_THROW(sign_pdf(pdf, options(*rsa_)), InputError);
}

TEST_F(SignPdf, LargeFilesSignCorrectly) {
  const std::string unsigned_pdf = make_pdf(3, {{}, {}, {seal_anchor()}}, 300000);
  ASSERT_GT(unsigned_pdf.size(), 300000u);
  const std::string once = sign_pdf(unsigned_pdf, options(*rsa_));
  SignOptions second = options(*rsa_);
  second.field = "Extra";
  const std::string report = check("large.pdf", sign_pdf(once, second));
  EXPECT_EQ(count(report, "Signature is Valid"), 2u) << report;
}

}  // namespace
}  // namespace gongwen::sign
