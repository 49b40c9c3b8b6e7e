// Fills the `documentation` of models, enums, config blocks, fields and enum values.
#pragma once

#include "frontend/ast.hpp"

namespace schemac::frontend::parse {

// Prisma's rules (psl/schema-ast/src/parser/parse_schema.rs, parse_model.rs, parse_enum.rs):
// - At the top level, a comment block immediately followed by a block is pending for the next
//   model, view, type, enum or config block; a blank line after the comments cancels that.
// - Inside a block, the last comment block before a field or enum value is its documentation,
//   even across blank lines and block attributes; each field takes (and clears) it.
// - Only `///` and `/* */` comments are documentation; a trailing one is appended.
// One deviation: Prisma gives a pending comment to the block after a datasource or generator
// instead of to the config block itself; here the config block takes it.
void attach_documentation(ast::SchemaFile& file);

}  // namespace schemac::frontend::parse
