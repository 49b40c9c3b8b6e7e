// Reading attribute argument expressions: Prisma's coercions (psl/parser-database
// coerce_expression.rs) and the text Prisma prints for a value in messages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/ast.hpp"
#include "frontend/db/text_store.hpp"
#include "support/diagnostic.hpp"

namespace schemac::frontend::db {

// "string", "numeric", "literal", "functional" or "array", as Prisma's describe_value_type.
[[nodiscard]] std::string_view describe_value_type(const ast::Expression& e);

// The expression as Prisma prints it: strings with their quotes, `f(a, name: b)`, `[a, b]`.
[[nodiscard]] std::string expression_text(const ast::Expression& e);

// The value of an argument, or null for an empty argument (`name:`).
[[nodiscard]] const ast::Expression* argument_value(const ast::Argument& a);

// Coercions: the value when the expression has the expected shape, else nullopt and the
// error "Expected a {what} value, but received {type} value `{text}`." on its span.
[[nodiscard]] std::optional<std::string> coerce_string(const ast::Expression& e,
                                                       Diagnostics& diags);
// A string's value as the Database keeps it (see stored_string).
[[nodiscard]] std::optional<std::string_view> coerce_stored_string(const ast::Expression& e,
                                                                   TextStore& store,
                                                                   Diagnostics& diags);
// Constants are source text: the views point into the SourceManager.
[[nodiscard]] std::optional<std::string_view> coerce_constant(const ast::Expression& e,
                                                              Diagnostics& diags);
[[nodiscard]] std::optional<bool> coerce_boolean(const ast::Expression& e, Diagnostics& diags);
[[nodiscard]] std::optional<std::int64_t> coerce_integer(const ast::Expression& e,
                                                         Diagnostics& diags);
// A single value or an array of them, each coerced; nullopt if any element failed.
[[nodiscard]] std::optional<std::vector<std::string>> coerce_string_array(
    const ast::Expression& e, Diagnostics& diags);
[[nodiscard]] std::optional<std::vector<std::string_view>> coerce_constant_array(
    const ast::Expression& e, Diagnostics& diags);

// Non-reporting variants.
[[nodiscard]] std::optional<std::string> as_string(const ast::Expression& e);
[[nodiscard]] bool is_string(const ast::Expression& e);
// A string literal's value for the Database: a view of the source between the quotes when
// that is the value (no escapes: the common case, no copy), else a copy kept in `store`.
// Never a view of the AST, which the Database may outlive.
[[nodiscard]] std::string_view stored_string(const ast::StringLiteral& s, TextStore& store);
[[nodiscard]] std::optional<std::string_view> stored_string(const ast::Expression& e,
                                                            TextStore& store);
[[nodiscard]] std::optional<std::string_view> as_constant(const ast::Expression& e);
[[nodiscard]] const ast::FunctionCall* as_function(const ast::Expression& e);
[[nodiscard]] const ast::ArrayExpression* as_array(const ast::Expression& e);
[[nodiscard]] bool is_numeric(const ast::Expression& e);

}  // namespace schemac::frontend::db
