// {chart: …} blocks: bar, horizontal bar, grouped bar and pie charts.
#include <cctype>
#include <cmath>

#include "model/document/blocks.h"

namespace gongwen::model {

namespace {

Chart::Kind read_kind(const YamlSource& src, const Field& field) {
  const std::string text = read_text(src, field, "kind");
  if (text == "bar") return Chart::Kind::kBar;
  if (text == "hbar") return Chart::Kind::kHorizontalBar;
  if (text == "grouped") return Chart::Kind::kGroupedBar;
  if (text == "pie") return Chart::Kind::kPie;
  src.fail(field.pos, "kind must be bar, hbar, grouped or pie, not \"" + text + "\"");
}

std::vector<double> read_values(const YamlSource& src, const Field& field, bool pie) {
  std::vector<double> values;
  for (const Field& v : list_items(src, field, "values")) {
    const double value = read_number(src, v, "each chart value");
    if (pie && value < 0) src.fail(v.pos, "a pie chart cannot show a negative value");
    if (std::fabs(value) > 1e15) src.fail(v.pos, "this chart value is too large to draw");
    values.push_back(value);
  }
  return values;
}

// The palette's bounds (style chart.palette) hold for a chart's own colours.
constexpr std::size_t kMaxColors = 16;

// "#RRGGBB" → 0xRRGGBB.
std::uint32_t read_color(const YamlSource& src, const Field& field) {
  if (field.node.IsNull()) {
    src.fail(field.pos,
             "a colour is missing; write each colour in quotes, like \"#1E3C66\" (an unquoted "
             "# starts a comment)");
  }
  const std::string text = read_text(src, field, "each colour");
  bool hex = text.size() == 7 && text[0] == '#';
  std::uint32_t value = 0;
  for (std::size_t i = 1; hex && i < text.size(); ++i) {
    const auto c = static_cast<unsigned char>(text[i]);
    hex = std::isxdigit(c) != 0;
    value = value * 16 +
            static_cast<std::uint32_t>(std::isdigit(c) ? c - '0' : std::tolower(c) - 'a' + 10);
  }
  if (!hex) {
    src.fail(field.pos, "\"" + abbreviate(text) +
                            "\" is not a colour; write # and six hex digits (red, green, blue), "
                            "like \"#1E3C66\"");
  }
  return value;
}

// How many colours the chart draws with: one per series of a grouped
// chart, one per slice of a pie, one for a single series of bars.
std::size_t colors_needed(const Chart& chart, std::string& what) {
  if (chart.kind == Chart::Kind::kPie) {
    what = "categories (one colour per slice)";
    return chart.categories.size();
  }
  if (chart.kind == Chart::Kind::kGroupedBar) {
    what = "series (one colour per series)";
    return chart.series.size();
  }
  what = "series";
  return 1;
}

void read_colors(const YamlSource& src, const Field& field, Chart& chart) {
  const std::vector<Field> items = list_items(src, field, "colors");
  if (items.empty() || items.size() > kMaxColors) {
    src.fail(field.pos, "colors is a list of 1 to " + std::to_string(kMaxColors) +
                            " colours, like [\"#1E3C66\", \"#C0891B\"]");
  }
  for (const Field& item : items) chart.colors.push_back(read_color(src, item));
  std::string what;
  const std::size_t needed = colors_needed(chart, what);
  if (chart.colors.size() < needed) {
    src.fail(field.pos, "colors gives " + std::to_string(chart.colors.size()) + " colour" +
                            (chart.colors.size() == 1 ? "" : "s") + " but the chart has " +
                            std::to_string(needed) + " " + what + "; give at least " +
                            std::to_string(needed) +
                            ", or leave out colors to use the style's palette");
  }
}

}  // namespace

Chart read_chart(const YamlSource& src, const Field& field) {
  const MapReader map(
      src, field, "a chart",
      {"kind", "title", "categories", "values", "series", "unit", "height_lines", "colors"});
  Chart chart;
  chart.pos = field.pos;
  if (auto kind = map.get("kind")) chart.kind = read_kind(src, *kind);
  const bool pie = chart.kind == Chart::Kind::kPie;
  if (auto title = map.get("title"))
    chart.title = trim_spaces(read_text(src, *title, "the chart title"));
  if (auto unit = map.get("unit")) chart.unit = trim_spaces(read_text(src, *unit, "unit"));
  if (auto height = map.get("height_lines"))
    chart.height_lines = read_int(src, *height, "height_lines", 1, 22);
  const Field categories = map.required("categories");
  for (const Field& c : list_items(src, categories, "categories")) {
    chart.categories.push_back(trim_spaces(read_text(src, c, "each category")));
  }
  if (chart.categories.empty()) src.fail(categories.pos, "a chart needs at least one category");
  const auto values = map.get("values");
  const auto series = map.get("series");
  if (values.has_value() == series.has_value()) {
    src.fail(field.pos,
             "a chart has either values (one series) or series (several), exactly one of them");
  }
  if (values) {
    chart.series.push_back(ChartSeries{chart.title, read_values(src, *values, pie), values->pos});
  } else {
    for (const Field& s : list_items(src, *series, "series")) {
      const MapReader sm(src, s, "a chart series", {"name", "values"});
      ChartSeries cs;
      cs.pos = s.pos;
      cs.name = trim_spaces(read_text(src, sm.required("name"), "the series name"));
      cs.values = read_values(src, sm.required("values"), pie);
      chart.series.push_back(std::move(cs));
    }
    if (chart.series.empty()) src.fail(series->pos, "series is empty");
  }
  if (chart.kind != Chart::Kind::kGroupedBar && chart.series.size() != 1) {
    src.fail(field.pos, "only a grouped chart shows several series; use kind: grouped");
  }
  for (const ChartSeries& s : chart.series) {
    if (s.values.size() != chart.categories.size()) {
      src.fail(s.pos, "there are " + std::to_string(s.values.size()) + " values but " +
                          std::to_string(chart.categories.size()) +
                          " categories; give one value per category");
    }
  }
  if (auto colors = map.get("colors")) read_colors(src, *colors, chart);
  return chart;
}

}  // namespace gongwen::model
