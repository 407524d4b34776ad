// What the PDF side of signing needs from a signature backend: which digest
// to compute over the signed byte ranges, the CMS blob for that digest, and
// how to label it in the signature dictionary. OpenSSL (RSA/ECDSA) is one
// backend; an SM2 backend or a remote signing service would be others.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

namespace gongwen::sign {

class Signer {
 public:
  virtual ~Signer() = default;

  // The /SubFilter of the signature dictionary, e.g. "ETSI.CAdES.detached".
  virtual std::string sub_filter() const = 0;
  // OpenSSL name of the digest computed over the signed bytes, e.g. "SHA256".
  virtual std::string digest_name() const = 0;
  // Upper bound of the DER size sign() returns: the room reserved in /Contents.
  virtual std::size_t max_signature_size() const = 0;
  // A detached CMS SignedData (DER) whose message digest is `digest`.
  virtual std::string sign(std::string_view digest) const = 0;
};

}  // namespace gongwen::sign
