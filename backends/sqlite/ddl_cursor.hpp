// A cursor over the tokens of one CREATE statement, for ddl_reader.cpp: look at the next token,
// take it when it is what the grammar expects, skip a parenthesised group. Every move is bounded
// by the token count, so no input makes it loop or read past the end.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backends/sqlite/introspect_tokens.hpp"

namespace schemac::backends::sqlite {

// Whether `upper` is one of SQLite's keywords that can never stand for a name (those missing
// from the `%fallback ID` list of SQLite 3.40's parse.y, plus a few context-dependent ones): a
// bare word that is one of these ends a type or starts a constraint, never names a column.
[[nodiscard]] bool is_reserved_word(std::string_view upper);

// Whether `tok` is a bare word that is_reserved_word() (any case).
[[nodiscard]] bool is_reserved_token(std::string_view sql, const Token& tok);

class DdlCursor {
 public:
  explicit DdlCursor(std::string_view sql) : sql_(sql), tokens_(tokenize(sql)) {}

  [[nodiscard]] bool at_end() const { return pos_ >= tokens_.size(); }

  // The token `ahead` places on, or nullptr past the end.
  [[nodiscard]] const Token* peek(std::size_t ahead = 0) const {
    return pos_ + ahead < tokens_.size() ? &tokens_[pos_ + ahead] : nullptr;
  }

  [[nodiscard]] bool at_keyword(std::string_view upper, std::size_t ahead = 0) const;
  [[nodiscard]] bool at_punct(char c, std::size_t ahead = 0) const;
  // A bare word that is_reserved_word() (any case).
  [[nodiscard]] bool at_reserved_word() const;

  // Takes the next token when it is the keyword / the punctuation character.
  bool accept_keyword(std::string_view upper);
  bool accept_punct(char c);

  // Takes a name (`nm` in SQLite's grammar: a bare word that is not reserved, a quoted
  // identifier, or a string) and returns it dequoted; nullopt, taking nothing, otherwise.
  [[nodiscard]] std::optional<std::string> accept_name();

  // At `(`: takes everything up to and including the matching `)` and returns the offset of
  // that `)`; nullopt (at the end of the text) when it is not closed or there is no `(`.
  [[nodiscard]] std::optional<std::size_t> skip_parenthesised();

  // Takes one token (at_end() must be false).
  const Token& take() { return tokens_[pos_++]; }

  [[nodiscard]] std::string_view text(const Token& tok) const {
    return sql_.substr(tok.begin, tok.end - tok.begin);
  }

  [[nodiscard]] std::string_view sql() const { return sql_; }

  // " at `<next token>`" or " at the end", for a message saying where the reader gave up.
  [[nodiscard]] std::string location() const;

  // How many tokens have been taken: a loop that must make progress compares two of these.
  [[nodiscard]] std::size_t position() const { return pos_; }

 private:
  std::string_view sql_;
  std::vector<Token> tokens_;
  std::size_t pos_ = 0;
};

}  // namespace schemac::backends::sqlite
