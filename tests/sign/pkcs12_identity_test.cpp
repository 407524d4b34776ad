#include "sign/pkcs12_identity.h"

#include <gtest/gtest.h>

#include "sign/sign_fixtures.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

using namespace testing;

class Pkcs12 : public ::testing::Test {
 protected:
  // Exports the signer key/certificate again with other openssl pkcs12 options.
  std::string export_p12(const std::string& options, const std::string& password = "secret") {
    const std::string d = (dir_ / "id").string();
    const std::string out = d + "-variant.p12";
    must_run("openssl pkcs12 -export " + options + " -inkey " + d + ".key -in " + d +
             ".pem -certfile " + d + "-ca.pem -out " + out + " -passout pass:" + password);
    return read_bytes(out);
  }
  std::string message_of(const std::string& der, const std::string& password) {
    try {
      load_pkcs12(der, password, "id.p12");
    } catch (const InputError& e) {
      return e.what();
    }
    return "no error";
  }
  TempDir dir_{"p12"};
  Pki pki_ = make_pki(dir_, "id", "rsa:2048");
};

TEST_F(Pkcs12, LoadsKeyCertificateAndChain) {
  const Identity id = load_pkcs12(read_bytes(pki_.p12), "secret", "id.p12");
  ASSERT_TRUE(id.key);
  ASSERT_TRUE(id.certificate);
  EXPECT_EQ(X509_check_private_key(id.certificate.get(), id.key.get()), 1);
  EXPECT_EQ(sk_X509_num(id.chain.get()), 1);
}

TEST_F(Pkcs12, AWrongPasswordSaysSo) {
  const std::string message = message_of(read_bytes(pki_.p12), "wrong");
  EXPECT_NE(message.find("id.p12"), std::string::npos) << message;
  EXPECT_NE(message.find("password does not open"), std::string::npos) << message;
  EXPECT_NE(message_of(read_bytes(pki_.p12), "").find("--password-file"), std::string::npos);
}

TEST_F(Pkcs12, AFileWithoutKeyOrCertificateIsRejected) {
  EXPECT_NE(message_of(export_p12("-nokeys"), "secret").find("no private key"), std::string::npos);
  const std::string d = (dir_ / "id").string();
  must_run("openssl pkcs12 -export -nocerts -inkey " + d + ".key -out " + d +
           "-keyonly.p12 -passout pass:secret");
  EXPECT_NE(message_of(read_bytes(d + "-keyonly.p12"), "secret").find("no certificate"),
            std::string::npos);
}

TEST_F(Pkcs12, NotAPkcs12FileIsRejected) {
  EXPECT_NE(message_of(read_bytes(pki_.ca_pem), "secret").find("not a PKCS#12"), std::string::npos);
}

TEST_F(Pkcs12, PasswordlessAndLegacyFilesOpen) {
  EXPECT_NO_THROW(load_pkcs12(export_p12("", ""), "", "empty.p12"));
  // RC2/3DES encryption, as older Windows tools export.
  EXPECT_NO_THROW(load_pkcs12(export_p12("-legacy"), "secret", "legacy.p12"));
}

}  // namespace
}  // namespace gongwen::sign
