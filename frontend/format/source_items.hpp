// The sequence of items Prisma's pest grammar sees in a file or a block body: comment blocks,
// empty lines, unreadable lines and the AST's declarations, in source order.
#pragma once

#include <cstdint>
#include <optional>
#include <string_view>
#include <variant>
#include <vector>

#include "frontend/ast.hpp"

namespace schemac::frontend::format {

// One comment of a comment block. `text` is what follows `//` or `///` up to the end of the
// line (leading and trailing spaces kept); for a `/* ... */` comment it is the whole comment.
struct CommentLine {
  enum class Kind { Line, Doc, Multi };
  Kind kind = Kind::Line;
  std::string_view text;
};

// A run of empty lines (Prisma keeps at most one).
struct EmptyLinesItem {};

// Comments on consecutive lines (pest's `comment_block`).
struct CommentsItem {
  std::vector<CommentLine> comments;
};

// A line that is not a declaration (pest's CATCH_ALL). Top level: the line with its line break,
// as Prisma writes it back; in a block: without the final `\n`.
struct CatchAllItem {
  std::string_view text;
};

// Text written back verbatim: a type alias or a block without keyword.
struct RawItem {
  std::string_view text;
};

// A declaration of the AST and its trailing comment (`// x` or `/* x */` as written).
struct DeclarationItem {
  std::variant<const ast::Field*, const ast::BlockAttribute*, const ast::EnumValue*,
               const ast::Property*, const ast::Model*, const ast::Enum*, const ast::ConfigBlock*>
      node;
  std::string_view trailing_comment;
};

// `key =` in a datasource or generator: Prisma's grammar takes the value as optional
// (`key_value = { identifier ~ "=" ~ expression? ~ trailing_comment? }`) and writes the key alone.
// schemac's parser reads such a line as a CatchAll, so the formatter recognises it here.
struct BareKeyItem {
  std::string_view name;
  std::string_view trailing_comment;
};

using Item =
    std::variant<EmptyLinesItem, CommentsItem, CatchAllItem, RawItem, DeclarationItem, BareKeyItem>;

// The items of a whole file, in order.
[[nodiscard]] std::vector<Item> file_items(std::string_view source, const ast::SchemaFile& file);

// The items between a block's opening line and its closing brace (see block_extent.hpp for the
// two positions that locate the braces). `members` is the block's
// member list; comments, empty lines and unreadable lines are read from the source text rather
// than from the AST, so the formatter sees exactly what Prisma's grammar sees whatever the parser
// attached them to (documentation, trailing comments, CatchAll).
[[nodiscard]] std::vector<Item> block_items(std::string_view source,
                                            const std::vector<ast::ModelMember>& members,
                                            std::uint32_t block_name_end,
                                            std::uint32_t block_span_end);
[[nodiscard]] std::vector<Item> block_items(std::string_view source,
                                            const std::vector<ast::EnumMember>& members,
                                            std::uint32_t block_name_end,
                                            std::uint32_t block_span_end);
[[nodiscard]] std::vector<Item> block_items(std::string_view source,
                                            const std::vector<ast::ConfigMember>& members,
                                            std::uint32_t block_name_end,
                                            std::uint32_t block_span_end);

// The key of a `key =` line without a value (see BareKeyItem), or nullopt.
[[nodiscard]] std::optional<BareKeyItem> bare_key(std::string_view line);

// Where a declaration's own text ends (before any trailing comment): exposed for the code that
// inserts missing relation fields and attributes at Prisma's positions.
[[nodiscard]] std::uint32_t field_type_end(std::string_view source, const ast::FieldType& type);

}  // namespace schemac::frontend::format
