// The tokens of SQLite SQL text, and what introspection and script execution read from them:
// statement boundaries, constraint names, AUTOINCREMENT, a partial index's predicate.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace schemac::backends::sqlite {

enum class TokenKind {
  Word,        // a bare identifier or keyword
  Identifier,  // "quoted", `quoted` or [quoted]
  String,      // 'literal'
  Number,
  Blob,   // X'hex'
  Punct,  // one character: ( ) , ; . + - and the rest
};

struct Token {
  TokenKind kind = TokenKind::Punct;
  std::size_t begin = 0;  // byte offsets into the text
  std::size_t end = 0;
};

// `c` in upper case if it is an ASCII letter: SQLite folds only ASCII case in names and
// keywords.
[[nodiscard]] constexpr char ascii_upper(char c) {
  return c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
}

// Whether two names are the same to SQLite: equal but for ASCII case (sqlite3StrICmp).
[[nodiscard]] bool same_name(std::string_view a, std::string_view b);

// The tokens of `sql`, without whitespace and comments (`-- …` and `/* … */`). Never fails:
// an unterminated quote or comment runs to the end of the text, as SQLite's tokenizer does.
// O(n) in bytes.
[[nodiscard]] std::vector<Token> tokenize(std::string_view sql);

// `tok`'s text with the quotes removed and doubled quotes undone: `"a""b"` → `a"b`,
// `'it''s'` → `it's`, `[x]` → `x`; other tokens as they are.
[[nodiscard]] std::string token_value(std::string_view sql, const Token& tok);

// Whether `tok` is the bare word `upper` (an ASCII keyword, compared case-insensitively).
[[nodiscard]] bool is_keyword(std::string_view sql, const Token& tok, std::string_view upper);

// The constraint names of the foreign keys a CREATE TABLE statement declares, in the order they
// appear (column-level REFERENCES and table-level FOREIGN KEY alike); "" for an unnamed one.
[[nodiscard]] std::vector<std::string> foreign_key_names(std::string_view create_table_sql);

// Whether a CREATE TABLE statement uses the AUTOINCREMENT keyword (SQLite allows it only on an
// INTEGER PRIMARY KEY column, so it belongs to the table's one primary key column).
[[nodiscard]] bool declares_autoincrement(std::string_view create_table_sql);

// The predicate of a partial CREATE INDEX, verbatim and trimmed: the text after the last `WHERE`
// outside parentheses, strings and identifiers. "" when there is none.
[[nodiscard]] std::string partial_index_predicate(std::string_view create_index_sql);

// Offset of the first byte at or after `pos` that is neither whitespace nor part of a comment.
[[nodiscard]] std::size_t skip_space_and_comments(std::string_view sql, std::size_t pos);

}  // namespace schemac::backends::sqlite
