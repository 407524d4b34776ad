// Renders a PDF page to a grey image with poppler or MuPDF and reads it back,
// so tests can check that glyphs were actually drawn. Header-only: the test
// build compiles only *_test.cpp files.
#pragma once

#include <fstream>
#include <iterator>
#include <sstream>
#include <string>
#include <vector>

#include "oracles.h"

namespace gongwen::pdf::testing {

struct GreyImage {
  int width = 0, height = 0;
  std::vector<unsigned char> pixels;  // 0 = black
  // Pixels darker than mid-grey inside [x0,x1) × [y0,y1).
  int dark_pixels(int x0, int y0, int x1, int y1) const {
    int n = 0;
    for (int y = std::max(0, y0); y < std::min(height, y1); ++y) {
      for (int x = std::max(0, x0); x < std::min(width, x1); ++x) n += pixels[y * width + x] < 128;
    }
    return n;
  }
};

inline GreyImage read_pgm(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::string magic;
  int maxval = 0;
  GreyImage img;
  in >> magic >> img.width >> img.height >> maxval;
  in.get();
  if (magic != "P5" || maxval != 255) return {};
  img.pixels.resize(static_cast<std::size_t>(img.width) * img.height);
  in.read(reinterpret_cast<char*>(img.pixels.data()),
          static_cast<std::streamsize>(img.pixels.size()));
  return img;
}

// Page 1 at `dpi`, by "poppler" (pdftoppm) or "mupdf" (mutool draw).
inline GreyImage render_page(const std::string& pdf, const std::string& engine, int dpi) {
  const std::string out = pdf + "." + engine + ".pgm";
  const std::string command =
      engine == "poppler"
          ? "pdftoppm -gray -r " + std::to_string(dpi) + " -f 1 -l 1 -singlefile " + pdf + " " +
                pdf + ".poppler"  // writes <prefix>.pgm
          : "mutool draw -q -c gray -r " + std::to_string(dpi) + " -o " + out + " " + pdf + " 1";
  if (run(command).status != 0) return {};
  return read_pgm(out);
}

}  // namespace gongwen::pdf::testing
