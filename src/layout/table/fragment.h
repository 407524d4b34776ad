// Draws one fragment of a laid-out table: cell text inside structure tags
// (Table → THead/TBody → TR → TH/TD), the rules, and on continuation
// fragments the repeated header as an artifact. The fragments of one table
// make one Table element: the first opens it, the last (the one ending with
// the table's last row) closes it, so the tags of a fragment alone need not
// balance.
#pragma once

#include "layout/context.h"
#include "layout/table/laid_table.h"
#include "layout/table/page_plan.h"

namespace gongwen::layout::table {

// `table_start`: this fragment is where the table begins (caption, header
// tagged as THead); otherwise the header is repeated as an Artifact under an
// optional continuation label. A row group cut by an earlier break repeats
// its label here, centred in the rows it has on this fragment (the plan made
// them tall enough for it), as part of that Artifact: the tagged cell (with
// its whole RowSpan) is where it began.
Block draw_fragment(const LaidTable& table, const FragmentRows& rows, bool table_start);

}  // namespace gongwen::layout::table
