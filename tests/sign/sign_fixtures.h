// Shared test material for signing: a throwaway PKI made with the openssl
// command line, small PDFs made with PoDoFo, a seal PNG drawn with libpng,
// and helpers that run the PDF tools used as oracles (pdfsig, qpdf).
#pragma once

#include <png.h>
#include <podofo/podofo.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <string>
#include <vector>

#include "display/display_list.h"
#include "pdf/metadata.h"
#include "pdf/signature_field.h"

namespace gongwen::sign::testing {

namespace fs = std::filesystem;

inline std::string read_bytes(const fs::path& p) {
  std::ifstream in(p, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

inline void write_bytes(const fs::path& p, std::string_view bytes) {
  std::ofstream out(p, std::ios::binary);
  out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
}

struct CommandResult {
  int status = -1;
  std::string output;  // stdout and stderr together
};

inline CommandResult run(const std::string& command) {
  CommandResult result;
  FILE* pipe = ::popen((command + " 2>&1").c_str(), "r");
  if (pipe == nullptr) throw std::runtime_error("cannot run " + command);
  std::array<char, 4096> buf;
  while (std::size_t n = std::fread(buf.data(), 1, buf.size(), pipe))
    result.output.append(buf.data(), n);
  const int status = ::pclose(pipe);
  result.status = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  return result;
}

inline void must_run(const std::string& command) {
  const CommandResult r = run(command);
  if (r.status != 0) throw std::runtime_error(command + " failed: " + r.output);
}

// A temporary directory removed at the end of the test.
class TempDir {
 public:
  explicit TempDir(const std::string& tag) {
    std::string pattern = (fs::temp_directory_path() / ("gongwen-" + tag + "-XXXXXX")).string();
    if (::mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    path_ = pattern;
  }
  ~TempDir() { fs::remove_all(path_); }
  TempDir(const TempDir&) = delete;
  TempDir& operator=(const TempDir&) = delete;
  const fs::path& path() const { return path_; }
  fs::path operator/(const std::string& name) const { return path_ / name; }

 private:
  fs::path path_;
};

// A CA and a signer certificate issued by it, packed into PKCS#12 files with
// the password "secret" (key + signer certificate + CA certificate).
// `key` is an `openssl req -newkey` argument: "rsa:2048" or "ec -pkeyopt
// ec_paramgen_curve:P-256".
struct Pki {
  fs::path p12;  // key, signer certificate, CA
  fs::path ca_pem;
  std::string password = "secret";
};

inline Pki make_pki(const TempDir& dir, const std::string& name, const std::string& key,
                    const std::string& validity = "-days 30") {
  const std::string d = dir.path().string() + "/" + name;
  const std::string newkey =
      key == "ec" ? "-newkey ec -pkeyopt ec_paramgen_curve:P-256" : "-newkey " + key;
  must_run("openssl req -x509 " + newkey + " -nodes -keyout " + d + "-ca.key -out " + d +
           "-ca.pem -days 30 -subj '/CN=Test CA/O=Test/C=CN'");
  must_run("openssl req " + newkey + " -nodes -keyout " + d + ".key -out " + d +
           ".csr -subj '/CN=测试签章人/O=Test Gov/C=CN' -utf8");
  write_bytes(d + ".ext", "keyUsage=digitalSignature,nonRepudiation\n");
  must_run("openssl x509 -req -in " + d + ".csr -CA " + d + "-ca.pem -CAkey " + d +
           "-ca.key -set_serial 7 -out " + d + ".pem " + validity + " -extfile " + d + ".ext");
  must_run("openssl pkcs12 -export -inkey " + d + ".key -in " + d + ".pem -certfile " + d +
           "-ca.pem -out " + d + ".p12 -passout pass:secret");
  return {d + ".p12", d + "-ca.pem"};
}

inline std::string xmp_for_tests(const pdf::Timestamp& date) {
  pdf::DocumentInfo info;
  info.title = "测试文件";
  info.producer = "gongwen";
  info.date = date;
  return pdf::build_xmp(info);
}

inline pdf::Timestamp render_date() {
  pdf::Timestamp t;
  t.year = 2021;
  t.month = 1;
  t.day = 15;
  t.utc_offset_minutes = 8 * 60;
  return t;
}

// An A4 PDF shaped like render's output: Info and XMP with the same dates,
// some drawing on each page, and a reserved seal field per anchor.
inline std::string make_pdf(int pages, const std::vector<std::vector<display::Anchor>>& seals,
                            std::size_t padding_bytes = 0) {
  using namespace PoDoFo;
  PdfMemDocument doc;
  doc.SetPdfVersion(ePdfVersion_1_7);
  doc.SetWriteMode(ePdfWriteMode_Compact);
  for (int i = 0; i < pages; ++i) {
    PdfPage* page = doc.CreatePage(PdfRect(0, 0, 595.276, 841.89));
    std::string content = "0 0 0 rg 79.37 700 436.54 2 re f 0.2 0.2 0.6 rg 200 500 195 120 re f\n";
    // Incompressible filler makes big files, to test large copies.
    if (padding_bytes > 0) {
      std::string filler(padding_bytes, ' ');
      unsigned x = 12345;
      for (char& c : filler) c = static_cast<char>('a' + (x = x * 1103515245 + 12345) % 26);
      content += "% " + filler + "\n";
    }
    page->GetContentsForAppending()->GetStream()->Set(content.data(),
                                                      static_cast<pdf_long>(content.size()));
  }
  const pdf::Timestamp date = render_date();
  doc.GetInfo()->SetCustomKey("CreationDate", PdfString(pdf::pdf_date(date)));
  doc.GetInfo()->SetCustomKey("ModDate", PdfString(pdf::pdf_date(date)));
  doc.GetInfo()->SetProducer(PdfString("gongwen"));
  const std::string xmp = xmp_for_tests(date);
  PdfObject* meta = doc.GetObjects().CreateObject("Metadata");
  meta->GetDictionary().AddKey("Subtype", PdfName("XML"));
  meta->GetStream()->Set(xmp.data(), static_cast<pdf_long>(xmp.size()), TVecFilters());
  doc.GetCatalog()->GetDictionary().AddKey("Metadata", meta->Reference());
  pdf::reserve_signature_fields(doc, seals);
  PdfRefCountedBuffer buffer;
  PdfOutputDevice device(&buffer);
  doc.Write(&device);
  return std::string(buffer.GetBuffer(), device.GetLength());
}

// The seal place GB/T 9704 gives the seal: 42 mm across, over the date.
inline display::Anchor seal_anchor(double x_mm = 120, double y_mm = 200) {
  return {"seal", Rect{from_mm(x_mm), from_mm(y_mm), from_mm(42), from_mm(42)}};
}

// A red seal: an outer ring, a five-pointed star, an inner arc, on a
// transparent background, anti-aliased by 4x4 supersampling.
inline std::string make_seal_png(int size = 240) {
  const double c = size / 2.0;
  const double pi = std::acos(-1.0);
  auto in_star = [&](double x, double y) {
    // Inside the star when inside the pentagram's polygon (10 vertices).
    std::vector<std::pair<double, double>> v;
    for (int i = 0; i < 10; ++i) {
      const double r = (i % 2 == 0 ? 0.28 : 0.11) * size;
      const double a = -pi / 2 + i * pi / 5;
      v.emplace_back(c + r * std::cos(a), c + r * std::sin(a));
    }
    bool inside = false;
    for (std::size_t i = 0, j = v.size() - 1; i < v.size(); j = i++) {
      if ((v[i].second > y) != (v[j].second > y) &&
          x < (v[j].first - v[i].first) * (y - v[i].second) / (v[j].second - v[i].second) +
                  v[i].first) {
        inside = !inside;
      }
    }
    return inside;
  };
  auto covered = [&](double x, double y) {
    const double r = std::hypot(x - c, y - c);
    const double angle = std::atan2(y - c, x - c);
    const bool ring = r > 0.43 * size && r < 0.49 * size;
    const bool arc = r > 0.36 * size && r < 0.38 * size && angle > pi / 6 && angle < 5 * pi / 6;
    return ring || arc || in_star(x, y);
  };
  std::string rgba(static_cast<std::size_t>(size) * size * 4, '\0');
  for (int y = 0; y < size; ++y) {
    for (int x = 0; x < size; ++x) {
      int hits = 0;
      for (int sy = 0; sy < 4; ++sy) {
        for (int sx = 0; sx < 4; ++sx) hits += covered(x + (sx + 0.5) / 4, y + (sy + 0.5) / 4);
      }
      unsigned char* p = reinterpret_cast<unsigned char*>(&rgba[(y * size + x) * 4]);
      p[0] = 0xE0;
      p[1] = 0x10;
      p[2] = 0x10;
      p[3] = static_cast<unsigned char>(hits * 255 / 16);
    }
  }
  png_image image;
  std::memset(&image, 0, sizeof image);
  image.version = PNG_IMAGE_VERSION;
  image.width = size;
  image.height = size;
  image.format = PNG_FORMAT_RGBA;
  png_alloc_size_t len = 0;
  png_image_write_to_memory(&image, nullptr, &len, 0, rgba.data(), 0, nullptr);
  std::string png(len, '\0');
  if (!png_image_write_to_memory(&image, png.data(), &len, 0, rgba.data(), 0, nullptr)) {
    throw std::runtime_error(std::string("PNG encoding failed: ") + image.message);
  }
  png.resize(len);
  return png;
}

// pdfsig's report without certificate trust checks (the test CA is not in
// any trust store; the signature itself is what is checked).
inline CommandResult pdfsig(const fs::path& pdf) {
  return run("pdfsig -nocert '" + pdf.string() + "'");
}

inline std::size_t count(const std::string& haystack, const std::string& needle) {
  std::size_t n = 0;
  for (std::size_t at = haystack.find(needle); at != std::string::npos;
       at = haystack.find(needle, at + 1)) {
    ++n;
  }
  return n;
}

}  // namespace gongwen::sign::testing
