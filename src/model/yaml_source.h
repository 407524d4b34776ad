// A YAML file parsed defensively, with positions as an editor shows them.
// Internal to the model module.
#pragma once

#include <yaml-cpp/yaml.h>

#include <string>

#include "util/source_pos.h"

namespace gongwen::model {

class YamlSource {
 public:
  // Who is to blame for a problem in this file: the user's input (InputError)
  // or the installation, e.g. a template under styles/ (EnvironmentError).
  enum class Blame { kInput, kEnvironment };

  // Checks the text (size, UTF-8, nesting depth, no aliases, one document)
  // and parses it. Throws an error of the file's blame kind.
  YamlSource(std::string text, std::string name, Blame blame = Blame::kInput);

  // Reads `path`; a file that cannot be read is an EnvironmentError.
  static YamlSource from_file(const std::string& path, Blame blame = Blame::kInput);

  const YAML::Node& root() const { return root_; }
  const std::string& name() const { return name_; }

  // 1-based line and column, the column counted in characters.
  SourcePos pos(const YAML::Mark& mark) const;
  SourcePos pos(const YAML::Node& node) const { return pos(node.Mark()); }

  [[noreturn]] void fail(const SourcePos& where, const std::string& message) const;
  [[noreturn]] void fail(const YAML::Node& node, const std::string& message) const {
    fail(pos(node), message);
  }

 private:
  void check_text() const;
  // yaml-cpp counts columns in bytes; editors count characters.
  int char_column(std::size_t line_start, std::size_t offset) const;
  void check_structure() const;

  std::string text_;
  std::string name_;
  Blame blame_;
  YAML::Node root_;
};

}  // namespace gongwen::model
