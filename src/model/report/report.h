// An annual report (政府信息公开工作年度报告) as the user wrote it: prose per
// section and the numbers of the template's tables, each with its position.
// The loader expands it into a model::Document; the checks read it directly.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "model/document/document.h"
#include "model/report/report_template.h"

namespace gongwen::model {

struct ReportValue {
  std::optional<double> number;  // empty: blank, or text that is not a number
  std::string text;              // as written ("8次", "0"); a computed total's sum
  bool computed = false;         // a total left out of the YAML and filled in
  SourcePos pos;
};

// One row of numbers (a leaf of the template's row tree).
struct ReportRow {
  std::string path;  // keys from the table's top: "本年度办理结果/不予公开/属于国家秘密"
  std::string label;  // printed label of the row
  const std::vector<TemplateColumn>* columns = nullptr;
  bool total = false;                 // a total row (its values sum its siblings)
  std::vector<std::string> siblings;  // total rows: the paths they sum
  std::vector<ReportValue> values;
  SourcePos pos;  // the row's key in the YAML (the table's, when computed)
};

struct ReportTable {
  const TemplateTable* tmpl = nullptr;
  std::vector<ReportRow> rows;  // in template order
  SourcePos pos;
  const ReportRow* find(const std::string& path) const;
};

struct ReportSection {
  const TemplateSection* tmpl = nullptr;
  bool given = false;  // present in the YAML
  SourcePos pos;
  std::vector<Block> blocks;  // prose (for a table section: before the table)
  std::optional<ReportTable> table;
};

struct Report {
  std::shared_ptr<const ReportTemplate> tmpl;
  int year = 0;
  SourcePos year_pos;
  int edition = 0;
  bool edition_given = false;
  SourcePos edition_pos;
  std::string agency;
  Title title;
  bool title_given = false;
  Signature signature;
  std::string iso_date;
  std::vector<Block> preface;           // paragraphs before 一、
  std::vector<ReportSection> sections;  // one per template section, in order
  std::string style = "gbt9704";
  std::string author, subject;
  std::string source_file;
};

struct LoadedDocument {
  Document document;
  std::optional<Report> report;  // set for an annual report
};

// As load_document, keeping the report data for the checks.
LoadedDocument load_with_report(const std::string& path, const std::string& templates_dir);
LoadedDocument load_with_report_from_string(const std::string& yaml, const std::string& name,
                                            const std::string& templates_dir);

// The generic document a report prints as.
Document expand_report(const Report& report);

// "12", "0.5", "-3": how a number is printed in a table.
std::string format_number(double value);

}  // namespace gongwen::model
