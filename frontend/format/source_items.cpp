// Rebuilds the item sequence of pest's grammar (psl/schema-ast/src/parser/datamodel.pest) from
// the AST's declarations and the source text around them.
#include "frontend/format/source_items.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include "frontend/format/block_extent.hpp"

namespace schemac::frontend::format {
namespace {

bool is_blank(char c) {
  return c == ' ' || c == '\t';
}

bool is_line_break(char c) {
  return c == '\n' || c == '\r';
}

// A declaration of the container and the bytes it covers. Block members (fields, attributes,
// values, properties) own the line break that ends them, as in pest (`field_declaration` ends in
// NEWLINE); top-level blocks do not, so the break after `}` is an `empty_lines` item of its own.
struct Node {
  std::uint32_t begin = 0;
  std::uint32_t end = 0;
  std::optional<DeclarationItem> declaration;  // absent: raw text (type alias, arbitrary block)
  bool owns_line_break = true;
};

class Scanner {
 public:
  enum class Container { File, Block, ConfigBlock };

  Scanner(std::string_view source, std::uint32_t begin, std::uint32_t end, Container container)
      : src_(source), pos_(begin), end_(end), container_(container) {}

  std::vector<Item> run(std::vector<Node> nodes) {
    std::stable_sort(nodes.begin(), nodes.end(),
                     [](const Node& a, const Node& b) { return a.begin < b.begin; });
    std::size_t next = 0;
    while (true) {
      skip_blanks();
      // Declarations the parser found inside text that Prisma reads otherwise (a comment, an
      // unreadable line) are skipped: pest never sees them.
      while (next < nodes.size() && nodes[next].begin < pos_) {
        ++next;
      }
      if (pos_ >= end_) {
        break;
      }
      if (next < nodes.size() && nodes[next].begin <= pos_) {
        take_node(nodes[next]);
        ++next;
        continue;
      }
      const char c = src_[pos_];
      if (is_line_break(c)) {
        take_empty_lines();
      } else if (const auto comment = comment_at(pos_)) {
        take_comment(*comment);
      } else {
        take_catch_all();
      }
    }
    return std::move(items_);
  }

 private:
  struct FoundComment {
    CommentLine line;
    std::uint32_t end;
  };

  void skip_blanks() {
    while (pos_ < end_ && is_blank(src_[pos_])) {
      ++pos_;
    }
  }

  // Consumes one line break (`\n`, `\r\n` or `\r`, pest's NEWLINE) if there is one.
  bool take_line_break() {
    if (pos_ >= end_ || !is_line_break(src_[pos_])) {
      return false;
    }
    if (src_[pos_] == '\r' && pos_ + 1 < end_ && src_[pos_ + 1] == '\n') {
      ++pos_;
    }
    ++pos_;
    return true;
  }

  std::uint32_t line_end(std::uint32_t from) const {
    while (from < end_ && !is_line_break(src_[from])) {
      ++from;
    }
    return from;
  }

  std::optional<FoundComment> comment_at(std::uint32_t at) const {
    const std::string_view rest = src_.substr(at, end_ - at);
    if (rest.starts_with("///")) {
      const std::uint32_t e = line_end(at);
      return FoundComment{{CommentLine::Kind::Doc, src_.substr(at + 3, e - at - 3)}, e};
    }
    if (rest.starts_with("//")) {
      const std::uint32_t e = line_end(at);
      return FoundComment{{CommentLine::Kind::Line, src_.substr(at + 2, e - at - 2)}, e};
    }
    if (rest.starts_with("/*")) {
      const std::size_t close = rest.find("*/", 2);
      if (close == std::string_view::npos) {
        return std::nullopt;  // not a comment for pest: the line is unreadable
      }
      const auto e = static_cast<std::uint32_t>(at + close + 2);
      return FoundComment{{CommentLine::Kind::Multi, src_.substr(at, e - at)}, e};
    }
    return std::nullopt;
  }

  void take_node(const Node& node) {
    comment_block_open_ = false;
    pos_ = std::max(pos_, node.end);
    if (!node.declaration) {
      items_.push_back(RawItem{src_.substr(node.begin, node.end - node.begin)});
      return;
    }
    DeclarationItem item = *node.declaration;
    if (node.owns_line_break) {
      skip_blanks();
      if (const auto comment = comment_at(pos_)) {
        item.trailing_comment = src_.substr(pos_, comment->end - pos_);
        pos_ = comment->end;
      }
      skip_blanks();
      take_line_break();
    }
    items_.push_back(item);
  }

  // pest's `empty_lines`: whitespace-only lines, one item however many there are.
  void take_empty_lines() {
    comment_block_open_ = false;
    while (true) {
      skip_blanks();
      if (!take_line_break()) {
        break;
      }
    }
    if (items_.empty() || !std::holds_alternative<EmptyLinesItem>(items_.back())) {
      items_.push_back(EmptyLinesItem{});
    }
  }

  // pest's `comment_block`: comments, each optionally followed by one line break; the block
  // goes on as long as the next comment comes before any empty line or other item.
  void take_comment(const FoundComment& comment) {
    if (!comment_block_open_ || items_.empty() ||
        !std::holds_alternative<CommentsItem>(items_.back())) {
      items_.push_back(CommentsItem{});
    }
    std::get<CommentsItem>(items_.back()).comments.push_back(comment.line);
    pos_ = comment.end;
    take_line_break();
    comment_block_open_ = true;
  }

  void take_catch_all() {
    comment_block_open_ = false;
    const std::uint32_t begin = pos_;
    pos_ = line_end(pos_);
    // Prisma writes a top-level CATCH_ALL with its line break and trims only `\n` from one in a
    // block (so a `\r` of a CRLF file stays, as in Prisma).
    if (container_ == Container::ConfigBlock) {
      if (auto key = bare_key(src_.substr(begin, pos_ - begin))) {
        items_.push_back(*key);
        take_line_break();
        return;
      }
    }
    if (container_ == Container::File) {
      take_line_break();
      items_.push_back(CatchAllItem{src_.substr(begin, pos_ - begin)});
    } else {
      if (pos_ < end_ && src_[pos_] == '\r' && pos_ + 1 < end_ && src_[pos_ + 1] == '\n') {
        ++pos_;
      }
      items_.push_back(CatchAllItem{src_.substr(begin, pos_ - begin)});
      take_line_break();
    }
  }

  std::string_view src_;
  std::uint32_t pos_;
  std::uint32_t end_;
  Container container_;
  bool comment_block_open_ = false;
  std::vector<Item> items_;
};

std::uint32_t attributes_end(std::uint32_t end, const std::vector<ast::Attribute>& attributes) {
  for (const ast::Attribute& a : attributes) {
    end = std::max(end, a.span.end);
  }
  return end;
}

Node node_of(std::string_view source, const ast::Field& f) {
  std::uint32_t end = f.name.span.end;
  if (f.type) {
    end = std::max(end, field_type_end(source, *f.type));
  }
  return Node{f.name.span.begin, attributes_end(end, f.attributes), DeclarationItem{&f, {}}, true};
}

Node node_of(std::string_view, const ast::BlockAttribute& a) {
  return Node{a.attribute.span.begin, a.attribute.span.end, DeclarationItem{&a, {}}, true};
}

Node node_of(std::string_view, const ast::EnumValue& v) {
  return Node{v.name.span.begin, attributes_end(v.name.span.end, v.attributes),
              DeclarationItem{&v, {}}, true};
}

Node node_of(std::string_view source, const ast::Property& p) {
  std::uint32_t end = p.name.span.end;
  if (p.value) {
    end = std::max(end, p.value->span.end);
  } else {
    // `key =` without a value: the `=` still belongs to the declaration.
    std::uint32_t at = end;
    while (at < source.size() && is_blank(source[at])) {
      ++at;
    }
    if (at < source.size() && source[at] == '=') {
      end = at + 1;
    }
  }
  return Node{p.name.span.begin, end, DeclarationItem{&p, {}}, true};
}

template <typename Member>
std::vector<Item> items_of_block(std::string_view source, const std::vector<Member>& members,
                                 std::uint32_t block_name_end, std::uint32_t block_span_end) {
  const BlockExtent extent = block_extent(source, block_name_end, block_span_end);
  std::vector<Node> nodes;
  for (const Member& m : members) {
    std::visit(
        [&](const auto& member) {
          using T = std::decay_t<decltype(member)>;
          if constexpr (std::is_same_v<T, ast::Field> || std::is_same_v<T, ast::BlockAttribute> ||
                        std::is_same_v<T, ast::EnumValue> || std::is_same_v<T, ast::Property>) {
            nodes.push_back(node_of(source, member));
          }
        },
        m);
  }
  const auto container = std::is_same_v<Member, ast::ConfigMember> ? Scanner::Container::ConfigBlock
                                                                   : Scanner::Container::Block;
  return Scanner(source, extent.body_begin, extent.body_end, container).run(std::move(nodes));
}

}  // namespace

std::uint32_t field_type_end(std::string_view source, const ast::FieldType& type) {
  std::uint32_t end = std::max(type.name.span.end, type.span.end);
  if (type.unsupported) {
    end = std::max(end, type.unsupported->span.end);
    // `Unsupported("x" )`: the closing parenthesis may stand after blanks.
    std::uint32_t at = end;
    while (at < source.size() && is_blank(source[at])) {
      ++at;
    }
    if (at < source.size() && source[at] == ')') {
      end = std::max(end, at + 1);
    }
  }
  // The arity markers right after the type belong to it whatever span the parser gave.
  while (end < source.size() &&
         (source[end] == '?' || source[end] == '[' || source[end] == ']' || source[end] == '!')) {
    ++end;
  }
  return end;
}

std::optional<BareKeyItem> bare_key(std::string_view line) {
  const auto is_identifier_char = [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '-';
  };
  std::size_t i = 0;
  while (i < line.size() && is_blank(line[i])) {
    ++i;
  }
  const std::size_t name_begin = i;
  if (i >= line.size() || std::isalnum(static_cast<unsigned char>(line[i])) == 0) {
    return std::nullopt;
  }
  while (i < line.size() && is_identifier_char(line[i])) {
    ++i;
  }
  BareKeyItem key{line.substr(name_begin, i - name_begin), {}};
  while (i < line.size() && is_blank(line[i])) {
    ++i;
  }
  if (i >= line.size() || line[i] != '=') {
    return std::nullopt;
  }
  ++i;
  while (i < line.size() && is_blank(line[i])) {
    ++i;
  }
  std::string_view rest = line.substr(i);
  while (!rest.empty() && (is_blank(rest.back()) || rest.back() == '\r')) {
    rest.remove_suffix(1);
  }
  if (rest.starts_with("//") || (rest.starts_with("/*") && rest.ends_with("*/"))) {
    key.trailing_comment = line.substr(i, line.find_first_of("\r\n", i) - i);
    if (key.trailing_comment.starts_with("/*")) {
      key.trailing_comment = rest;
    }
  } else if (!rest.empty()) {
    return std::nullopt;  // a value the parser could not read: a real unreadable line
  }
  return key;
}

std::vector<Item> file_items(std::string_view source, const ast::SchemaFile& file) {
  std::vector<Node> nodes;
  for (const ast::Top& top : file.tops) {
    std::visit(
        [&](const auto& t) {
          using T = std::decay_t<decltype(t)>;
          if constexpr (std::is_same_v<T, ast::Model> || std::is_same_v<T, ast::Enum> ||
                        std::is_same_v<T, ast::ConfigBlock>) {
            const BlockExtent extent = block_extent(source, t.name.span.end, t.span.end);
            nodes.push_back(Node{t.keyword_span.begin, extent.end, DeclarationItem{&t, {}}, false});
          } else if constexpr (std::is_same_v<T, ast::TypeAlias> ||
                               std::is_same_v<T, ast::ArbitraryBlock>) {
            std::uint32_t begin = t.span.begin;
            std::uint32_t end = t.span.end;
            if constexpr (std::is_same_v<T, ast::TypeAlias>) {
              end = attributes_end(std::max(end, field_type_end(source, t.base)), t.attributes);
            }
            nodes.push_back(Node{begin, end, std::nullopt, false});
          }
        },
        top);
  }
  return Scanner(source, 0, static_cast<std::uint32_t>(source.size()), Scanner::Container::File)
      .run(std::move(nodes));
}

std::vector<Item> block_items(std::string_view source, const std::vector<ast::ModelMember>& members,
                              std::uint32_t block_name_end, std::uint32_t block_span_end) {
  return items_of_block(source, members, block_name_end, block_span_end);
}

std::vector<Item> block_items(std::string_view source, const std::vector<ast::EnumMember>& members,
                              std::uint32_t block_name_end, std::uint32_t block_span_end) {
  return items_of_block(source, members, block_name_end, block_span_end);
}

std::vector<Item> block_items(std::string_view source,
                              const std::vector<ast::ConfigMember>& members,
                              std::uint32_t block_name_end, std::uint32_t block_span_end) {
  return items_of_block(source, members, block_name_end, block_span_end);
}

}  // namespace schemac::frontend::format
