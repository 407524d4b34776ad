// A small document exercising every font format and item kind, shared by the
// writer tests.
#pragma once

#include <string>

#include "display/display_list.h"
#include "test_fonts.h"

namespace gongwen::pdf::testing {

inline constexpr Length kA4Width = from_mm(210);
inline constexpr Length kA4Height = from_mm(297);
inline constexpr Length kLeft = from_mm(28);

// Text of each line of the sample, in order (what pdftotext must give back).
inline const std::string kFandolLine = "高位字形测试：¥€‐═╬，公文123";
inline const std::string kNotoLine = "济宁市信访局2020年政府信息公开工作年度报告";
inline const std::string kLatinLine = "Liberation Serif: 2020 Annual Report, 45.6%";
inline const std::string kHeading2 = "一、总体情况";
inline const std::string kHeading3 = "（一）信息公开情况";

struct SampleFonts {
  TestFont fandol{kFandolFang, 0};
  TestFont noto{kNotoSerifCjk, kNotoSerifCjkScIndex};
  TestFont liberation{kLiberationSerif, 0};
};

inline display::Document sample_document(const SampleFonts& f, int pages = 1) {
  using namespace display;
  Document doc;
  doc.metadata.title = "济宁市信访局2020年政府信息公开工作年度报告";
  doc.metadata.author = "济宁市信访局";
  doc.metadata.subject = "政府信息公开 & 年度报告";
  doc.metadata.keywords = "信息公开, 年报";
  doc.metadata.date = "2021-01-15";
  doc.fonts = {f.fandol.display_font(), f.noto.display_font(), f.liberation.display_font()};
  const Length size = from_pt(16);
  const Length pitch = from_mm(156) / 28;  // GB/T 9704 grid: narrower than the 16 pt em
  for (int p = 0; p < pages; ++p) {
    Page page{kA4Width, kA4Height, {}};
    Length y = from_mm(37) + size;
    page.items.push_back(TagBegin{"H1", {}});
    page.items.push_back(f.noto.run(1, kNotoLine, from_pt(22), {kLeft, y}, from_pt(22)));
    page.items.push_back(TagEnd{});
    y += from_mm(15);
    page.items.push_back(TagBegin{"P", {}});
    page.items.push_back(f.fandol.run(0, kFandolLine, size, {kLeft, y}, pitch));
    y += from_mm(10);
    page.items.push_back(f.liberation.run(2, kLatinLine, size, {kLeft, y}));
    page.items.push_back(TagEnd{});
    y += from_mm(10);
    page.items.push_back(TagBegin{"Table", {}});
    page.items.push_back(TagBegin{"TR", {}});
    page.items.push_back(TagBegin{"TH", {{"Scope", "Column"}, {"ColSpan", "2"}}});
    page.items.push_back(
        f.fandol.run(0, "收到申请数", size, {kLeft + from_mm(2), y + size}, pitch));
    page.items.push_back(TagEnd{});
    page.items.push_back(TagEnd{});
    page.items.push_back(TagEnd{});
    page.items.push_back(
        Line{{kLeft, y - from_mm(2)}, {kLeft + from_mm(156), y - from_mm(2)}, from_pt(1), {}});
    page.items.push_back(Box{{kLeft, y - from_mm(2), from_mm(156), from_mm(12)},
                             std::nullopt,
                             Color{0, 0, 0},
                             from_pt(0.5)});
    page.items.push_back(Box{{kLeft + from_mm(120), y + from_mm(20), from_mm(20), from_mm(10)},
                             Color{200, 30, 30},
                             std::nullopt,
                             0});
    Path pie;
    pie.fill = Color{30, 90, 200};
    const Point c{kLeft + from_mm(40), y + from_mm(40)};
    const Length r = from_mm(15);
    pie.segments = {
        {PathSegment::Kind::kMove, c, {}, {}},
        {PathSegment::Kind::kLine, {c.x + r, c.y}, {}, {}},
        {PathSegment::Kind::kCubic, {c.x + r, c.y - r / 2}, {c.x + r / 2, c.y - r}, {c.x, c.y - r}},
        {PathSegment::Kind::kClose, {}, {}, {}}};
    page.items.push_back(TagBegin{"Figure", {{"Alt", "饼图：办理结果"}}});
    page.items.push_back(pie);
    page.items.push_back(TagEnd{});
    page.items.push_back(TagBegin{"Artifact", {{"Type", "Pagination"}}});
    const std::string number = "— " + std::to_string(p + 1) + " —";
    page.items.push_back(f.noto.run(1, number, from_pt(14), {from_mm(160), from_mm(280)}));
    page.items.push_back(TagEnd{});
    page.items.push_back(Anchor{"seal", {from_mm(120), from_mm(200), from_mm(42), from_mm(42)}});
    if (p == 0) {  // headings below the title, the outline's entries
      page.items.push_back(TagBegin{"H2", {}});
      page.items.push_back(f.noto.run(1, kHeading2, size, {kLeft, from_mm(240)}, pitch));
      page.items.push_back(TagEnd{});
      page.items.push_back(TagBegin{"H3", {}});
      page.items.push_back(f.noto.run(1, kHeading3, size, {kLeft, from_mm(250)}, pitch));
      page.items.push_back(TagEnd{});
    }
    doc.pages.push_back(std::move(page));
  }
  doc.outline = {{kHeading2, 1, 0, from_mm(234)}, {kHeading3, 2, 0, from_mm(244)}};
  return doc;
}

}  // namespace gongwen::pdf::testing
