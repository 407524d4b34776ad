// The two kinds of failure the command line distinguishes (exit 1 and exit 2).
#pragma once

#include <stdexcept>
#include <string>

#include "util/source_pos.h"

namespace gongwen {

// The input document is wrong: the user fixes the YAML (exit code 1).
// The message is complete and human readable; `where` points into the input.
class InputError : public std::runtime_error {
 public:
  InputError(SourcePos where, const std::string& message)
      : std::runtime_error(where.known() || !where.file.empty() ? where.str() + ": " + message
                                                                : message),
        where_(std::move(where)) {}
  const SourcePos& where() const { return where_; }

 private:
  SourcePos where_;
};

// The environment is wrong: missing file, unwritable path, missing font,
// bad style file (exit code 2).
class EnvironmentError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// The command line asks for something impossible: options that do not go
// together, or a place the document does not have (exit code 2, like the
// other usage errors).
class UsageError : public EnvironmentError {
 public:
  using EnvironmentError::EnvironmentError;
};

}  // namespace gongwen
