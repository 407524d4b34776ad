// An annual report printed as a generic document: title, preface, the six
// numbered sections with their tables, the signature.
#include "model/report/report.h"
#include "model/report/report_table.h"

namespace gongwen::model {

namespace {

TableCell value_cell(const ReportValue& value) {
  TableCell cell;
  cell.text = value.text;
  cell.align = Align::kCenter;
  cell.pos = value.pos;
  return cell;
}

Table expand_table(const ReportTable& data) {
  Table table = build_report_table(*data.tmpl, [&](std::size_t leaf, std::size_t column) {
    return value_cell(data.rows[leaf].values[column]);
  });
  table.pos = data.pos;
  for (TableRow& row : table.rows) {
    if (!row.pos.known()) row.pos = data.pos;
    for (TableCell& cell : row.cells) {
      if (!cell.pos.known()) cell.pos = row.pos;
    }
  }
  return table;
}

}  // namespace

Document expand_report(const Report& report) {
  Document doc;
  doc.style = report.style;
  doc.title = report.title;
  doc.source_file = report.source_file;
  doc.body = report.preface;
  for (const ReportSection& section : report.sections) {
    if (!section.given) continue;
    doc.body.push_back(Heading{1, section.tmpl->heading, section.pos});
    doc.body.insert(doc.body.end(), section.blocks.begin(), section.blocks.end());
    if (section.table) doc.body.push_back(expand_table(*section.table));
  }
  doc.signature = report.signature;
  doc.author = report.author;
  doc.subject = report.subject;
  doc.iso_date = report.iso_date;
  return doc;
}

}  // namespace gongwen::model
