#include "sign/sign_command.h"

#include <gtest/gtest.h>

#include <sstream>

#include "sign/sign_fixtures.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

using namespace testing;

class SignCommand : public ::testing::Test {
 protected:
  static void SetUpTestSuite() {
    dir_ = new TempDir("sign-command");
    pki_ = new Pki(make_pki(*dir_, "agency", "rsa:2048"));
    write_bytes(*dir_ / "in.pdf", make_pdf(1, {{seal_anchor()}}));
    write_bytes(*dir_ / "password.txt", "secret\n");
    write_bytes(*dir_ / "wrong.txt", "guess\n");
    write_bytes(*dir_ / "seal.png", make_seal_png());
  }
  static void TearDownTestSuite() {
    delete pki_;
    delete dir_;
  }

  SignCommandOptions options() const {
    SignCommandOptions o;
    o.input = (*dir_ / "in.pdf").string();
    o.p12 = pki_->p12.string();
    o.password_file = (*dir_ / "password.txt").string();
    o.seal = (*dir_ / "seal.png").string();
    o.reason = "发布";
    return o;
  }

  // The message of the InputError the options give ("" when none).
  static std::string input_error(const SignCommandOptions& o) {
    std::ostringstream warnings;
    try {
      sign_command(o, warnings);
    } catch (const InputError& e) {
      return e.what();
    }
    return "";
  }

  static inline TempDir* dir_ = nullptr;
  static inline Pki* pki_ = nullptr;
};

TEST_F(SignCommand, SignsWithThePasswordFromTheFirstLineOfTheFile) {
  std::ostringstream warnings;
  const std::string signed_pdf = sign_command(options(), warnings);
  EXPECT_EQ(warnings.str(), "");
  write_bytes(*dir_ / "out.pdf", signed_pdf);
  const std::string report = pdfsig(*dir_ / "out.pdf").output;
  EXPECT_NE(report.find("Signature is Valid"), std::string::npos) << report;
}

TEST_F(SignCommand, AWrongPasswordNamesTheP12File) {
  SignCommandOptions o = options();
  o.password_file = (*dir_ / "wrong.txt").string();
  const std::string message = input_error(o);
  EXPECT_NE(message.find(o.p12), std::string::npos) << message;
  EXPECT_NE(message.find("password does not open"), std::string::npos) << message;
}

TEST_F(SignCommand, UnreadableFilesAreEnvironmentErrors) {
  std::ostringstream warnings;
  for (auto change : {+[](SignCommandOptions& o) { o.input += ".missing"; },
                      +[](SignCommandOptions& o) { o.p12 += ".missing"; },
                      +[](SignCommandOptions& o) { o.password_file += ".missing"; },
                      +[](SignCommandOptions& o) { o.seal += ".missing"; }}) {
    SignCommandOptions o = options();
    change(o);
    EXPECT_THROW(sign_command(o, warnings), EnvironmentError);
  }
}

TEST_F(SignCommand, TheClaimedTimeComesFromTimeAndIsCheckedAgainstTheCertificate) {
  SignCommandOptions o = options();
  o.time = "2021-01-16T10:30:00+08:00";  // before the test certificate was issued
  std::ostringstream warnings;
  write_bytes(*dir_ / "dated.pdf", sign_command(o, warnings));
  EXPECT_NE(warnings.str().find("only becomes valid on"), std::string::npos) << warnings.str();
  const std::string report = pdfsig(*dir_ / "dated.pdf").output;
  EXPECT_NE(report.find("Signing Time: Jan 16 2021 02:30:00"), std::string::npos) << report;
}

TEST_F(SignCommand, ACertificateExpiredAtTheSigningTimeWarnsOrFailsWhenStrict) {
  SignCommandOptions o = options();
  o.time = "2099-01-01T00:00:00+08:00";
  std::ostringstream warnings;
  EXPECT_NO_THROW(sign_command(o, warnings));
  EXPECT_NE(warnings.str().find("gongwen: warning: "), std::string::npos);
  EXPECT_NE(warnings.str().find("expired"), std::string::npos) << warnings.str();
  o.strict = true;
  EXPECT_NE(input_error(o).find("--strict"), std::string::npos);
}

TEST_F(SignCommand, BadlyWrittenRectIsAUsageErrorThatSaysHowToWriteIt) {
  for (const std::string rect : {"120,200,42", "a,b,c,d", "1,2,3,4,5", "1,2,0,4", "-1,2,3,4",
                                 "nan,2,3,4", "1,2,inf,4", "1;2;3;4", "1,2,3,4mm"}) {
    SignCommandOptions o = options();
    o.rect = rect;
    o.p12 = (*dir_ / "none.p12").string();  // not read: the arguments are checked first
    std::ostringstream warnings;
    try {
      sign_command(o, warnings);
      ADD_FAILURE() << rect << " was accepted";
    } catch (const UsageError& e) {
      EXPECT_EQ(std::string(e.what()),
                "--rect: expected x,y,width,height in millimetres from the page's top-left corner "
                "(four numbers, width and height above 0, for example 120,200,42,42), got \"" +
                    rect + "\"");
    }
  }
}

TEST_F(SignCommand, ABadTimeIsAUsageErrorThatSaysHowToWriteIt) {
  SignCommandOptions o = options();
  o.time = "16/01/2021";
  std::ostringstream warnings;
  try {
    sign_command(o, warnings);
    FAIL() << "--time 16/01/2021 was accepted";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("YYYY-MM-DDTHH:MM:SS"), std::string::npos) << e.what();
  }
}

TEST_F(SignCommand, PageWithoutRectIsAUsageError) {
  SignCommandOptions o = options();
  o.page = 2;
  std::ostringstream warnings;
  try {
    sign_command(o, warnings);
    FAIL() << "--page without --rect was accepted";
  } catch (const UsageError& e) {
    EXPECT_NE(std::string(e.what()).find("--page goes with --rect"), std::string::npos) << e.what();
  }
}

TEST_F(SignCommand, UsageErrorsAboutTheDocumentNameIt) {
  SignCommandOptions o = options();
  o.field = "Seal2";
  o.rect = "500,10,40,40";
  o.page = 1;
  std::ostringstream warnings;
  try {
    sign_command(o, warnings);
    FAIL() << "a rectangle off the page was accepted";
  } catch (const UsageError& e) {
    const std::string message = e.what();
    EXPECT_EQ(message.rfind(o.input + ": --rect 500,10,40,40 is not inside page 1", 0), 0u)
        << message;
  }
}

TEST_F(SignCommand, ErrorsAboutTheDocumentNameIt) {
  std::ostringstream warnings;
  write_bytes(*dir_ / "once.pdf", sign_command(options(), warnings));
  SignCommandOptions o = options();
  o.input = (*dir_ / "once.pdf").string();
  const std::string message = input_error(o);
  EXPECT_EQ(message.rfind(o.input + ": ", 0), 0u) << message;
  EXPECT_NE(message.find("already signed"), std::string::npos) << message;
  // Another field, placed by hand on page 1, is fine.
  o.field = "Seal2";
  o.rect = "20,20,40,40";
  write_bytes(*dir_ / "twice.pdf", sign_command(o, warnings));
  EXPECT_EQ(count(pdfsig(*dir_ / "twice.pdf").output, "Signature is Valid"), 2u);
}

}  // namespace
}  // namespace gongwen::sign
