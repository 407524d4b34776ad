// The hot stages of a render, each timed alone on the seed report:
// loading, shaping, line breaking, table layout, the whole layout, font
// subsetting, compression, and the whole PDF writer. The whole process is
// timed by bench/run.sh.
#include <benchmark/benchmark.h>

#include "bench_inputs.h"
#include "layout/context.h"
#include "layout/document_layout.h"
#include "layout/inline/inline.h"
#include "layout/table/table.h"
#include "model/load.h"
#include "pdf/font_source.h"
#include "pdf/font_subset.h"
#include "pdf/pdf_values.h"
#include "pdf/writer.h"
#include "text/breaks.h"
#include "text/shape.h"

namespace gongwen::bench {
namespace {

void BM_LoadSeed(benchmark::State& state) {
  const std::string path = home() + "/input/jining-xinfang-2020.yaml";
  for (auto _ : state) benchmark::DoNotOptimize(model::load_document(path, home() + "/styles"));
}
BENCHMARK(BM_LoadSeed)->Unit(benchmark::kMillisecond);

void BM_ShapeParagraph(benchmark::State& state) {
  const font::Face& face = fonts().primary(style().body.role);
  const std::string& text = seed_paragraph();
  for (auto _ : state) benchmark::DoNotOptimize(text::shape(face, style().body.size, text));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * text.size()));
}
BENCHMARK(BM_ShapeParagraph)->Unit(benchmark::kMicrosecond);

void BM_BreakOpportunities(benchmark::State& state) {
  const std::u32string text = text::to_u32(seed_paragraph());
  for (auto _ : state) benchmark::DoNotOptimize(text::break_opportunities(text));
}
BENCHMARK(BM_BreakOpportunities)->Unit(benchmark::kMicrosecond);

// A body paragraph set on the grid: itemize, shape, break, justify.
void BM_InlineParagraph(benchmark::State& state) {
  layout::FontTable table;
  layout::Context ctx{style(), fonts(), table};
  layout::InlineParams params;
  params.cell = style().char_pitch();
  params.measure = params.cell * style().chars_per_line;
  params.first_indent = params.cell * style().paragraph_indent_chars;
  const std::vector<layout::Span> spans{{seed_paragraph(), style().body, {}}};
  for (auto _ : state) benchmark::DoNotOptimize(layout::layout_inline(ctx, spans, params));
}
BENCHMARK(BM_InlineParagraph)->Unit(benchmark::kMicrosecond);

// The seed's tables by index: 0 主动公开, 1 申请情况 (the big one), 2 复议诉讼.
void BM_TableLayout(benchmark::State& state) {
  const model::Table& t = seed_table(static_cast<std::size_t>(state.range(0)));
  for (auto _ : state) {
    layout::FontTable table;
    layout::Context ctx{style(), fonts(), table};
    benchmark::DoNotOptimize(
        layout::layout_table(ctx, t, style().area_width, style().area_height, style().area_height));
  }
}
BENCHMARK(BM_TableLayout)->DenseRange(0, 2)->Unit(benchmark::kMillisecond);

void BM_LayoutDocument(benchmark::State& state) {
  for (auto _ : state) benchmark::DoNotOptimize(layout::layout_document(seed(), style(), fonts()));
}
BENCHMARK(BM_LayoutDocument)->Unit(benchmark::kMillisecond);

// Each font of the seed subset to the glyphs the seed uses.
void BM_SubsetFont(benchmark::State& state) {
  const int font = static_cast<int>(state.range(0));
  const display::Font& which = seed_laid_out().fonts.at(static_cast<std::size_t>(font));
  const std::set<std::uint32_t> glyphs = seed_glyphs(font);
  pdf::FontSource source(which);
  for (auto _ : state) benchmark::DoNotOptimize(pdf::subset_font(source, glyphs));
  state.SetLabel(which.family + ", " + std::to_string(glyphs.size()) + " glyphs");
}
BENCHMARK(BM_SubsetFont)->DenseRange(0, 6)->Unit(benchmark::kMillisecond);

// Flate compression of the body font's program, as embedded.
void BM_FlateBodyFont(benchmark::State& state) {
  const int font = seed_body_font();
  pdf::FontSource source(seed_laid_out().fonts.at(static_cast<std::size_t>(font)));
  const std::string data = pdf::subset_font(source, seed_glyphs(font)).data;
  for (auto _ : state) benchmark::DoNotOptimize(pdf::flate(data));
  state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * data.size()));
}
BENCHMARK(BM_FlateBodyFont)->Unit(benchmark::kMillisecond);

// The whole writer (subsetting, compression, objects, /ID) with 1 and 2
// threads for the fonts.
void BM_WritePdf(benchmark::State& state) {
  pdf::WriteOptions options;
  options.threads = static_cast<int>(state.range(0));
  std::size_t bytes = 0;
  for (auto _ : state) bytes = pdf::write_pdf(seed_laid_out(), options).size();
  state.counters["bytes"] = static_cast<double>(bytes);
}
BENCHMARK(BM_WritePdf)->Arg(1)->Arg(2)->Unit(benchmark::kMillisecond)->UseRealTime();

}  // namespace
}  // namespace gongwen::bench

BENCHMARK_MAIN();
