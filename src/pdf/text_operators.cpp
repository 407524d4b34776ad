#include "pdf/text_operators.h"

#include <cmath>
#include <vector>

#include "pdf/glyph_clusters.h"
#include "pdf/number_format.h"
#include "pdf/unicode_text.h"

namespace gongwen::pdf {
namespace {

// In thousandths of an em: at 16 pt, 0.01 is 0.00016 pt.
constexpr double kNegligibleAdjustment = 0.01;

// Builds the TJ arrays of one text object.
class TjWriter {
 public:
  explicit TjWriter(std::string& out) : out_(out) {}

  void code(std::uint16_t c) {
    if (!in_hex_) {
      if (!array_.empty()) array_ += ' ';
      array_ += '<';
      in_hex_ = true;
    }
    append_hex4(array_, c);
  }
  void adjust(double amount) {
    close_hex();
    if (!array_.empty()) array_ += ' ';
    array_ += format_number(amount);
  }
  // Ends the current TJ so that other operators can follow.
  void flush() {
    close_hex();
    if (!array_.empty()) out_ += "[" + array_ + "] TJ\n";
    array_.clear();
  }

 private:
  void close_hex() {
    if (in_hex_) array_ += '>';
    in_hex_ = false;
  }
  std::string& out_;
  std::string array_;
  bool in_hex_ = false;
};

// Whether the codes of the span's glyphs give back the span's text.
std::u32string actual_text_needed(const display::GlyphRun& run, const ClusterSpan& span,
                                  const FontEncoding& font) {
  std::u32string wanted = mappable_text(span.text);
  if (wanted.empty()) return {};
  std::u32string mapped;
  for (std::size_t i = 0; i < span.glyph_count; ++i) {
    mapped += font.of(run.glyphs[span.first_glyph + i].id).text;
  }
  return mapped == wanted ? std::u32string() : wanted;
}

}  // namespace

void append_glyph_run(std::string& out, const display::GlyphRun& run, const FontEncoding& font,
                      Length page_height) {
  const double size = quantize(to_pt(run.size));
  if (run.glyphs.empty() || size <= 0) return;

  // Where each glyph is drawn, in layout units (y down).
  std::vector<Point> at(run.glyphs.size());
  Length pen = run.origin.x;
  for (std::size_t i = 0; i < run.glyphs.size(); ++i) {
    at[i] = {pen + run.glyphs[i].x_offset, run.origin.y + run.glyphs[i].y_offset};
    pen += run.glyphs[i].advance;
  }

  out += "BT\n/" + font.resource_name + " " + format_number(size) + " Tf\n";
  // Faux bold: fill and stroke the outlines (the caller sets the stroke
  // colour and width); the render mode is restored for the next run.
  if (run.stroke > 0) out += "2 Tr\n";
  TjWriter tj(out);
  double actual_x = 0;  // where the reader has put the glyph being written, in pt
  auto start_line = [&](std::size_t i) {
    tj.flush();
    actual_x = quantize(to_pt(at[i].x));
    out += "1 0 0 1 " + format_number(actual_x) + " " +
           format_number(to_pt(page_height - at[i].y)) + " Tm\n";
  };

  for (const ClusterSpan& span : cluster_spans(run)) {
    const std::u32string actual = actual_text_needed(run, span, font);
    for (std::size_t k = 0; k < span.glyph_count; ++k) {
      const std::size_t i = span.first_glyph + k;
      const GlyphEncoding& g = font.of(run.glyphs[i].id);
      if (i == 0 || at[i].y != at[i - 1].y) {
        start_line(i);
      } else {
        const double natural = actual_x + font.of(run.glyphs[i - 1].id).width * size / 1000;
        double adjustment = quantize((natural - to_pt(at[i].x)) * 1000 / size);
        // Differences of a few 1/100000 em are rounding between font units
        // and layout units: skip them, the next adjustment absorbs them.
        if (std::fabs(adjustment) < kNegligibleAdjustment) adjustment = 0;
        if (adjustment != 0) tj.adjust(adjustment);
        actual_x = natural - adjustment * size / 1000;
      }
      if (k == 0 && !actual.empty()) {
        tj.flush();
        out += "/Span <</ActualText <FEFF" + utf16be_hex(actual) + ">>> BDC\n";
      }
      tj.code(g.code);
    }
    if (!actual.empty()) {
      tj.flush();
      out += "EMC\n";
    }
  }
  tj.flush();
  if (run.stroke > 0) out += "0 Tr\n";
  out += "ET\n";
}

}  // namespace gongwen::pdf
