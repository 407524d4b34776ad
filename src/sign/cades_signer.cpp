#include "sign/cades_signer.h"

#include <algorithm>
#include <stdexcept>
#include <vector>

#include "util/error.h"

namespace gongwen::sign {
namespace {

[[noreturn]] void fail(const std::string& what) {
  throw std::runtime_error("CMS signing failed: " + what + ": " + take_openssl_errors());
}

std::string der_of(X509_ATTRIBUTE* attribute) {
  unsigned char* der = nullptr;
  const int len = i2d_X509_ATTRIBUTE(attribute, &der);
  if (len <= 0) fail("encoding a signed attribute");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

std::string der_length(std::size_t n) {
  if (n < 0x80) return std::string(1, static_cast<char>(n));
  std::string bytes;
  for (; n > 0; n >>= 8) bytes.insert(bytes.begin(), static_cast<char>(n & 0xFF));
  return static_cast<char>(0x80 | bytes.size()) + bytes;
}

// Puts the signed attributes in DER order (a SET OF is sorted by encoding)
// and returns their DER encoding as the SET that is signed. With the stack
// itself in that order, the attributes written to the file are the bytes
// signed, whichever way the encoder treats the set.
std::string sort_and_encode_signed_attributes(CMS_SignerInfo* si) {
  std::vector<std::pair<std::string, X509AttributePtr>> attributes;
  while (CMS_signed_get_attr_count(si) > 0) {
    X509AttributePtr attribute(CMS_signed_delete_attr(si, 0));
    std::string der = der_of(attribute.get());
    attributes.emplace_back(std::move(der), std::move(attribute));
  }
  std::sort(attributes.begin(), attributes.end(),
            [](const auto& a, const auto& b) { return a.first < b.first; });
  std::string content;
  for (auto& [der, attribute] : attributes) {
    if (CMS_signed_add1_attr(si, attribute.get()) != 1) fail("re-adding a signed attribute");
    content += der;
  }
  return "\x31" + der_length(content.size()) + content;
}

std::string sign_bytes(EVP_PKEY* key, const std::string& data) {
  MdCtxPtr ctx(EVP_MD_CTX_new());
  std::size_t len = 0;
  if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1 ||
      EVP_DigestSign(ctx.get(), nullptr, &len, reinterpret_cast<const unsigned char*>(data.data()),
                     data.size()) != 1) {
    fail("preparing the signature");
  }
  std::string signature(len, '\0');
  if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &len,
                     reinterpret_cast<const unsigned char*>(data.data()), data.size()) != 1) {
    fail("signing the attributes");
  }
  signature.resize(len);
  return signature;
}

// Room for the variable length of ECDSA signatures and DER length fields.
constexpr std::size_t kSizeMargin = 64;

}  // namespace

CadesSigner::CadesSigner(Identity identity) : identity_(std::move(identity)) {
  const int id = EVP_PKEY_get_base_id(identity_.key.get());
  if (id != EVP_PKEY_RSA && id != EVP_PKEY_EC) {
    throw InputError(SourcePos{}, std::string("the private key is of type ") + OBJ_nid2sn(id) +
                                      "; only RSA and ECDSA keys can sign");
  }
  // A signature of a dummy digest has the size of every real one (up to the
  // ECDSA variation the margin covers).
  max_size_ = sign(std::string(32, '\0')).size() + kSizeMargin;
}

std::string CadesSigner::sign(std::string_view digest) const {
  constexpr unsigned kFlags = CMS_DETACHED | CMS_BINARY | CMS_PARTIAL;
  CmsPtr cms(CMS_sign(nullptr, nullptr, nullptr, nullptr, kFlags));
  if (!cms) fail("creating SignedData");
  X509* cert = identity_.certificate.get();
  CMS_SignerInfo* si = CMS_add1_signer(cms.get(), cert, identity_.key.get(), EVP_sha256(),
                                       kFlags | CMS_NOSMIMECAP | CMS_CADES);
  if (si == nullptr) fail("adding the signer");
  for (int i = 0; i < sk_X509_num(identity_.chain.get()); ++i) {
    X509* ca = sk_X509_value(identity_.chain.get(), i);
    if (X509_cmp(ca, cert) != 0 && CMS_add1_cert(cms.get(), ca) != 1) fail("adding the chain");
  }
  if (CMS_signed_add1_attr_by_NID(si, NID_pkcs9_contentType, V_ASN1_OBJECT,
                                  OBJ_nid2obj(NID_pkcs7_data), -1) != 1 ||
      CMS_signed_add1_attr_by_NID(si, NID_pkcs9_messageDigest, V_ASN1_OCTET_STRING, digest.data(),
                                  static_cast<int>(digest.size())) != 1) {
    fail("adding the signed attributes");
  }
  // CMS_final would add a signing-time attribute, which PAdES B-B forbids,
  // so the attributes are signed here.
  const std::string signature =
      sign_bytes(identity_.key.get(), sort_and_encode_signed_attributes(si));
  if (ASN1_STRING_set(CMS_SignerInfo_get0_signature(si), signature.data(),
                      static_cast<int>(signature.size())) != 1 ||
      CMS_SignerInfo_verify(si) != 1) {
    fail("checking the signature just made");
  }
  unsigned char* der = nullptr;
  const int len = i2d_CMS_ContentInfo(cms.get(), &der);
  if (len <= 0) fail("encoding SignedData");
  std::string out(reinterpret_cast<char*>(der), static_cast<std::size_t>(len));
  OPENSSL_free(der);
  return out;
}

}  // namespace gongwen::sign
