// A YAML file parsed defensively, with positions as an editor shows them.
// Internal to the model module.
#pragma once

#include <yaml-cpp/mark.h>

#include <cstdint>
#include <memory>
#include <string>
#include <vector>

#include "model/yaml/yaml_node.h"
#include "util/source_pos.h"

namespace gongwen::model {

class YamlSource {
 public:
  // Who is to blame for a problem in this file: the user's input (InputError)
  // or the installation, e.g. a template under styles/ (EnvironmentError).
  enum class Blame { kInput, kEnvironment };

  // Checks the text (size, UTF-8, nesting depth, no aliases, one document)
  // and parses it, in one pass over the text. Throws an error of the file's blame kind.
  YamlSource(std::string text, std::string name, Blame blame = Blame::kInput);

  // Reads `path`; a file that cannot be read is an EnvironmentError.
  static YamlSource from_file(const std::string& path, Blame blame = Blame::kInput);

  YamlNode root() const { return tree_->root(); }
  const std::string& name() const { return name_; }

  // 1-based line and column, the column counted in characters.
  SourcePos pos(const YAML::Mark& mark) const;
  SourcePos pos(const YamlNode& node) const { return pos(node.Mark()); }

  [[noreturn]] void fail(const SourcePos& where, const std::string& message) const;
  [[noreturn]] void fail(const YamlNode& node, const std::string& message) const {
    fail(pos(node), message);
  }

 private:
  void check_size() const;
  // Indexes line starts and character counts, so that every position is found
  // in constant time (a file may hold its 100,000 values on one line).
  void index_text();
  void check_text() const;
  // yaml-cpp counts columns in bytes; editors count characters.
  int char_column(std::size_t line_start, std::size_t offset) const;
  // Characters (UTF-8 lead bytes) in text_[0, offset).
  std::size_t chars_before(std::size_t offset) const;
  // Builds the tree (TreeBuilder in yaml_source.cpp).
  void parse();

  std::string text_;
  std::string name_;
  Blame blame_;
  std::unique_ptr<YamlTree> tree_;          // a pointer: handles survive moving the source
  std::vector<std::size_t> line_starts_;    // byte offset of each line's start
  std::vector<std::uint32_t> char_blocks_;  // chars_before(k * kCharBlock)
};

}  // namespace gongwen::model
