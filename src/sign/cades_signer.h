// PAdES baseline B-B signatures with OpenSSL: a detached CMS SignedData over
// the SHA-256 digest of the signed byte ranges, signed attributes
// content-type, message-digest and signing-certificate-v2 (no signing-time:
// PAdES puts the claimed time in the signature dictionary's /M), the whole
// certificate chain included. RSA (PKCS#1 v1.5) and ECDSA keys.
#pragma once

#include "sign/pkcs12_identity.h"
#include "sign/signer.h"

namespace gongwen::sign {

class CadesSigner : public Signer {
 public:
  // Throws InputError when the key type cannot sign CMS with SHA-256.
  explicit CadesSigner(Identity identity);

  std::string sub_filter() const override { return "ETSI.CAdES.detached"; }
  std::string digest_name() const override { return "SHA256"; }
  std::size_t max_signature_size() const override { return max_size_; }
  std::string sign(std::string_view digest) const override;

  const Identity& identity() const { return identity_; }

 private:
  Identity identity_;
  std::size_t max_size_ = 0;
};

}  // namespace gongwen::sign
