// Writes small PNG files for the image tests (stored, uncompressed deflate
// blocks: valid PNG without needing zlib in the tests). Header-only: the test
// build compiles only *_test.cpp files.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace gongwen::pdf::testing {

inline std::uint32_t crc32(const std::string& data) {
  std::uint32_t c = 0xFFFFFFFFu;
  for (unsigned char byte : data) {
    c ^= byte;
    for (int k = 0; k < 8; ++k) c = (c >> 1) ^ (0xEDB88320u & (0u - (c & 1u)));
  }
  return c ^ 0xFFFFFFFFu;
}

inline void put32(std::string& out, std::uint32_t v) {
  for (int s = 24; s >= 0; s -= 8) out += static_cast<char>((v >> s) & 0xFF);
}

inline void chunk(std::string& png, const char* type, const std::string& data) {
  put32(png, static_cast<std::uint32_t>(data.size()));
  const std::string body = std::string(type, 4) + data;
  png += body;
  put32(png, crc32(body));
}

// `pixels` holds rows of width * channels bytes (channels 3 = RGB, 4 = RGBA).
inline std::string make_png(int width, int height, int channels,
                            const std::vector<std::uint8_t>& pixels) {
  std::string raw;
  const std::size_t row = static_cast<std::size_t>(width) * channels;
  for (int y = 0; y < height; ++y) {
    raw += '\0';  // filter: none
    raw.append(reinterpret_cast<const char*>(pixels.data()) + y * row, row);
  }
  std::string z = "\x78\x01";
  for (std::size_t pos = 0; pos < raw.size(); pos += 65535) {
    const std::size_t n = std::min<std::size_t>(65535, raw.size() - pos);
    z += static_cast<char>(pos + n >= raw.size() ? 1 : 0);
    z += static_cast<char>(n & 0xFF);
    z += static_cast<char>(n >> 8);
    z += static_cast<char>(~n & 0xFF);
    z += static_cast<char>((~n >> 8) & 0xFF);
    z.append(raw, pos, n);
  }
  std::uint32_t a = 1, b = 0;
  for (unsigned char byte : raw) {
    a = (a + byte) % 65521;
    b = (b + a) % 65521;
  }
  put32(z, (b << 16) | a);

  std::string png = "\x89PNG\r\n\x1A\n";
  std::string ihdr;
  put32(ihdr, static_cast<std::uint32_t>(width));
  put32(ihdr, static_cast<std::uint32_t>(height));
  ihdr += static_cast<char>(8);                      // bit depth
  ihdr += static_cast<char>(channels == 4 ? 6 : 2);  // RGBA or RGB
  ihdr += std::string(3, '\0');                      // deflate, adaptive filter, no interlace
  chunk(png, "IHDR", ihdr);
  chunk(png, "IDAT", z);
  chunk(png, "IEND", "");
  return png;
}

// A red disc on a transparent square: the seal stand-in.
inline std::string red_disc_png(int size) {
  std::vector<std::uint8_t> px;
  const double r = size / 2.0;
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      const double dx = x + 0.5 - r, dy = y + 0.5 - r;
      const bool inside = dx * dx + dy * dy <= r * r;
      px.insert(px.end(), {220, 20, 20, static_cast<std::uint8_t>(inside ? 255 : 0)});
    }
  }
  return make_png(size, size, 4, px);
}

}  // namespace gongwen::pdf::testing
