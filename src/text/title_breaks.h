// Title arrangement (GB/T 9704 7.3.1): a title too long for one line is
// broken "词意完整，排列对称，长短适宜" into a 梯形 (upper lines longer) or a
// 菱形 (middle lines longest), never inside a word.
#pragma once

#include <climits>
#include <cstddef>
#include <functional>
#include <string_view>
#include <utility>
#include <vector>

#include "util/units.h"

namespace gongwen::text {

enum class TitleShape { kTrapezoid, kDiamond };

// The cost of breaking a title before title[i]: negative where a break reads
// well (before 关于, after 的, before the genre word such as 通知 or 年度报告),
// positive where it is poor (inside a bracket, after a preposition, between
// characters the word dictionary left single), kNoBreak where a line may not
// break (inside a word, a figure or a Latin word, against 避头尾, before 的).
// The vector has title.size() + 1 entries; the first and last are kNoBreak.
constexpr int kNoBreak = INT_MAX;
std::vector<int> title_break_costs(std::u32string_view title);

// Where the issuer ends and the matter begins (at 关于, or at a year such as
// 2020年 when there is no 关于); 0 when the title has no such part.
std::size_t title_matter_start(std::u32string_view title);

// A line of the title: characters [begin, end).
using TitleLine = std::pair<std::size_t, std::size_t>;

// Breaks `title` into lines no wider than `max_width` (as `width(begin, end)`
// measures a line), as few as the text allows or one more when that reads
// better, in the given shape. In a 梯形 the issuer may stand alone on a
// shorter first line (国务院办公厅 / 关于……的通知): the shape is judged on the
// lines below it. A title that fits stays one line. When no
// arrangement keeps words whole within `max_width`, lines break at any
// opportunity the line breaker allows; a piece that still does not fit
// stands alone on an overfull line.
std::vector<TitleLine> arrange_title(std::u32string_view title,
                                     const std::function<Length(std::size_t, std::size_t)>& width,
                                     Length max_width, TitleShape shape);

}  // namespace gongwen::text
