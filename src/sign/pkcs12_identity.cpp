#include "sign/pkcs12_identity.h"

#include <openssl/provider.h>

#include "util/error.h"

namespace gongwen::sign {
namespace {

Pkcs12Ptr parse_der(std::string_view der, const std::string& name) {
  BioPtr bio(BIO_new_mem_buf(der.data(), static_cast<int>(der.size())));
  Pkcs12Ptr p12(d2i_PKCS12_bio(bio.get(), nullptr));
  if (!p12) {
    take_openssl_errors();
    throw InputError(SourcePos{name},
                     "this is not a PKCS#12 file (.p12/.pfx); export the "
                     "certificate with its private key in PKCS#12 format");
  }
  return p12;
}

// Files exported by older tools encrypt with RC2 or DES, which OpenSSL 3
// keeps in its "legacy" provider. Loading it (once, next to "default") lets
// those files open; it is not used for signing. The providers are unloaded at
// exit, before OpenSSL's own cleanup (registered earlier, so it runs later).
class LegacyAlgorithms {
 public:
  LegacyAlgorithms()
      : legacy_(OSSL_PROVIDER_load(nullptr, "legacy")),
        default_(OSSL_PROVIDER_load(nullptr, "default")) {}
  ~LegacyAlgorithms() {
    if (default_) OSSL_PROVIDER_unload(default_);
    if (legacy_) OSSL_PROVIDER_unload(legacy_);
  }
  LegacyAlgorithms(const LegacyAlgorithms&) = delete;
  LegacyAlgorithms& operator=(const LegacyAlgorithms&) = delete;
  bool loaded() const { return legacy_ && default_; }

 private:
  OSSL_PROVIDER* legacy_;
  OSSL_PROVIDER* default_;
};

bool load_legacy_algorithms() {
  static const LegacyAlgorithms algorithms;
  return algorithms.loaded();
}

// An empty password may have been applied as "no password" or as "", and
// tools differ; PKCS12_parse tries both, so the check does too.
bool password_opens(PKCS12* p12, const std::string& password) {
  if (!PKCS12_mac_present(p12)) return true;
  if (password.empty()) {
    return PKCS12_verify_mac(p12, nullptr, 0) == 1 || PKCS12_verify_mac(p12, "", 0) == 1;
  }
  return PKCS12_verify_mac(p12, password.c_str(), static_cast<int>(password.size())) == 1;
}

}  // namespace

Identity load_pkcs12(std::string_view der, const std::string& password, const std::string& name) {
  Pkcs12Ptr p12 = parse_der(der, name);
  if (!password_opens(p12.get(), password)) {
    take_openssl_errors();
    throw InputError(SourcePos{name},
                     password.empty()
                         ? "the file is protected by a password; give it with --password-file"
                         : "the password does not open this file; check the --password-file "
                           "(only its first line is used, without the line end)");
  }
  EVP_PKEY* key = nullptr;
  X509* cert = nullptr;
  STACK_OF(X509)* chain = nullptr;
  bool parsed = PKCS12_parse(p12.get(), password.c_str(), &key, &cert, &chain) == 1;
  if (!parsed && load_legacy_algorithms()) {
    take_openssl_errors();
    parsed = PKCS12_parse(p12.get(), password.c_str(), &key, &cert, &chain) == 1;
  }
  Identity identity{PkeyPtr(key), X509Ptr(cert), X509StackPtr(chain)};
  if (!parsed) {
    throw InputError(SourcePos{name},
                     "cannot read the key and certificates: " + take_openssl_errors());
  }
  if (!identity.key) {
    throw InputError(SourcePos{name},
                     "the file holds no private key; export the signing "
                     "certificate together with its private key");
  }
  if (!identity.certificate) {
    throw InputError(SourcePos{name},
                     "the file holds no certificate for its private key; "
                     "export the certificate together with the key");
  }
  if (!identity.chain) identity.chain.reset(sk_X509_new_null());
  return identity;
}

}  // namespace gongwen::sign
