#include "sign/cades_signer.h"

#include <gtest/gtest.h>
#include <openssl/pem.h>

#include "sign/pkcs12_identity.h"
#include "sign/sign_fixtures.h"

namespace gongwen::sign {
namespace {

using namespace testing;

std::string sha256(const std::string& data) {
  unsigned char md[32];
  unsigned len = 0;
  EVP_Digest(data.data(), data.size(), md, &len, EVP_sha256(), nullptr);
  return std::string(reinterpret_cast<char*>(md), len);
}

CmsPtr parse(const std::string& der) {
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  return CmsPtr(d2i_CMS_ContentInfo(nullptr, &p, static_cast<long>(der.size())));
}

// Verifies the detached CMS over `content` with OpenSSL, trusting `ca_pem`.
bool verifies(CMS_ContentInfo* cms, const std::string& content, const fs::path& ca_pem) {
  X509_STORE* store = X509_STORE_new();
  X509_STORE_load_file(store, ca_pem.c_str());
  BioPtr data(BIO_new_mem_buf(content.data(), static_cast<int>(content.size())));
  const int ok = CMS_verify(cms, nullptr, store, data.get(), nullptr, CMS_BINARY);
  X509_STORE_free(store);
  return ok == 1;
}

class CadesSignerTest : public ::testing::TestWithParam<std::string> {
 protected:
  void SetUp() override {
    pki_ = make_pki(dir_, "id", GetParam());
    signer_ =
        std::make_unique<CadesSigner>(load_pkcs12(read_bytes(pki_.p12), pki_.password, "id.p12"));
  }
  TempDir dir_{"cades"};
  Pki pki_;
  std::unique_ptr<CadesSigner> signer_;
};

TEST_P(CadesSignerTest, MakesADetachedCmsThatOpenSslVerifies) {
  const std::string content = "%PDF-1.7 the signed byte ranges";
  const std::string der = signer_->sign(sha256(content));
  EXPECT_LE(der.size(), signer_->max_signature_size());
  CmsPtr cms = parse(der);
  ASSERT_TRUE(cms);
  EXPECT_EQ(CMS_is_detached(cms.get()), 1);
  EXPECT_TRUE(verifies(cms.get(), content, pki_.ca_pem));
  EXPECT_FALSE(verifies(cms.get(), content + " changed", pki_.ca_pem));
}

TEST_P(CadesSignerTest, CarriesThePadesAttributesAndTheChain) {
  CmsPtr cms = parse(signer_->sign(sha256("x")));
  ASSERT_TRUE(cms);
  CMS_SignerInfo* si = sk_CMS_SignerInfo_value(CMS_get0_SignerInfos(cms.get()), 0);
  EXPECT_GE(CMS_signed_get_attr_by_NID(si, NID_pkcs9_contentType, -1), 0);
  EXPECT_GE(CMS_signed_get_attr_by_NID(si, NID_pkcs9_messageDigest, -1), 0);
  EXPECT_GE(CMS_signed_get_attr_by_NID(si, NID_id_smime_aa_signingCertificateV2, -1), 0);
  // PAdES B-B: the claimed time is the dictionary's /M, never a CMS attribute.
  EXPECT_LT(CMS_signed_get_attr_by_NID(si, NID_pkcs9_signingTime, -1), 0);
  EXPECT_EQ(CMS_signed_get_attr_count(si), 3);
  X509StackPtr certs(CMS_get1_certs(cms.get()));
  EXPECT_EQ(sk_X509_num(certs.get()), 2);  // signer and CA
  X509_ALGOR* digest = nullptr;
  CMS_SignerInfo_get0_algs(si, nullptr, nullptr, &digest, nullptr);
  const ASN1_OBJECT* oid = nullptr;
  X509_ALGOR_get0(&oid, nullptr, nullptr, digest);
  EXPECT_EQ(OBJ_obj2nid(oid), NID_sha256);
}

TEST_P(CadesSignerTest, NamesItsSubFilterAndDigest) {
  EXPECT_EQ(signer_->sub_filter(), "ETSI.CAdES.detached");
  EXPECT_EQ(signer_->digest_name(), "SHA256");
}

INSTANTIATE_TEST_SUITE_P(Keys, CadesSignerTest, ::testing::Values("rsa:2048", "ec"),
                         [](const auto& info) { return info.param == "ec" ? "Ecdsa" : "Rsa"; });

}  // namespace
}  // namespace gongwen::sign
