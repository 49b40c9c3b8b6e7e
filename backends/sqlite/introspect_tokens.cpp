// The tokens of SQLite SQL text (see introspect_tokens.hpp). The token rules follow SQLite's own
// tokenizer (https://www.sqlite.org/lang_keywords.html, tokenize.c): '…' strings, "…", `…` and
// […] identifiers, X'…' blobs, `--` and `/* */` comments.
#include "backends/sqlite/introspect_tokens.hpp"

namespace schemac::backends::sqlite {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

bool is_digit(char c) {
  return c >= '0' && c <= '9';
}

bool is_word_start(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_' ||
         static_cast<unsigned char>(c) >= 0x80;
}

bool is_word_char(char c) {
  return is_word_start(c) || is_digit(c) || c == '$';
}

// The end of a quoted run that starts at `pos` (the opening quote) and closes with `close`; a
// doubled closing quote is part of the run (except for […], which has no escape).
std::size_t quoted_end(std::string_view sql, std::size_t pos, char close) {
  std::size_t i = pos + 1;
  while (i < sql.size()) {
    if (sql[i] == close) {
      if (close != ']' && i + 1 < sql.size() && sql[i + 1] == close) {
        i += 2;
        continue;
      }
      return i + 1;
    }
    ++i;
  }
  return sql.size();
}

bool is_punct(std::string_view sql, const Token& tok, char c) {
  return tok.kind == TokenKind::Punct && sql[tok.begin] == c;
}

}  // namespace

std::size_t skip_space_and_comments(std::string_view sql, std::size_t pos) {
  while (pos < sql.size()) {
    if (is_space(sql[pos])) {
      ++pos;
    } else if (sql.substr(pos, 2) == "--") {
      const std::size_t nl = sql.find('\n', pos);
      pos = nl == std::string_view::npos ? sql.size() : nl + 1;
    } else if (sql.substr(pos, 2) == "/*") {
      const std::size_t close = sql.find("*/", pos + 2);
      pos = close == std::string_view::npos ? sql.size() : close + 2;
    } else {
      break;
    }
  }
  return pos;
}

std::vector<Token> tokenize(std::string_view sql) {
  std::vector<Token> out;
  std::size_t pos = 0;
  while (true) {
    pos = skip_space_and_comments(sql, pos);
    if (pos >= sql.size()) {
      break;
    }
    Token tok;
    tok.begin = pos;
    const char c = sql[pos];
    if (c == '\'') {
      tok.kind = TokenKind::String;
      tok.end = quoted_end(sql, pos, '\'');
    } else if ((c == 'x' || c == 'X') && pos + 1 < sql.size() && sql[pos + 1] == '\'') {
      tok.kind = TokenKind::Blob;
      tok.end = quoted_end(sql, pos + 1, '\'');
    } else if (c == '"' || c == '`') {
      tok.kind = TokenKind::Identifier;
      tok.end = quoted_end(sql, pos, c);
    } else if (c == '[') {
      tok.kind = TokenKind::Identifier;
      tok.end = quoted_end(sql, pos, ']');
    } else if (is_digit(c) || (c == '.' && pos + 1 < sql.size() && is_digit(sql[pos + 1]))) {
      tok.kind = TokenKind::Number;
      std::size_t i = pos;
      while (i < sql.size() && (is_word_char(sql[i]) || sql[i] == '.')) {
        // An exponent's sign belongs to the number: 1e-5.
        if ((sql[i] == 'e' || sql[i] == 'E') && i + 1 < sql.size() &&
            (sql[i + 1] == '+' || sql[i + 1] == '-') && sql.substr(pos, 2) != "0x" &&
            sql.substr(pos, 2) != "0X") {
          ++i;
        }
        ++i;
      }
      tok.end = i;
    } else if (is_word_start(c)) {
      tok.kind = TokenKind::Word;
      std::size_t i = pos;
      while (i < sql.size() && is_word_char(sql[i])) {
        ++i;
      }
      tok.end = i;
    } else {
      tok.kind = TokenKind::Punct;
      tok.end = pos + 1;
    }
    out.push_back(tok);
    pos = tok.end;
  }
  return out;
}

std::string token_value(std::string_view sql, const Token& tok) {
  const std::string_view text = sql.substr(tok.begin, tok.end - tok.begin);
  if (tok.kind != TokenKind::Identifier && tok.kind != TokenKind::String) {
    return std::string(text);
  }
  const char open = text.front();
  const char close = open == '[' ? ']' : open;
  // An unterminated quote runs to the end of the text: there is no closing quote to drop.
  const bool closed = text.size() >= 2 && text.back() == close;
  const std::string_view body = text.substr(1, text.size() - (closed ? 2 : 1));
  if (open == '[') {
    return std::string(body);
  }
  std::string out;
  out.reserve(body.size());
  for (std::size_t i = 0; i < body.size(); ++i) {
    out += body[i];
    if (body[i] == close && i + 1 < body.size() && body[i + 1] == close) {
      ++i;
    }
  }
  return out;
}

bool is_keyword(std::string_view sql, const Token& tok, std::string_view upper) {
  if (tok.kind != TokenKind::Word || tok.end - tok.begin != upper.size()) {
    return false;
  }
  for (std::size_t i = 0; i < upper.size(); ++i) {
    if (ascii_upper(sql[tok.begin + i]) != upper[i]) {
      return false;
    }
  }
  return true;
}

std::vector<std::string> foreign_key_names(std::string_view sql) {
  // SQLite keeps no foreign key names (PRAGMA foreign_key_list has none), so they are read from
  // the CREATE TABLE text. A `CONSTRAINT name` prefix names the constraint clause that follows
  // it; any other clause keyword at the same level, or the `,` that ends a definition, means the
  // name was not a foreign key's.
  static constexpr std::string_view other_clauses[] = {
      "PRIMARY", "UNIQUE", "CHECK", "DEFAULT", "COLLATE", "GENERATED", "NOT", "NULL", "AS"};
  const std::vector<Token> tokens = tokenize(sql);
  std::vector<std::string> names;
  int depth = 0;
  std::string pending;
  for (std::size_t i = 0; i < tokens.size(); ++i) {
    const Token& tok = tokens[i];
    if (is_punct(sql, tok, '(')) {
      ++depth;
      continue;
    }
    if (is_punct(sql, tok, ')')) {
      if (--depth == 0) {
        break;
      }
      continue;
    }
    if (depth != 1) {
      continue;
    }
    if (is_punct(sql, tok, ',')) {
      pending.clear();
    } else if (is_keyword(sql, tok, "CONSTRAINT") && i + 1 < tokens.size()) {
      pending = token_value(sql, tokens[++i]);
    } else if (is_keyword(sql, tok, "REFERENCES")) {
      names.push_back(pending);
      pending.clear();
    } else {
      for (const std::string_view kw : other_clauses) {
        if (is_keyword(sql, tok, kw)) {
          pending.clear();
        }
      }
    }
  }
  return names;
}

bool declares_autoincrement(std::string_view sql) {
  for (const Token& tok : tokenize(sql)) {
    if (is_keyword(sql, tok, "AUTOINCREMENT")) {
      return true;
    }
  }
  return false;
}

std::string partial_index_predicate(std::string_view sql) {
  // The last top-level WHERE, as Prisma's describer reads it (extract_where_clause in
  // schema-engine/sql-schema-describer/src/sqlite.rs).
  int depth = 0;
  std::size_t after_where = std::string_view::npos;
  for (const Token& tok : tokenize(sql)) {
    if (is_punct(sql, tok, '(')) {
      ++depth;
    } else if (is_punct(sql, tok, ')')) {
      --depth;
    } else if (depth == 0 && is_keyword(sql, tok, "WHERE")) {
      after_where = tok.end;
    }
  }
  if (after_where == std::string_view::npos) {
    return {};
  }
  std::string_view rest = sql.substr(after_where);
  while (!rest.empty() && (is_space(rest.front()))) {
    rest.remove_prefix(1);
  }
  while (!rest.empty() && (is_space(rest.back()) || rest.back() == ';')) {
    rest.remove_suffix(1);
  }
  return std::string(rest);
}

bool same_name(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (ascii_upper(a[i]) != ascii_upper(b[i])) {
      return false;
    }
  }
  return true;
}

}  // namespace schemac::backends::sqlite
