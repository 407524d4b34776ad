// The signer's key, certificate and chain, read from a PKCS#12 (.p12/.pfx)
// file as certificate authorities issue them.
#pragma once

#include <string>
#include <string_view>

#include "sign/openssl_handles.h"

namespace gongwen::sign {

struct Identity {
  PkeyPtr key;
  X509Ptr certificate;  // the signer's own certificate, matching `key`
  X509StackPtr chain;   // the other certificates in the file (CAs), maybe empty
};

// `name` is the file name used in messages. Throws InputError when the
// bytes are not PKCS#12, the password is wrong, or the file holds no private
// key or no certificate for it.
Identity load_pkcs12(std::string_view der, const std::string& password, const std::string& name);

}  // namespace gongwen::sign
