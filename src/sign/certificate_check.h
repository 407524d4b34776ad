// Checks on the signing certificate that do not stop a signature from being
// made but make it worthless to a verifier: outside its validity period at
// the signing time, or not meant for signatures at all.
#pragma once

#include <ctime>
#include <string>
#include <vector>

#include <openssl/x509.h>

namespace gongwen::sign {

// One sentence per problem; empty when there is none.
std::vector<std::string> certificate_problems(X509* certificate, std::time_t signing_time);

// The subject's common name (or the whole subject), for messages.
std::string certificate_name(X509* certificate);

}  // namespace gongwen::sign
