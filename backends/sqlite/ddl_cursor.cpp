// A cursor over the tokens of one CREATE statement (see ddl_cursor.hpp).
#include "backends/sqlite/ddl_cursor.hpp"

#include <algorithm>
#include <iterator>

namespace schemac::backends::sqlite {

bool is_reserved_word(std::string_view upper) {
  // SQLite 3.40's keywords (sqlite.org/lang_keywords.html) minus parse.y's `%fallback ID` list.
  // JOIN_KW words (CROSS, LEFT, …) may name a column in SQLite but are kept here, as are the
  // window words SQLite decides by context: treating one as reserved only makes the reader give
  // up (and introspection ask the pragmas), never misread.
  static constexpr std::string_view kReserved[] = {
      "ADD",         "ALL",     "ALTER",   "AND",        "AS",         "AUTOINCREMENT",
      "BETWEEN",     "CASE",    "CHECK",   "COLLATE",    "COMMIT",     "CONSTRAINT",
      "CREATE",      "CROSS",   "DEFAULT", "DEFERRABLE", "DELETE",     "DISTINCT",
      "DROP",        "ELSE",    "ESCAPE",  "EXCEPT",     "EXISTS",     "FILTER",
      "FOREIGN",     "FROM",    "FULL",    "GROUP",      "HAVING",     "IN",
      "INDEX",       "INDEXED", "INNER",   "INSERT",     "INTERSECT",  "INTO",
      "IS",          "ISNULL",  "JOIN",    "LEFT",       "LIMIT",      "NATURAL",
      "NOT",         "NOTHING", "NOTNULL", "NULL",       "ON",         "OR",
      "ORDER",       "OUTER",   "OVER",    "PRIMARY",    "REFERENCES", "RETURNING",
      "RIGHT",       "SELECT",  "SET",     "TABLE",      "THEN",       "TO",
      "TRANSACTION", "UNION",   "UNIQUE",  "UPDATE",     "USING",      "VALUES",
      "WHEN",        "WHERE",   "WINDOW",
  };
  return std::find(std::begin(kReserved), std::end(kReserved), upper) != std::end(kReserved);
}

bool DdlCursor::at_keyword(std::string_view upper, std::size_t ahead) const {
  const Token* tok = peek(ahead);
  return tok != nullptr && is_keyword(sql_, *tok, upper);
}

bool DdlCursor::at_punct(char c, std::size_t ahead) const {
  const Token* tok = peek(ahead);
  return tok != nullptr && tok->kind == TokenKind::Punct && sql_[tok->begin] == c;
}

bool is_reserved_token(std::string_view sql, const Token& tok) {
  if (tok.kind != TokenKind::Word || tok.end - tok.begin > 20) {
    return false;  // no keyword is longer than AUTOINCREMENT
  }
  std::string upper(sql.substr(tok.begin, tok.end - tok.begin));
  std::transform(upper.begin(), upper.end(), upper.begin(), ascii_upper);
  return is_reserved_word(upper);
}

bool DdlCursor::at_reserved_word() const {
  const Token* tok = peek();
  return tok != nullptr && is_reserved_token(sql_, *tok);
}

std::string DdlCursor::location() const {
  const Token* tok = peek();
  return tok == nullptr ? std::string(" at the end") : " at `" + std::string(text(*tok)) + "`";
}

bool DdlCursor::accept_keyword(std::string_view upper) {
  if (!at_keyword(upper)) {
    return false;
  }
  ++pos_;
  return true;
}

bool DdlCursor::accept_punct(char c) {
  if (!at_punct(c)) {
    return false;
  }
  ++pos_;
  return true;
}

std::optional<std::string> DdlCursor::accept_name() {
  const Token* tok = peek();
  if (tok == nullptr) {
    return std::nullopt;
  }
  const bool is_name = tok->kind == TokenKind::Identifier || tok->kind == TokenKind::String ||
                       (tok->kind == TokenKind::Word && !at_reserved_word());
  if (!is_name) {
    return std::nullopt;
  }
  ++pos_;
  return token_value(sql_, *tok);
}

std::optional<std::size_t> DdlCursor::skip_parenthesised() {
  if (!at_punct('(')) {
    return std::nullopt;
  }
  std::size_t depth = 0;
  while (!at_end()) {
    const Token& tok = take();
    if (tok.kind != TokenKind::Punct) {
      continue;
    }
    if (sql_[tok.begin] == '(') {
      ++depth;
    } else if (sql_[tok.begin] == ')' && --depth == 0) {
      return tok.begin;
    }
  }
  return std::nullopt;
}

}  // namespace schemac::backends::sqlite
