#include "model/yaml/yaml_node.h"

namespace gongwen::model {

namespace {

const std::string kNoText;

}  // namespace

const YamlNode::Data YamlNode::kNothing;

YamlNode::YamlNode() : data_(&kNothing) {}

YamlNode::Type YamlNode::type() const {
  return data_->type;
}

const std::string& YamlNode::Scalar() const {
  return data_->type == Type::kScalar ? data_->scalar : kNoText;
}

const YAML::Mark& YamlNode::Mark() const {
  return data_->mark;
}

std::vector<YamlNode> YamlNode::items() const {
  std::vector<YamlNode> out;
  if (data_->type != Type::kSequence) return out;
  out.reserve(data_->children.size());
  for (const Data* child : data_->children) out.push_back(YamlNode(child));
  return out;
}

std::vector<std::pair<YamlNode, YamlNode>> YamlNode::entries() const {
  std::vector<std::pair<YamlNode, YamlNode>> out;
  if (data_->type != Type::kMap) return out;
  const std::vector<const Data*>& c = data_->children;
  out.reserve(c.size() / 2);
  for (std::size_t i = 0; i + 1 < c.size(); i += 2)
    out.emplace_back(YamlNode(c[i]), YamlNode(c[i + 1]));
  return out;
}

bool YamlNode::has_key(std::string_view key) const {
  if (data_->type != Type::kMap) return false;
  const std::vector<const Data*>& c = data_->children;
  for (std::size_t i = 0; i < c.size(); i += 2) {
    if (c[i]->type == Type::kScalar && c[i]->scalar == key) return true;
  }
  return false;
}

YamlNode::Data& YamlTree::attach(YamlNode::Type type, const YAML::Mark& mark) {
  YamlNode::Data& node = nodes_.emplace_back();
  node.type = type;
  node.mark = mark;
  if (!open_.empty()) {
    open_.back()->children.push_back(&node);
  } else if (!root_) {
    root_ = &node;
  }
  return node;
}

void YamlTree::add(YamlNode::Type type, const YAML::Mark& mark, std::string scalar) {
  attach(type, mark).scalar = std::move(scalar);
}

int YamlTree::open(YamlNode::Type type, const YAML::Mark& mark) {
  open_.push_back(&attach(type, mark));
  return static_cast<int>(open_.size());
}

}  // namespace gongwen::model
