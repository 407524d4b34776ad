// `gongwen sign`: reads the inputs named on the command line, signs, and
// returns the signed file for the CLI to write atomically.
#pragma once

#include <iosfwd>
#include <string>

namespace gongwen::sign {

struct SignCommandOptions {
  std::string input;          // IN.pdf
  std::string p12;            // --p12: PKCS#12 with the signing key and certificate chain
  std::string password_file;  // --password-file: its first line is the password; empty: none
  std::string seal;           // --seal: PNG drawn in the field; empty: no picture
  std::string reason;         // --reason
  std::string location;       // --location
  std::string time;           // --time: ISO 8601 claimed signing time; empty: now
  std::string rect;           // --rect "x,y,w,h" (mm from the page's top-left corner) for a
                              //   new field; empty: a new field is invisible
  int page = 0;               // --page: 1-based page of a new field, with --rect; 0: not
                              //   given (page 1)
  std::string field;          // --field: empty means Seal1, the first seal render reserves
  bool strict = false;        // --strict: certificate problems are errors, not warnings
};

// Returns the signed PDF. Certificate problems are printed to `warnings`
// ("gongwen: warning: ...", one per line) unless `strict` makes them
// errors. Throws InputError for wrong input (bad password, no key in the
// p12, field already signed, bad --rect/--time...), UsageError for options
// the document cannot honour (--page without --rect, a --rect off the page,
// a page it lacks, a --field it lacks while reserved fields are empty),
// EnvironmentError when a file cannot be read.
std::string sign_command(const SignCommandOptions& options, std::ostream& warnings);

}  // namespace gongwen::sign
