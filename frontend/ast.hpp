// The syntax tree of a Prisma schema: every construct of the language with its source span,
// lossless enough (comments, blank lines, unparseable lines) for the formatter to rebuild a file.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "support/optional_box.hpp"
#include "support/span.hpp"

// Mirrors Prisma's own grammar (psl/schema-ast/src/parser/datamodel.pest): the parser never
// fails as a whole; a line it cannot read becomes a CatchAll member, which validation reports.
// Text views point into the SourceManager that owns the file; the AST must not outlive it.
//
// A 10,000-model schema has hundreds of thousands of nodes, and the memory they touch costs as
// much as the work of building them (fresh pages are zeroed by the kernel): members most nodes
// lack are boxed (OptionalBox), and text is viewed in the source rather than copied.
namespace schemac::frontend::ast {

struct Identifier {
  std::string_view name;
  Span span;
};

// `// text` or `/// text`. `text` excludes the slashes and keeps everything after them
// (leading space included), so the formatter can reproduce it.
// `/* text */` (Prisma 7) has `is_block`; `text` is what lies between `/*` and `*/`, line ends
// included. Prisma treats block comments as documentation, so they also have `is_doc`.
struct Comment {
  std::string_view text;
  bool is_doc = false;
  bool is_block = false;
  Span span;
};

struct Expression;
struct Argument;

struct ArgumentList {
  std::vector<Argument> arguments;
  bool trailing_comma = false;
  Span span;  // from `(` to `)` inclusive
};

struct StringLiteral {
  // Unescaped. A view of the source between the quotes when there is no escape (nearly
  // always); otherwise of the unescaped copy its SchemaFile keeps.
  std::string_view value;
  std::string_view raw;  // as written, quotes included
  Span span;
};

struct NumericLiteral {
  std::string_view text;  // `-12`, `3.5`
  Span span;
};

// A bare path: `Desc`, `true`, `Cascade`, `db.VarChar`, `env`.
struct ConstantValue {
  std::string_view text;
  Span span;
};

struct FunctionCall {
  Identifier name;  // may be a path, e.g. `raw`, `env`, `dbgenerated`
  ArgumentList arguments;
  Span span;
};

struct ArrayExpression {
  std::vector<Expression> items;
  Span span;
};

struct Expression {
  std::variant<StringLiteral, NumericLiteral, ConstantValue, FunctionCall, ArrayExpression> value;
  Span span;
};

// `name: value`, `value`, or `name:` (an empty argument, kept for the formatter and diagnostics).
struct Argument {
  std::optional<Identifier> name;
  std::optional<Expression> value;  // absent for an empty argument
  Span span;
};

// `@name(args)` on a field or enum value, `@@name(args)` on a block. `name` excludes the `@`s
// and may be a dotted path (`db.VarChar`).
struct Attribute {
  Identifier name;
  std::optional<ArgumentList> arguments;
  Span span;  // from the first `@` to the end of the arguments
};

enum class Arity : std::uint8_t { Required, Optional, List };

struct FieldType {
  Identifier name;                         // the type name; for Unsupported("x"), `Unsupported`
  OptionalBox<StringLiteral> unsupported;  // the "x" of Unsupported("x")
  Arity arity = Arity::Required;
  bool legacy_required = false;  // `Type!` (Prisma 1 syntax: an error)
  bool legacy_list = false;      // `[Type]` (Prisma 1 syntax: an error)
  bool optional_list = false;    // `Type[]?` (an error)
  Span span;
};

// Comment lines standing on their own, in order.
struct CommentBlock {
  std::vector<Comment> comments;
  Span span;
};

// One or more empty lines (whitespace only). The formatter keeps at most one.
struct EmptyLines {
  unsigned count = 1;
  Span span;
};

// A line the grammar could not read (Prisma's CATCH_ALL / BLOCK_LEVEL_CATCH_ALL).
struct CatchAll {
  std::string_view text;
  Span span;
};

struct Field {
  Identifier name;
  std::optional<FieldType> type;  // absent: "missing a name or a type"
  std::vector<Attribute> attributes;
  OptionalBox<Comment> trailing_comment;
  std::vector<Comment> documentation;  // the `///` lines right above the field
  Span span;
  bool legacy_colon = false;  // `name: Type` (an error)
};

// On `documentation` (Field, Model, EnumValue, Enum, ConfigBlock): a copy, for consumers that
// want Prisma's doc text, of the doc comments (`///`, `/* */`) Prisma attaches to the item,
// chosen Prisma's way (frontend/parse/documentation.cpp). The same comments also stay where
// they were written, as CommentBlock members or `trailing_comment`: print those, not this.

struct BlockAttribute {
  Attribute attribute;
  OptionalBox<Comment> trailing_comment;
  Span span;
};

using ModelMember = std::variant<Field, BlockAttribute, CommentBlock, EmptyLines, CatchAll>;

enum class ModelKind { Model, View, CompositeType };

// `model`, `view` and `type` blocks share one shape, as in Prisma's grammar.
struct Model {
  ModelKind kind = ModelKind::Model;
  Span keyword_span;
  Identifier name;
  std::vector<ModelMember> members;
  std::vector<Comment> documentation;  // `///` lines right above the block
  std::string_view after_open_brace;   // anything after `{` on its line (kept, as Prisma does)
  Span span;

  // Convenience views over `members`, in declaration order.
  [[nodiscard]] std::vector<const Field*> fields() const;
  [[nodiscard]] std::vector<const BlockAttribute*> block_attributes() const;
};

struct EnumValue {
  Identifier name;
  std::vector<Attribute> attributes;
  OptionalBox<Comment> trailing_comment;
  std::vector<Comment> documentation;
  Span span;
};

using EnumMember = std::variant<EnumValue, BlockAttribute, CommentBlock, EmptyLines, CatchAll>;

struct Enum {
  Span keyword_span;
  Identifier name;
  std::vector<EnumMember> members;
  std::vector<Comment> documentation;
  std::string_view after_open_brace;
  Span span;

  [[nodiscard]] std::vector<const EnumValue*> values() const;
  [[nodiscard]] std::vector<const BlockAttribute*> block_attributes() const;
};

// `key = value` inside a datasource or generator block.
struct Property {
  Identifier name;
  std::optional<Expression> value;
  OptionalBox<Comment> trailing_comment;
  Span span;
};

using ConfigMember = std::variant<Property, CommentBlock, EmptyLines, CatchAll>;

enum class ConfigKind { Datasource, Generator };

struct ConfigBlock {
  ConfigKind kind = ConfigKind::Datasource;
  Span keyword_span;
  Identifier name;
  std::vector<ConfigMember> members;
  std::vector<Comment> documentation;
  std::string_view after_open_brace;
  Span span;

  [[nodiscard]] std::vector<const Property*> properties() const;
};

// `type Name = Base @attr` (removed from the language; an error, kept for the formatter).
struct TypeAlias {
  Identifier name;
  FieldType base;
  std::vector<Attribute> attributes;
  Span span;
};

// `name { ... }` without a known keyword: parsed only to report it well.
struct ArbitraryBlock {
  Identifier name;
  Span span;
};

using Top = std::variant<Model, Enum, ConfigBlock, TypeAlias, ArbitraryBlock, CommentBlock,
                         EmptyLines, CatchAll>;

// One parsed file.
struct SchemaFile {
  FileId file = 0;
  std::vector<Top> tops;
  // The values of string literals with escapes (see StringLiteral::value). Boxed so that the
  // views stay put when the file is moved, and move-only so that a copy cannot dangle.
  std::vector<std::unique_ptr<const std::string>> unescaped_strings;
};

// A whole schema: one file, or every file of a multi-file schema folder.
struct Schema {
  std::vector<SchemaFile> files;
};

}  // namespace schemac::frontend::ast
