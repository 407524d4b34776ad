// A YAML value as the model reads it: null, text, a list or a map, and where
// it starts. YamlSource builds the tree from the parser's events in the same
// pass that refuses aliases and deep nesting, so a file is scanned once
// (yaml-cpp's scanner is most of the cost of loading). Internal to the model
// module.
#pragma once

#include <yaml-cpp/mark.h>

#include <deque>
#include <string>
#include <string_view>
#include <vector>

namespace gongwen::model {

class YamlTree;

// A handle on a node of a YamlTree: cheap to copy, valid while the tree lives.
class YamlNode {
 public:
  enum class Type { kNull, kScalar, kSequence, kMap };

  // The null value, placed nowhere: an empty file's root.
  YamlNode();

  Type type() const;
  bool IsNull() const { return type() == Type::kNull; }
  bool IsScalar() const { return type() == Type::kScalar; }
  bool IsSequence() const { return type() == Type::kSequence; }
  bool IsMap() const { return type() == Type::kMap; }
  // The text of a scalar; empty for anything else.
  const std::string& Scalar() const;
  // Where the node starts (yaml-cpp's 0-based line, byte column and offset).
  const YAML::Mark& Mark() const;

  // Elements of a list; nothing for anything else.
  std::vector<YamlNode> items() const;
  // Keys and values of a map in file order, duplicates included.
  std::vector<std::pair<YamlNode, YamlNode>> entries() const;
  // Whether a map has the plain-text key `key`.
  bool has_key(std::string_view key) const;

 private:
  friend class YamlTree;
  struct Data;
  explicit YamlNode(const Data* data) : data_(data) {}
  static const Data kNothing;  // the root of an empty file: null, placed nowhere
  const Data* data_;
};

struct YamlNode::Data {
  Type type = Type::kNull;
  std::string scalar;
  YAML::Mark mark = YAML::Mark::null_mark();
  std::vector<const Data*> children;
};

// Owns the nodes, and builds them in the parser's order. Nodes never move
// (a deque), so handles stay valid while the tree grows.
class YamlTree {
 public:
  YamlNode root() const { return root_ ? YamlNode(root_) : YamlNode(); }

  // A null or scalar: the next child of the open list or map (whose children
  // alternate key, value), or the root when none is open.
  void add(YamlNode::Type type, const YAML::Mark& mark, std::string scalar = {});
  // A list or map, added as add() does, then open until close(). Returns how
  // many are open, itself included.
  int open(YamlNode::Type type, const YAML::Mark& mark);
  void close() { open_.pop_back(); }

 private:
  YamlNode::Data& attach(YamlNode::Type type, const YAML::Mark& mark);

  std::deque<YamlNode::Data> nodes_;
  const YamlNode::Data* root_ = nullptr;
  std::vector<YamlNode::Data*> open_;
};

}  // namespace gongwen::model
