// The gongwen command line: render, check, dump, fonts, new, sign.
#pragma once

namespace gongwen::cli {

// Runs the command line; returns the process exit code (0 ok, 1 wrong input,
// 2 usage or environment error).
int run(int argc, char** argv);

}  // namespace gongwen::cli
