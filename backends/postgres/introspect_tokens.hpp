// The tokens of a PostgreSQL expression as pg_get_expr prints it, for introspect_defaults.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>

namespace schemac::backends::postgres {

// ASCII case-insensitive equality (SQL keywords and function names).
[[nodiscard]] bool iequals(std::string_view a, std::string_view b);

// A token of a scalar literal: what it was written as, and its text (unquoted for strings).
struct Literal {
  enum Kind { String, Number, Identifier } kind = String;

  std::string text;
};

// A cursor over the expression text as pg_get_expr prints it (standard_conforming_strings on,
// so backslashes in '…' are plain characters; E'…' only when the value needs escapes).
class Scanner {
 public:
  explicit Scanner(std::string_view s) : s_(s) {}

  void skip_space();

  [[nodiscard]] bool at_end();

  [[nodiscard]] char peek();

  bool eat(std::string_view token);

  std::optional<std::string> identifier();

  std::optional<std::string> quoted(char quote);

  // E'…' with backslash escapes (PostgreSQL's escape string syntax, the common escapes).
  std::optional<std::string> escape_string();

  std::optional<std::string> number();

  // `::type` casts, any number of them: words, quoted and dotted names, `(…)` modifiers and
  // `[]` (`::timestamp(3) without time zone`, `::"public"."Role"[]`, `::numeric(65,30)`).
  void eat_casts();

  // One literal with its casts, in any number of parentheses (`('-1'::integer)`).
  std::optional<Literal> literal();

 private:
  std::string_view s_;
  std::size_t pos_ = 0;
};

}  // namespace schemac::backends::postgres
