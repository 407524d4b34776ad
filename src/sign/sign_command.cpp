#include "sign/sign_command.h"

#include <cerrno>
#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <ostream>
#include <sstream>

#include "sign/cades_signer.h"
#include "sign/certificate_check.h"
#include "sign/pkcs12_identity.h"
#include "sign/sign_pdf.h"
#include "sign/signing_time.h"
#include "util/error.h"

namespace gongwen::sign {
namespace {

std::string read_file(const std::string& path, const std::string& what) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    throw EnvironmentError("cannot read the " + what + " " + path + ": " + std::strerror(errno));
  }
  std::ostringstream bytes;
  bytes << in.rdbuf();
  if (in.bad()) throw EnvironmentError("cannot read the " + what + " " + path);
  return bytes.str();
}

// The first line, without its line end: password files are usually written
// with `echo`, and the newline is not part of the password.
std::string read_password(const std::string& path) {
  if (path.empty()) return "";
  const std::string text = read_file(path, "password file");
  return text.substr(0, text.find_first_of("\r\n"));
}

// A badly written --rect is a usage error (exit 2), found before any file is
// read.
FieldRect parse_rect(const std::string& text) {
  FieldRect r;
  char tail = 0;
  const int n =
      std::sscanf(text.c_str(), "%lf,%lf,%lf,%lf%c", &r.x, &r.y, &r.width, &r.height, &tail);
  const bool finite =
      std::isfinite(r.x) && std::isfinite(r.y) && std::isfinite(r.width) && std::isfinite(r.height);
  if (n != 4 || !finite || r.x < 0 || r.y < 0 || r.width <= 0 || r.height <= 0) {
    throw UsageError(
        "--rect: expected x,y,width,height in millimetres from the page's top-left "
        "corner (four numbers, width and height above 0, for example "
        "120,200,42,42), got \"" +
        text + "\"");
  }
  return r;
}

}  // namespace

std::string sign_command(const SignCommandOptions& options, std::ostream& warnings) {
  if (options.page != 0 && options.rect.empty()) {
    throw UsageError(
        "--page goes with --rect: together they place a new visible field; a field render "
        "reserved already has its page, and a new field without --rect is invisible");
  }
  SignOptions sign;
  if (!options.rect.empty()) sign.rect = parse_rect(options.rect);
  if (!options.time.empty()) sign.time = parse_signing_time(options.time);
  const std::string pdf = read_file(options.input, "PDF");
  CadesSigner signer(load_pkcs12(read_file(options.p12, "PKCS#12 file"),
                                 read_password(options.password_file), options.p12));

  sign.signer = &signer;
  if (!options.field.empty()) sign.field = options.field;
  if (options.page != 0) sign.page = options.page;
  sign.reason = options.reason;
  sign.location = options.location;
  if (options.time.empty()) sign.time = current_time();
  if (!options.seal.empty()) {
    sign.seal = decode_seal_png(read_file(options.seal, "seal picture"), options.seal);
  }

  const auto problems =
      certificate_problems(signer.identity().certificate.get(), to_unix_time(sign.time));
  for (const std::string& problem : problems) {
    if (options.strict) {
      throw InputError(SourcePos{options.p12}, problem + " (--strict refuses to sign with it)");
    }
    warnings << "gongwen: warning: " << options.p12 << ": " << problem << "\n";
  }
  try {
    return sign_pdf(pdf, sign);
  } catch (const InputError& e) {
    throw InputError(SourcePos{options.input}, e.what());
  } catch (const UsageError& e) {
    throw UsageError(options.input + ": " + e.what());
  }
}

}  // namespace gongwen::sign
