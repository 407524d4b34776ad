#include "sign/certificate_check.h"

#include <openssl/bio.h>
#include <openssl/x509v3.h>

#include "sign/openssl_handles.h"

namespace gongwen::sign {
namespace {

std::string time_text(const ASN1_TIME* t) {
  BioPtr bio(BIO_new(BIO_s_mem()));
  ASN1_TIME_print(bio.get(), t);
  char* data = nullptr;
  const long len = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(len));
}

}  // namespace

std::vector<std::string> certificate_problems(X509* certificate, std::time_t signing_time) {
  std::vector<std::string> problems;
  const std::string who = "the certificate of " + certificate_name(certificate);
  std::time_t when = signing_time;
  const ASN1_TIME* not_before = X509_get0_notBefore(certificate);
  const ASN1_TIME* not_after = X509_get0_notAfter(certificate);
  if (X509_cmp_time(not_before, &when) > 0) {
    problems.push_back(who + " only becomes valid on " + time_text(not_before) +
                       ", after the signing time; check --time and the computer's clock");
  }
  if (X509_cmp_time(not_after, &when) < 0) {
    problems.push_back(who + " expired on " + time_text(not_after) +
                       ", before the signing time; renew it with the certificate authority");
  }
  const std::uint32_t usage = X509_get_key_usage(certificate);
  if (usage != UINT32_MAX && (usage & (KU_DIGITAL_SIGNATURE | KU_NON_REPUDIATION)) == 0) {
    problems.push_back(who +
                       " is not meant for signatures (its key usage has neither "
                       "digitalSignature nor nonRepudiation)");
  }
  return problems;
}

std::string certificate_name(X509* certificate) {
  X509_NAME* subject = X509_get_subject_name(certificate);
  const int at = X509_NAME_get_index_by_NID(subject, NID_commonName, -1);
  if (at >= 0) {
    unsigned char* utf8 = nullptr;
    const int len =
        ASN1_STRING_to_UTF8(&utf8, X509_NAME_ENTRY_get_data(X509_NAME_get_entry(subject, at)));
    if (len >= 0) {
      std::string name(reinterpret_cast<char*>(utf8), static_cast<std::size_t>(len));
      OPENSSL_free(utf8);
      return "\"" + name + "\"";
    }
  }
  char buf[512];
  X509_NAME_oneline(subject, buf, sizeof buf);
  return buf;
}

}  // namespace gongwen::sign
