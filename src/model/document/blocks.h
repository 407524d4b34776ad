// Body blocks of a document (paragraphs, headings, tables, charts, page
// breaks) read from YAML. Internal to the model module.
#pragma once

#include <string>
#include <vector>

#include "model/document/document.h"
#include "model/yaml/yaml_fields.h"

namespace gongwen::model {

// A list of blocks; a single text is accepted as a one-paragraph list.
std::vector<Block> read_blocks(const YamlSource& src, const Field& field, const std::string& what);

Block read_block(const YamlSource& src, const Field& item);
Table read_table(const YamlSource& src, const Field& field);
// A cell: a text, or {text, colspan, rowspan, align, vertical}.
TableCell read_table_cell(const YamlSource& src, const Field& field);
Chart read_chart(const YamlSource& src, const Field& field);

// Heading level from the numbering that starts the text: 一、→1, （一）→2,
// 1.→3, （1）→4; 0 when the text starts with none of these.
int heading_level_of(const std::string& text);

}  // namespace gongwen::model
