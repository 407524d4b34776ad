#include "cli/cli.h"

int main(int argc, char** argv) {
  return gongwen::cli::run(argc, argv);
}
