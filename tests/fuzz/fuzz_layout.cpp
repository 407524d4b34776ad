// Bytes → a small document the loader could have produced (CJK-heavy text
// with punctuation, headings, run-in leads, tables with valid spans, charts of
// every kind, page breaks, a signature) → layout_document, the display-list
// dump and, for one input in eight, write_pdf (the slow part). Layout may refuse a document
// with InputError (a character no font has, a chart taller than a page);
// anything else is a bug.
#include <fuzzer/FuzzedDataProvider.h>

#include <cstdint>
#include <cstdlib>
#include <memory>
#include <string>
#include <vector>

#include "display/dump.h"
#include "font/font_set.h"
#include "layout/document_layout.h"
#include "model/document/document.h"
#include "pdf/writer.h"
#include "style/style.h"
#include "util/error.h"

namespace {

using namespace gongwen;

std::string home() {
  const char* env = std::getenv("GONGWEN_HOME");
  return env && *env ? env : GONGWEN_SOURCE_DIR;
}

// Pieces text is made of, most of them common in official documents.
const std::vector<std::string>& alphabet() {
  static const std::vector<std::string> pieces = [] {
    std::vector<std::string> out;
    const std::u32string han =
        U"的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同"
        U"工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理"
        U"起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义"
        U"事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结"
        U"解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设"
        U"及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决"
        U"西被干做必战先回则任取据处理府研〇零";
    const std::u32string punctuation = U"，。、；：？！“”‘’《》（）【】〔〕—…·－～％　";
    auto utf8 = [](char32_t c) {
      std::string s;
      if (c < 0x80) {
        s += static_cast<char>(c);
      } else if (c < 0x800) {
        s += static_cast<char>(0xC0 | (c >> 6));
        s += static_cast<char>(0x80 | (c & 0x3F));
      } else if (c < 0x10000) {
        s += static_cast<char>(0xE0 | (c >> 12));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
      } else {
        s += static_cast<char>(0xF0 | (c >> 18));
        s += static_cast<char>(0x80 | ((c >> 12) & 0x3F));
        s += static_cast<char>(0x80 | ((c >> 6) & 0x3F));
        s += static_cast<char>(0x80 | (c & 0x3F));
      }
      return s;
    };
    for (char32_t c : han) out.push_back(utf8(c));
    for (char32_t c : punctuation) out.push_back(utf8(c));
    for (const char* s : {"0",
                          "1",
                          "2",
                          "9",
                          "2021",
                          "a",
                          "Z",
                          "PDF",
                          " ",
                          ",",
                          ".",
                          "(",
                          ")",
                          "-",
                          "%",
                          "/",
                          "\"",
                          "'",
                          "https://www.gov.cn/",
                          "e\xCC\x81"}) {
      out.push_back(s);
    }
    // Rare: characters no default font has (layout must name them).
    for (char32_t c : {U'\U00017000', U'\U0010FFFD', U'\U0001F600', U'\u0627', U'\u200D'}) {
      out.push_back(utf8(c));
    }
    return out;
  }();
  return pieces;
}

class Generator {
 public:
  explicit Generator(FuzzedDataProvider& in) : in_(in) {}

  std::string text(std::size_t max_pieces) {
    const auto& pieces = alphabet();
    const std::size_t common = pieces.size() - 5;
    std::string s;
    const std::size_t n = in_.ConsumeIntegralInRange<std::size_t>(1, max_pieces);
    for (std::size_t i = 0; i < n && in_.remaining_bytes() > 0; ++i) {
      const std::uint8_t pick = in_.ConsumeIntegral<std::uint8_t>();
      // One piece in 256 is rare; the rest are common.
      s += pick == 255 ? pieces[common + in_.ConsumeIntegralInRange<std::size_t>(0, 4)]
                       : pieces[pick % common];
    }
    return s.empty() ? "文" : s;
  }

  model::Document document() {
    model::Document doc;
    doc.source_file = "fuzz.yaml";
    const int title_lines = in_.ConsumeIntegralInRange(1, 3);
    for (int i = 0; i < title_lines; ++i) doc.title.lines.push_back(text(30));
    doc.title.pos = at();
    const int blocks = in_.ConsumeIntegralInRange(0, 12);
    for (int i = 0; i < blocks && in_.remaining_bytes() > 0; ++i) doc.body.push_back(block());
    if (in_.ConsumeBool()) {
      doc.signature = model::Signature{text(12), "2021年1月23日", in_.ConsumeBool(), at()};
      doc.iso_date = "2021-01-23";
    }
    doc.author = "fuzz";
    doc.subject = "fuzz";
    return doc;
  }

 private:
  SourcePos at() { return SourcePos{"fuzz.yaml", ++line_, 1}; }

  model::Block block() {
    switch (in_.ConsumeIntegralInRange(0, 9)) {
      case 0:
      case 1:
        return model::Heading{in_.ConsumeIntegralInRange(1, 4), text(40), at()};
      case 2:
        return model::Paragraph{text(200), text(12), in_.ConsumeIntegralInRange(1, 4), at()};
      case 3:
        return table();
      case 4:
        return chart();
      case 5:
        return model::PageBreak{at()};
      default:
        return model::Paragraph{text(400), "", 0, at()};
    }
  }

  // A grid filled in reading order; every cell gets spans that fit.
  model::Table table() {
    model::Table t;
    t.pos = at();
    const int rows = in_.ConsumeIntegralInRange(1, 10);
    const int cols = in_.ConsumeIntegralInRange(1, 8);
    std::vector<std::vector<bool>> used(rows, std::vector<bool>(cols, false));
    for (int r = 0; r < rows; ++r) {
      model::TableRow row;
      row.pos = at();
      for (int c = 0; c < cols; ++c) {
        if (used[r][c]) continue;
        int max_colspan = 0;
        while (c + max_colspan < cols && !used[r][c + max_colspan]) ++max_colspan;
        const int colspan = in_.ConsumeIntegralInRange(1, max_colspan);
        // A cell reaching the last column spans one row, so that every row
        // keeps a slot of its own (the loader refuses a row without cells).
        int max_rowspan = 1;
        while (c + colspan < cols && r + max_rowspan < rows) {
          bool free = true;
          for (int k = 0; k < colspan; ++k) free = free && !used[r + max_rowspan][c + k];
          if (!free) break;
          ++max_rowspan;
        }
        const int rowspan = in_.ConsumeIntegralInRange(1, max_rowspan);
        for (int dr = 0; dr < rowspan; ++dr) {
          for (int dc = 0; dc < colspan; ++dc) used[r + dr][c + dc] = true;
        }
        model::TableCell cell;
        cell.text = in_.ConsumeIntegralInRange(0, 7) == 0 ? "" : text(in_.ConsumeBool() ? 4 : 30);
        cell.colspan = colspan;
        cell.rowspan = rowspan;
        switch (in_.ConsumeIntegralInRange(0, 3)) {
          case 1:
            cell.align = model::Align::kStart;
            break;
          case 2:
            cell.align = model::Align::kCenter;
            break;
          case 3:
            cell.align = model::Align::kEnd;
            break;
          default:
            break;
        }
        cell.vertical = in_.ConsumeIntegralInRange(0, 7) == 0;
        cell.pos = at();
        row.cells.push_back(std::move(cell));
      }
      t.rows.push_back(std::move(row));
    }
    t.header_rows = in_.ConsumeIntegralInRange(0, rows - 1);
    if (in_.ConsumeBool()) {
      for (int c = 0; c < cols; ++c) t.column_widths.push_back(in_.ConsumeIntegralInRange(1, 9));
    }
    if (in_.ConsumeBool()) t.caption = text(20);
    return t;
  }

  model::Chart chart() {
    model::Chart chart;
    chart.pos = at();
    chart.kind = static_cast<model::Chart::Kind>(in_.ConsumeIntegralInRange(0, 3));
    if (in_.ConsumeBool()) chart.title = text(16);
    if (in_.ConsumeBool()) chart.unit = text(3);
    if (in_.ConsumeBool()) chart.height_lines = in_.ConsumeIntegralInRange(1, 22);
    const int categories = in_.ConsumeIntegralInRange(1, 9);
    for (int i = 0; i < categories; ++i)
      chart.categories.push_back(text(in_.ConsumeBool() ? 3 : 14));
    const int series =
        chart.kind == model::Chart::Kind::kGroupedBar ? in_.ConsumeIntegralInRange(1, 4) : 1;
    const bool pie = chart.kind == model::Chart::Kind::kPie;
    for (int s = 0; s < series; ++s) {
      model::ChartSeries cs;
      cs.name = text(6);
      cs.pos = at();
      for (int i = 0; i < categories; ++i) {
        double v = 0;
        switch (in_.ConsumeIntegralInRange(0, 5)) {
          case 0:
            v = 0;
            break;
          case 1:
            v = in_.ConsumeIntegralInRange(0, 10);
            break;
          case 2:
            v = in_.ConsumeFloatingPointInRange(-1e6, 1e6);
            break;
          case 3:
            v = in_.ConsumeFloatingPointInRange(-1e15, 1e15);
            break;
          case 4:
            v = in_.ConsumeFloatingPointInRange(0.0, 1e-6);
            break;
          default:
            v = in_.ConsumeIntegralInRange(1, 100000);
            break;
        }
        if (pie && v < 0) v = -v;
        cs.values.push_back(v);
      }
      chart.series.push_back(std::move(cs));
    }
    return chart;
  }

  FuzzedDataProvider& in_;
  int line_ = 0;
};

struct Setup {
  style::Style style = style::load_style(home() + "/styles/gbt9704.yaml");
  font::FontSet fonts{home() + "/fonts/fonts.yaml", home() + "/fonts/files"};
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  static const Setup* setup = new Setup();
  FuzzedDataProvider in(data, size);
  const std::uint8_t mode = in.ConsumeIntegral<std::uint8_t>();
  Generator generator(in);
  const model::Document doc = generator.document();
  layout::LayoutOptions options;
  options.draft = mode & 8;
  try {
    const display::Document laid =
        layout::layout_document(doc, setup->style, setup->fonts, options);
    if (display::dump(laid).empty()) std::abort();
    if ((mode & 7) == 0) {
      const std::string pdf = pdf::write_pdf(laid);
      if (pdf.rfind("%PDF-", 0) != 0) std::abort();
    }
  } catch (const InputError& e) {
    // Layout names the block it refuses.
    if (!e.where().known()) std::abort();
  }
  return 0;
}
