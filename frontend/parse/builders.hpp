// Builders: the parser state of one construct while its rule is being matched. actions.hpp
// creates one when its rule starts and hands the finished node to the enclosing builder only
// if the rule succeeds, so a rule that fails and backtracks leaves nothing behind.
#pragma once

#include <optional>
#include <string_view>
#include <utility>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/parse/context.hpp"

namespace schemac::frontend::parse {

// The text between two pointers into the file.
[[nodiscard]] inline std::string_view text_of(const char* begin, const char* end) {
  return std::string_view(begin, static_cast<std::size_t>(end - begin));
}

// End of `[begin, end)` without the trailing line end and blanks that line rules consume, so
// that a node's span ends at its last visible character.
[[nodiscard]] const char* trim_line_end(const char* begin, const char* end);

struct Builder {
  Builder(ParseContext& context, const char* start) : ctx(context), begin(start) {}

  ParseContext& ctx;
  const char* begin;
};

struct ExpressionBuilder : Builder {
  using Builder::Builder;
  std::optional<decltype(ast::Expression::value)> value;
  // Parts of a function call or array, kept until the alternative that owns them succeeds.
  std::optional<ast::Identifier> function_name;
  std::optional<ast::ArgumentList> arguments;
  std::vector<ast::Expression> items;

  void add(ast::Expression e) { items.push_back(std::move(e)); }

  void add(ast::ArgumentList a) { arguments = std::move(a); }

  void add_string(ast::StringLiteral s) { value = std::move(s); }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    if (value) {
      outer.add(ast::Expression{std::move(*value), ctx.span(begin, end)});
    }
  }
};

struct ArgumentBuilder : Builder {
  using Builder::Builder;
  std::optional<ast::Identifier> pending_name;  // committed by named/empty argument rules
  ast::Argument argument;

  void add(ast::Expression e) { argument.value = std::move(e); }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    argument.span = ctx.span(begin, end);
    outer.add(std::move(argument));
  }
};

struct ArgumentListBuilder : Builder {
  using Builder::Builder;
  ast::ArgumentList list;

  void add(ast::Argument a) { list.arguments.push_back(std::move(a)); }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    list.span = ctx.span(begin, end);
    outer.add(std::move(list));
  }
};

// `@name(args)`; for `@@name(args) // comment` see BlockAttributeBuilder.
struct AttributeBuilder : Builder {
  using Builder::Builder;
  ast::Attribute attribute;
  const char* attribute_end = nullptr;  // end of the name or of the arguments

  void set_name(ast::Identifier name, const char* end) {
    attribute.name = name;
    attribute_end = end;
  }

  void add(ast::ArgumentList a) {
    attribute_end = ctx.text.data() + a.span.end;
    attribute.arguments = std::move(a);
  }

  template <typename Outer>
  void finish(const char* /*end*/, Outer& outer) {
    attribute.span = ctx.span(begin, attribute_end);
    outer.add(std::move(attribute));
  }
};

struct BlockAttributeBuilder : AttributeBuilder {
  using AttributeBuilder::AttributeBuilder;
  OptionalBox<ast::Comment> trailing_comment;

  void add_comment(ast::Comment c) { trailing_comment = c; }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    attribute.span = ctx.span(begin, attribute_end);
    ast::BlockAttribute block{std::move(attribute), std::move(trailing_comment),
                              ctx.span(begin, trim_line_end(begin, end))};
    outer.add(std::move(block));
  }
};

// The `Base` of a field type or type alias: a name or `Unsupported("…")`.
struct BaseTypeBuilder : Builder {
  using Builder::Builder;
  ast::FieldType type;

  void set_type_name(ast::Identifier name) { type.name = name; }

  void set_unsupported_keyword(ast::Identifier name) { type.name = name; }

  void add_string(ast::StringLiteral s) { type.unsupported = std::move(s); }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    type.span = ctx.span(begin, end);
    outer.add_base_type(std::move(type));
  }
};

struct FieldTypeBuilder : Builder {
  using Builder::Builder;
  ast::FieldType type;

  void add_base_type(ast::FieldType base) { type = std::move(base); }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    type.span = ctx.span(begin, end);
    outer.add(std::move(type));
  }
};

struct FieldBuilder : Builder {
  using Builder::Builder;
  ast::Field field;

  void set_field_name(ast::Identifier name) { field.name = name; }

  void add(ast::FieldType t) { field.type = std::move(t); }

  void add(ast::Attribute a) { field.attributes.push_back(std::move(a)); }

  void add_comment(ast::Comment c) { field.trailing_comment = c; }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    field.span = ctx.span(begin, trim_line_end(begin, end));
    outer.add(std::move(field));
  }
};

struct EnumValueBuilder : Builder {
  using Builder::Builder;
  ast::EnumValue value;

  void set_enum_value_name(ast::Identifier name) { value.name = name; }

  void add(ast::Attribute a) { value.attributes.push_back(std::move(a)); }

  void add_comment(ast::Comment c) { value.trailing_comment = c; }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    value.span = ctx.span(begin, trim_line_end(begin, end));
    outer.add(std::move(value));
  }
};

struct PropertyBuilder : Builder {
  using Builder::Builder;
  ast::Property property;

  void set_property_name(ast::Identifier name) { property.name = name; }

  void add(ast::Expression e) { property.value = std::move(e); }

  void add_comment(ast::Comment c) { property.trailing_comment = c; }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    property.span = ctx.span(begin, trim_line_end(begin, end));
    outer.add(std::move(property));
  }
};

struct CommentBlockBuilder : Builder {
  using Builder::Builder;
  ast::CommentBlock block;

  void add_comment(ast::Comment c) { block.comments.push_back(c); }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    block.span = ctx.span(begin, trim_line_end(begin, end));
    outer.add(std::move(block));
  }
};

// Members shared by every block: comment blocks, empty lines, unreadable lines.
template <typename Node>
struct BlockBuilder : Builder {
  using Builder::Builder;
  Node node;
  std::vector<std::uint32_t> member_starts;

  void set_keyword(const char* b, const char* e) { node.keyword_span = ctx.span(b, e); }

  void set_block_name(ast::Identifier name) { node.name = name; }

  void set_after_open_brace(std::string_view text) { node.after_open_brace = text; }

  // Built in place: moving a whole variant trips GCC 12's -Wmaybe-uninitialized at -O1.
  template <typename Member>
  void add(Member m) {
    node.members.emplace_back(std::in_place_type<Member>, std::move(m));
  }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    node.span = ctx.span(begin, end);
    outer.add(std::move(node));
  }
};

struct ModelBuilder : BlockBuilder<ast::Model> {
  using BlockBuilder::BlockBuilder;
  static constexpr BlockKind kind = BlockKind::Model;

  void set_model_kind(ast::ModelKind k) { node.kind = k; }
};

struct EnumBuilder : BlockBuilder<ast::Enum> {
  using BlockBuilder::BlockBuilder;
  static constexpr BlockKind kind = BlockKind::Enum;
};

struct ConfigBuilder : BlockBuilder<ast::ConfigBlock> {
  using BlockBuilder::BlockBuilder;
  static constexpr BlockKind kind = BlockKind::Config;

  void set_config_kind(ast::ConfigKind k) { node.kind = k; }
};

struct TypeAliasBuilder : Builder {
  using Builder::Builder;
  ast::TypeAlias alias;

  void set_block_name(ast::Identifier name) { alias.name = name; }

  void add_base_type(ast::FieldType base) { alias.base = std::move(base); }

  void add(ast::Attribute a) { alias.attributes.push_back(std::move(a)); }

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    alias.span = ctx.span(begin, end);
    outer.add(std::move(alias));
  }
};

struct ArbitraryBlockBuilder : Builder {
  using Builder::Builder;
  ast::ArbitraryBlock block;

  void set_block_name(ast::Identifier name) { block.name = name; }

  void set_after_open_brace(std::string_view /*text*/) {}

  template <typename Outer>
  void finish(const char* end, Outer& outer) {
    block.span = ctx.span(begin, end);
    outer.add(std::move(block));
  }
};

struct FileBuilder {
  explicit FileBuilder(ParseContext& context) : ctx(context) {}

  ParseContext& ctx;
  ast::SchemaFile file;

  template <typename Top>
  void add(Top t) {
    file.tops.emplace_back(std::in_place_type<Top>, std::move(t));
  }
};

}  // namespace schemac::frontend::parse
