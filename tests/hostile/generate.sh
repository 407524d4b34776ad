# Generators of hostile inputs, sourced by tests/scripts/hostile_inputs.sh:
# each function writes one input to the path it is given. Inputs are made at
# test time (some are megabytes) and never committed. Only bash and awk.

# A sentence of official prose with punctuation, 50 characters.
sentence='本机关坚持以公开为常态、不公开为例外，全年主动公开政府信息四百一十二条。'

# One paragraph of about 2 MB (700,000 characters).
gen_paragraph_2mb() {
  awk -v s="$sentence" 'BEGIN {
    printf "title: 超长段落\nbody:\n  - \""
    for (i = 0; i < 19000; i++) printf "%s", s
    printf "\"\n" }' > "$1"
}

# One word of 1,000,000 Latin letters: no break opportunity anywhere.
gen_word_1mb() {
  awk 'BEGIN { printf "title: 超长单词\nbody:\n  - "
    w = "abcdefghij"; for (i = 0; i < 100000; i++) printf "%s", w; printf "\n" }' > "$1"
}

# A heading of 300,000 characters (keep-with-next over many pages).
gen_heading_long() {
  awk -v s="$sentence" 'BEGIN { printf "title: 标题\nbody:\n  - h1: \""
    for (i = 0; i < 8000; i++) printf "%s", s; printf "\"\n  - 正文。\n" }' > "$1"
}

# 150,000 paragraphs in one flow list on a single line of 2.4 MB.
gen_line_2mb() {
  awk 'BEGIN { printf "title: 超长行\nbody: ["
    for (i = 0; i < 150000; i++) printf "%s\"段落文字\"", (i ? ", " : ""); printf "]\n" }' > "$1"
}

# 100,000 paragraphs, one per line.
gen_paragraphs_100k() {
  awk 'BEGIN { printf "title: 十万段\nbody:\n"
    for (i = 0; i < 100000; i++) printf "  - 第%d段。\n", i }' > "$1"
}

# A title of 100,000 lines.
gen_title_lines_100k() {
  awk 'BEGIN { printf "title:\n"; for (i = 0; i < 100000; i++) printf "  - 标题%d\n", i
    printf "body:\n  - 正文。\n" }' > "$1"
}

# A table of 10,000 rows (and a header row) of three columns.
gen_table_rows_10k() {
  awk 'BEGIN { printf "title: 万行表格\nbody:\n  - table:\n      header_rows: 1\n      rows:\n"
    printf "        - [序号, 名称, 数量]\n"
    for (i = 1; i <= 10000; i++) printf "        - [\"%d\", 项目%d, \"%d\"]\n", i, i, i * 3 }' > "$1"
}

# A table of 20,000 rows of three columns: 60,000 cells.
gen_table_cells_60k() {
  awk 'BEGIN { printf "title: 大表\nbody:\n  - table:\n      rows:\n"
    for (i = 1; i <= 20000; i++) printf "        - [\"%d\", 项目, \"0\"]\n", i }' > "$1"
}

# One table row of 100,000 cells.
gen_table_row_100k() {
  awk 'BEGIN { printf "title: 宽表\nbody:\n  - table:\n      rows:\n        - ["
    for (i = 0; i < 100000; i++) printf "%s\"%d\"", (i ? ", " : ""), i; printf "]\n" }' > "$1"
}

# One table cell of 300,000 characters: a row taller than any page.
gen_table_cell_long() {
  awk -v s="$sentence" 'BEGIN { printf "title: 长单元格\nbody:\n  - table:\n      rows:\n        - [项目, 说明]\n        - [甲, \""
    for (i = 0; i < 6000; i++) printf "%s", s; printf "\"]\n" }' > "$1"
}

# A bar chart of 100,000 categories.
gen_chart_categories_100k() {
  awk 'BEGIN { printf "title: 图表\nbody:\n  - chart:\n      kind: bar\n      categories:\n"
    for (i = 0; i < 100000; i++) printf "        - 类%d\n", i
    printf "      values:\n"; for (i = 0; i < 100000; i++) printf "        - %d\n", i }' > "$1"
}

# A chart whose one category label is 100,000 characters.
gen_chart_label_long() {
  awk -v s="$sentence" 'BEGIN { printf "title: 图表\nbody:\n  - chart:\n      kind: bar\n      categories: [甲, \""
    for (i = 0; i < 2000; i++) printf "%s", s; printf "\"]\n      values: [1, 2]\n" }' > "$1"
}

# The seed report with a row of 100,000 numbers.
gen_report_numbers_100k() {
  local seed=$2
  awk '/本年新收政府信息公开申请数量: / { printf "  本年新收政府信息公开申请数量: ["
      for (i = 0; i < 100000; i++) printf "%s0", (i ? ", " : ""); printf "]\n"; next } { print }' \
    "$seed" > "$1"
}

# The seed report with 100,000 paragraphs of preface.
gen_report_preface_100k() {
  local seed=$2
  awk '/^preface:/ { print; for (i = 0; i < 100000; i++) printf "  - 前言第%d段。\n", i; next } { print }' \
    "$seed" > "$1"
}

# Lists nested 1,000 deep, maps nested 1,000 deep, block lists nested 1,000 deep.
gen_nested_lists_1000() {
  awk 'BEGIN { printf "title: 嵌套\nbody: "; for (i = 0; i < 1000; i++) printf "["
    for (i = 0; i < 1000; i++) printf "]"; printf "\n" }' > "$1"
}
gen_nested_maps_1000() {
  awk 'BEGIN { printf "title: 嵌套\nbody: "; for (i = 0; i < 1000; i++) printf "{a: "
    printf "1"; for (i = 0; i < 1000; i++) printf "}"; printf "\n" }' > "$1"
}
gen_nested_blocks_1000() {
  awk 'BEGIN { printf "title: 嵌套\nbody:\n"
    for (i = 0; i < 1000; i++) { for (k = 0; k < i; k++) printf "  "; printf "-\n" } }' > "$1"
}

# A key of 1,000,000 characters (an unknown key: the message must stay short).
gen_key_1mb() {
  awk 'BEGIN { printf "title: 键\nbody:\n  - 正文。\n"
    for (i = 0; i < 100000; i++) printf "titletitle"; printf ": x\n" }' > "$1"
}

# A value of 1,000,000 characters where a number belongs.
gen_value_1mb() {
  awk 'BEGIN { printf "title: 值\nbody:\n  - {lead: （一）, level: "
    for (i = 0; i < 100000; i++) printf "1234567890"; printf ", p: 正文}\n" }' > "$1"
}

# 200,000 anchors (no aliases).
gen_anchors_200k() {
  awk 'BEGIN { printf "title: 锚\nbody:\n"; for (i = 0; i < 200000; i++) printf "  - &a%d 段\n", i }' > "$1"
}

# A file of 5 MB (over the 4 MB limit), valid otherwise.
gen_file_5mb() {
  awk 'BEGIN { printf "title: 大文件\nbody:\n"
    for (i = 0; i < 120000; i++) printf "  - 这是一段用于填充文件大小的文字。\n" }' > "$1"
}
