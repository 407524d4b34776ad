// The chart's words outside the drawing: the title line and the alt text.
#pragma once

#include <string>

#include "model/document/document.h"

namespace gongwen::layout::chart {

// The title line: "信息公开情况（单位：条）", the unit alone ("单位：条"), or
// empty when the chart has neither.
std::string title_line(const model::Chart& chart);

// A description of the data for readers who cannot see the figure, e.g.
// "信息公开情况：规范性文件1，政策解读6"; a grouped chart lists each category's
// series ("2020年：收到3，办结2；…"), a pie adds the shares ("甲5（50.0%）").
std::string alt_text(const model::Chart& chart);

}  // namespace gongwen::layout::chart
