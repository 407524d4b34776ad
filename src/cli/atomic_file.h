// Writes a file so that readers see either the old file or the complete new
// one: write to a temporary file beside it, flush to disk, rename over.
#pragma once

#include <string>
#include <string_view>

namespace gongwen::cli {

// Throws EnvironmentError (naming the path and the reason) when the file
// cannot be written; the target is then left untouched.
void write_file_atomically(const std::string& path, std::string_view bytes);

}  // namespace gongwen::cli
