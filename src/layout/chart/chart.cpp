// A chart block: the title line(s) on the grid, the plot of the chart's kind
// under it, all inside one Figure tag whose alt text states the data.
#include "layout/chart/chart.h"

#include <algorithm>
#include <memory>

#include "layout/chart/canvas.h"
#include "layout/chart/captions.h"
#include "layout/chart/horizontal_bars.h"
#include "layout/chart/pie.h"
#include "layout/chart/validate.h"
#include "layout/chart/vertical_bars.h"
#include "util/error.h"

namespace gongwen::layout {
namespace {

using chart::Canvas;

// Bars stand up unless their labels do not fit under them; then they lie down.
std::unique_ptr<chart::Plot> make_plot(Canvas& canvas, Length width) {
  switch (canvas.chart.kind) {
    case model::Chart::Kind::kPie:
      return std::make_unique<chart::Pie>(canvas, width);
    case model::Chart::Kind::kHorizontalBar:
      return std::make_unique<chart::HorizontalBars>(canvas, width);
    case model::Chart::Kind::kBar:
    case model::Chart::Kind::kGroupedBar:
      break;
  }
  auto vertical = std::make_unique<chart::VerticalBars>(canvas, width);
  if (vertical->labels_fit()) return vertical;
  return std::make_unique<chart::HorizontalBars>(canvas, width);
}

// The chart's height in grid lines: as asked, or the default grown to fit.
int height_lines(const Context& ctx, const model::Chart& chart, const Canvas& canvas,
                 Length needed) {
  const Length pitch = ctx.style.line_pitch();
  const int needed_lines = static_cast<int>((needed + pitch - 1) / pitch);
  if (chart.height_lines > 0 && needed_lines > chart.height_lines) {
    throw InputError(chart.pos, "the chart needs " + std::to_string(needed_lines) +
                                    " grid lines for its labels but height_lines is " +
                                    std::to_string(chart.height_lines) +
                                    "; write height_lines: " + std::to_string(needed_lines) +
                                    " or more, or shorten the labels");
  }
  const int lines = chart.height_lines > 0
                        ? chart.height_lines
                        : std::max(canvas.style.default_height_lines, needed_lines);
  if (lines > ctx.style.lines_per_page) {
    throw InputError(chart.pos, "the chart needs " + std::to_string(lines) +
                                    " grid lines but a page has " +
                                    std::to_string(ctx.style.lines_per_page) +
                                    "; show fewer categories or split it into two charts");
  }
  return lines;
}

}  // namespace

Block layout_chart(Context& ctx, const model::Chart& chart, Length width) {
  Canvas canvas(ctx, chart);
  chart::validate(chart, canvas.style.palette.size());
  const Length pitch = ctx.style.line_pitch();
  // The title takes whole grid lines, each line centred on its grid line.
  const chart::LabelText title(ctx, canvas.style.title, chart.pos);
  const std::string title_text = chart::title_line(chart);
  const std::vector<chart::TextLine> title_lines =
      title_text.empty() ? std::vector<chart::TextLine>{} : title.wrap(title_text, width);
  const Length title_height = pitch * static_cast<Length>(title_lines.size());

  std::unique_ptr<chart::Plot> plot = make_plot(canvas, width);
  const int lines = height_lines(ctx, chart, canvas, title_height + plot->min_height());
  Block block{width, pitch * lines, {}};

  for (std::size_t i = 0; i < title_lines.size(); ++i) {
    const Length middle = pitch * static_cast<Length>(i) + pitch / 2;
    title.place(title_lines[i], (width - title_lines[i].width) / 2, title.first_baseline(1, middle),
                canvas.items);
  }
  plot->draw(title_height, block.height - title_height);

  block.items.push_back(display::TagBegin{"Figure", {{"Alt", chart::alt_text(chart)}}});
  for (display::Item& item : canvas.items) block.items.push_back(std::move(item));
  block.items.push_back(display::TagEnd{});
  return block;
}

}  // namespace gongwen::layout
