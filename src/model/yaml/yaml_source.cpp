#include "model/yaml/yaml_source.h"

#include <yaml-cpp/eventhandler.h>
#include <yaml-cpp/exceptions.h>
#include <yaml-cpp/parser.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "util/error.h"
#include "util/utf8.h"

namespace gongwen::model {

namespace {

// Far beyond any real report, small enough to keep every pass quick.
constexpr std::size_t kMaxBytes = 4 * 1024 * 1024;
// A report nests about six levels; anything deeper is a mistake or an attack.
constexpr int kMaxDepth = 32;
// Bytes per entry of the character-count index.
constexpr std::size_t kCharBlock = 64;

// yaml-cpp's messages for the mistakes people make, in plain words; the
// original follows in brackets. Other messages are passed on as they are.
std::string plain_words(const std::string& message) {
  static const std::pair<const char*, const char*> kPlain[] = {
      {"end of sequence flow not found",
       "a list opened with \"[\" is not closed with \"]\" (or a quote in it is not closed)"},
      {"end of map flow not found", "a map opened with \"{\" is not closed with \"}\""},
      {"illegal flow end", "a \"]\" or \"}\" that closes nothing"},
      {"illegal map value",
       "a \"key: value\" cannot stand here; check the indentation, and put a text that "
       "contains \": \" in quotes"},
      {"end of map not found",
       "the indentation of this line does not match the lines above (indent each level by "
       "the same number of spaces)"},
      {"end of sequence not found",
       "the indentation of this line does not match the list above it"},
      {"illegal block entry",
       "a list item (\"- \") cannot start here; check the indentation (YAML indents with "
       "spaces, never tabs)"},
      {"illegal tab when looking for indentation",
       "a tab is used for indentation; YAML indents with spaces only"},
      {"unknown token",
       "a value cannot start with this character (%, @ and ` are reserved in YAML); put the "
       "text in quotes"},
      {"bad character found while scanning hex number",
       "a \\x or \\u in double quotes is not followed by hex digits; write \\\\ for a "
       "backslash, or use single quotes"},
      {"unknown escape character",
       "an unknown escape (a backslash) in double quotes; write \\\\ for a backslash, or use "
       "single quotes"},
      {"illegal EOF in scalar", "a quoted text is not closed before the end of the file"},
      {"YAML major version too large", "only YAML 1.x is read; remove the %YAML line"},
  };
  for (const auto& [original, plain] : kPlain) {
    if (message.rfind(original, 0) == 0) return std::string(plain) + " [" + message + "]";
  }
  return message;
}

// Builds the tree from the parser's events, refusing on the way what the
// model never needs and an attacker would use: aliases (the "billion laughs"
// expansion), absurd nesting and a second document.
class TreeBuilder : public YAML::EventHandler {
 public:
  TreeBuilder(const YamlSource& source, YamlTree& tree) : source_(source), tree_(tree) {}

  void OnDocumentStart(const YAML::Mark& mark) override {
    if (++documents_ > 1) {
      source_.fail(source_.pos(mark),
                   "the file holds more than one YAML document (a second \"---\"); keep one");
    }
  }
  void OnDocumentEnd() override {}
  void OnNull(const YAML::Mark& mark, YAML::anchor_t) override {
    tree_.add(YamlNode::Type::kNull, mark);
  }
  void OnAlias(const YAML::Mark& mark, YAML::anchor_t) override {
    source_.fail(source_.pos(mark),
                 "YAML aliases (*name) are not supported here; write the value out in full");
  }
  void OnScalar(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                const std::string& value) override {
    tree_.add(YamlNode::Type::kScalar, mark, value);
  }
  void OnSequenceStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                       YAML::EmitterStyle::value) override {
    open(YamlNode::Type::kSequence, mark);
  }
  void OnSequenceEnd() override { tree_.close(); }
  void OnMapStart(const YAML::Mark& mark, const std::string&, YAML::anchor_t,
                  YAML::EmitterStyle::value) override {
    open(YamlNode::Type::kMap, mark);
  }
  void OnMapEnd() override { tree_.close(); }

 private:
  void open(YamlNode::Type type, const YAML::Mark& mark) {
    if (tree_.open(type, mark) > kMaxDepth) {
      source_.fail(source_.pos(mark), "lists and maps are nested more than " +
                                          std::to_string(kMaxDepth) +
                                          " levels deep; a document never needs that");
    }
  }

  const YamlSource& source_;
  YamlTree& tree_;
  int documents_ = 0;
};

}  // namespace

YamlSource::YamlSource(std::string text, std::string name, Blame blame)
    : text_(std::move(text)), name_(std::move(name)), blame_(blame) {
  // Editors hide the byte order mark; drop it so that columns agree with them.
  if (text_.rfind("\xEF\xBB\xBF", 0) == 0) text_.erase(0, 3);
  check_size();
  index_text();
  check_text();
  parse();
}

YamlSource YamlSource::from_file(const std::string& path, Blame blame) {
  std::error_code ignored;
  if (std::filesystem::is_directory(path, ignored)) {
    throw EnvironmentError("cannot read " + path + ": it is a directory, not a YAML file");
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) throw EnvironmentError(path + ": cannot read the file (does it exist, may it be read?)");
  std::ostringstream buffer;
  buffer << in.rdbuf();
  if (in.bad()) throw EnvironmentError(path + ": reading the file failed");
  return YamlSource(buffer.str(), path, blame);
}

SourcePos YamlSource::pos(const YAML::Mark& mark) const {
  if (mark.is_null() || mark.pos < 0) return SourcePos{name_, 0, 0};
  const std::size_t end = std::min<std::size_t>(static_cast<std::size_t>(mark.pos), text_.size());
  // The start of the line holding `end`: the last line start at or before it.
  const auto next = std::upper_bound(line_starts_.begin(), line_starts_.end(), end);
  const std::size_t start = next == line_starts_.begin() ? 0 : *(next - 1);
  return SourcePos{name_, mark.line + 1, char_column(start, end)};
}

void YamlSource::index_text() {
  line_starts_.assign(1, 0);
  char_blocks_.assign(1, 0);
  std::uint32_t chars = 0;
  for (std::size_t i = 0; i < text_.size(); ++i) {
    if (text_[i] == '\n') line_starts_.push_back(i + 1);
    chars += utf8::starts_character(text_[i]);
    if ((i + 1) % kCharBlock == 0) char_blocks_.push_back(chars);
  }
}

std::size_t YamlSource::chars_before(std::size_t offset) const {
  offset = std::min(offset, text_.size());
  const std::size_t block = offset / kCharBlock;
  std::size_t chars = char_blocks_[block];
  for (std::size_t i = block * kCharBlock; i < offset; ++i)
    chars += utf8::starts_character(text_[i]);
  return chars;
}

int YamlSource::char_column(std::size_t line_start, std::size_t offset) const {
  if (offset <= line_start) return 1;
  return static_cast<int>(chars_before(offset) - chars_before(line_start)) + 1;
}

void YamlSource::fail(const SourcePos& where, const std::string& message) const {
  if (blame_ == Blame::kEnvironment) {
    throw EnvironmentError(where.str() + ": " + message +
                           " (this file belongs to the installation, not to your document)");
  }
  throw InputError(where, message);
}

void YamlSource::check_size() const {
  if (text_.size() > kMaxBytes) {
    fail(SourcePos{name_, 0, 0},
         "the file is larger than 4 MB; a document is far smaller, so "
         "this is probably not the file you meant");
  }
}

void YamlSource::check_text() const {
  int line = 1;
  std::size_t line_start = 0;
  for (std::size_t i = 0; i < text_.size();) {
    const unsigned char b = static_cast<unsigned char>(text_[i]);
    const std::size_t n = utf8::character_length(text_, i);
    if (n == 0) {
      fail(SourcePos{name_, line, char_column(line_start, i)},
           "the file is not UTF-8 text (byte 0x" + std::string(1, "0123456789ABCDEF"[b >> 4]) +
               std::string(1, "0123456789ABCDEF"[b & 15]) +
               " here); save it as UTF-8 (GBK/GB2312 files must be converted)");
    }
    if (b == 0 || (b < 0x20 && b != '\n' && b != '\r' && b != '\t')) {
      fail(SourcePos{name_, line, char_column(line_start, i)},
           "the file contains a control character (code " + std::to_string(b) + "); remove it");
    }
    if (b == '\n') {
      ++line;
      line_start = i + 1;
    }
    i += n;
  }
}

void YamlSource::parse() {
  std::istringstream stream(text_);
  YAML::Parser parser(stream);
  tree_ = std::make_unique<YamlTree>();
  TreeBuilder builder(*this, *tree_);
  try {
    while (parser.HandleNextDocument(builder)) {
    }
  } catch (const YAML::Exception& e) {
    fail(pos(e.mark), "this is not valid YAML: " + plain_words(e.msg));
  }
}

}  // namespace gongwen::model
