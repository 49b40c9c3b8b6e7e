// The canonical text of expressions, attributes and field types, as Prisma's formatter writes
// them (psl/schema-ast/src/reformat.rs: reformat_expression, reformat_arguments_list, ...).
#pragma once

#include <string>
#include <string_view>

#include "frontend/ast.hpp"

namespace schemac::frontend::format {

// Literals and paths as written; `, ` between arguments and array items; `name: value` for
// named arguments and `name: ` for an empty one; trailing commas dropped.
void append_expression(const ast::Expression& expression, std::string& out);
void append_arguments(const ast::ArgumentList& arguments, std::string& out);

// `name(args)` without the leading `@`s; `()` is kept when written.
[[nodiscard]] std::string attribute_text(const ast::Attribute& attribute);

// `Type`, `Type?`, `Type[]`, `Type[]?`; Prisma 1's `Type!` becomes `Type` and `[Type]` becomes
// `Type[]`. `Unsupported("x")` keeps its text as written.
[[nodiscard]] std::string field_type_text(std::string_view source, const ast::FieldType& type);

// Prisma's order of field and block attributes (get_sort_index_of_attribute): id, unique,
// default, updatedAt, index, fulltext, map, relation, ignore, then everything else in written
// order (the sort is stable).
[[nodiscard]] std::size_t attribute_sort_index(std::string_view name);

}  // namespace schemac::frontend::format
