#include "layout/chart/captions.h"

#include "layout/chart/pie_math.h"
#include "layout/chart/scale.h"

namespace gongwen::layout::chart {
namespace {

std::string kind_name(model::Chart::Kind kind) {
  switch (kind) {
    case model::Chart::Kind::kBar:
      return "柱状图";
    case model::Chart::Kind::kHorizontalBar:
      return "条形图";
    case model::Chart::Kind::kGroupedBar:
      return "分组柱状图";
    case model::Chart::Kind::kPie:
      return "饼图";
  }
  return "图表";
}

// "规范性文件1", with a space when the label itself ends in a digit ("Q1 5").
std::string labelled(const std::string& label, double value) {
  const bool digit_end = !label.empty() && label.back() >= '0' && label.back() <= '9';
  return label + (digit_end ? " " : "") + format_value(value);
}

}  // namespace

std::string title_line(const model::Chart& chart) {
  if (chart.unit.empty()) return chart.title;
  if (chart.title.empty()) return "单位：" + chart.unit;
  return chart.title + "（单位：" + chart.unit + "）";
}

std::string alt_text(const model::Chart& chart) {
  std::string title = title_line(chart);
  if (chart.title.empty())
    title = kind_name(chart.kind) + (title.empty() ? "" : "（" + title + "）");
  std::string body;
  if (chart.kind == model::Chart::Kind::kGroupedBar) {
    for (std::size_t c = 0; c < chart.categories.size(); ++c) {
      body += (c ? "；" : "") + chart.categories[c] + "：";
      for (std::size_t s = 0; s < chart.series.size(); ++s) {
        body += (s ? "，" : "") + labelled(chart.series[s].name, chart.series[s].values[c]);
      }
    }
    return title + "。" + body;
  }
  const std::vector<double>& values = chart.series.front().values;
  const std::vector<int> shares =
      chart.kind == model::Chart::Kind::kPie ? share_tenths(values) : std::vector<int>{};
  for (std::size_t c = 0; c < chart.categories.size(); ++c) {
    body += (c ? "，" : "") + labelled(chart.categories[c], values[c]);
    if (!shares.empty()) body += "（" + format_share(shares[c]) + "）";
  }
  return title + "：" + body;
}

}  // namespace gongwen::layout::chart
