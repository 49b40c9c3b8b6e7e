// Declared types and DEFAULT texts of SQLite columns, read into the IR (see
// introspect_defaults.hpp). Authority: schema-engine/sql-schema-describer/src/sqlite.rs
// (get_column_type, push_columns) for the meaning, frontend/lower/defaults.cpp for the form.
#include "backends/sqlite/introspect_defaults.hpp"

#include <string>
#include <vector>

#include "backends/sqlite/introspect_tokens.hpp"

namespace schemac::backends::sqlite {

namespace {

std::string ascii_lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    c = c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
  }
  return out;
}

bool contains(std::string_view haystack, std::string_view needle) {
  return haystack.find(needle) != std::string_view::npos;
}

bool is_integer_text(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    s.remove_prefix(1);
  }
  if (s.empty()) {
    return false;
  }
  for (const char c : s) {
    if (c < '0' || c > '9') {
      return false;
    }
  }
  return true;
}

bool is_number_text(std::string_view s) {
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    s.remove_prefix(1);
  }
  const std::vector<Token> tokens = tokenize(s);
  return tokens.size() == 1 && tokens[0].kind == TokenKind::Number && tokens[0].begin == 0 &&
         tokens[0].end == s.size();
}

// Lowering prints Int and BigInt defaults the way Prisma parses them into integers: no `+`, no
// leading zeros, no `-0` (normalise_integer in frontend/lower/defaults.cpp).
std::string normalise_integer(std::string_view s) {
  std::string sign;
  if (!s.empty() && (s.front() == '-' || s.front() == '+')) {
    sign = s.front() == '-' ? "-" : "";
    s.remove_prefix(1);
  }
  while (s.size() > 1 && s.front() == '0') {
    s.remove_prefix(1);
  }
  return s == "0" ? std::string("0") : sign + std::string(s);
}

std::string strip_plus(std::string_view s) {
  return std::string(!s.empty() && s.front() == '+' ? s.substr(1) : s);
}

ir::Default value(ir::ValueKind kind, std::string text) {
  ir::Default d;
  d.kind = ir::DefaultKind::Value;
  d.value.kind = kind;
  d.value.text = std::move(text);
  return d;
}

ir::Default db_generated(std::string expression) {
  ir::Default d;
  d.kind = ir::DefaultKind::DbGenerated;
  d.expression = std::move(expression);
  return d;
}

ir::Default now() {
  ir::Default d;
  d.kind = ir::DefaultKind::Now;
  return d;
}

// The default of a column whose DEFAULT is one literal, keyword or identifier, possibly signed.
ir::Default literal_default(std::string_view text, const Token& tok, ir::TypeFamily family) {
  using ir::TypeFamily;
  using ir::ValueKind;
  const bool quoted = tok.kind == TokenKind::String;
  // Prisma's describer reads `'5'` as 5 and `'true'` as true on numeric and boolean columns
  // (parse_int / parse_float / parse_bool accept an optional pair of quotes).
  const std::string bare = quoted ? token_value(text, tok) : std::string(text);
  switch (family) {
    case TypeFamily::Int:
    case TypeFamily::BigInt:
      if (is_integer_text(bare)) {
        return value(ValueKind::Number, normalise_integer(bare));
      }
      break;
    case TypeFamily::Float:
    case TypeFamily::Decimal:
      if (is_number_text(bare)) {
        return value(ValueKind::Number, strip_plus(bare));
      }
      break;
    case TypeFamily::Boolean: {
      const std::string lower = ascii_lower(bare);
      if (lower == "true" || lower == "1") {
        return value(ValueKind::Boolean, "true");
      }
      if (lower == "false" || lower == "0") {
        return value(ValueKind::Boolean, "false");
      }
      break;
    }
    case TypeFamily::String:
    case TypeFamily::Enum:
      // Prisma writes '…'; SQLite also takes a "…" that names no column as a string.
      if (quoted || (tok.kind == TokenKind::Identifier && text.front() == '"')) {
        return value(ValueKind::String, token_value(text, tok));
      }
      if (tok.kind == TokenKind::Number) {
        return value(ValueKind::String, std::string(text));  // TEXT affinity stores "0" as text
      }
      break;
    case TypeFamily::DateTime:
      if (is_keyword(text, tok, "CURRENT_TIMESTAMP")) {
        return now();
      }
      if (quoted) {
        return value(ValueKind::DateTime, bare);
      }
      break;
    case TypeFamily::Json:
      // Prisma 7 prints JSON defaults bare (`DEFAULT {"a": 1}`); a quoted one means the same.
      return value(ValueKind::Json, bare);
    case TypeFamily::Binary:
      // Prisma writes bytes as the string of their hex digits, '68656c6c6f'.
      if (quoted) {
        return value(ValueKind::Bytes, ascii_lower(bare));
      }
      break;
    case TypeFamily::Unsupported:
      break;
  }
  return db_generated(std::string(text));
}

}  // namespace

ir::ColumnType column_type(std::string_view declared) {
  using ir::TypeFamily;
  const std::string t = ascii_lower(declared);
  TypeFamily family = TypeFamily::Unsupported;
  if (t == "int" || t == "integer" || t == "serial") {
    family = TypeFamily::Int;
  } else if (t == "bigint") {
    family = TypeFamily::BigInt;
  } else if (t == "real" || t == "float" || t == "double") {
    family = TypeFamily::Float;
  } else if (t == "boolean") {
    family = TypeFamily::Boolean;
  } else if (t == "text" || contains(t, "char")) {
    family = TypeFamily::String;
  } else if (contains(t, "numeric") || contains(t, "decimal")) {
    family = TypeFamily::Decimal;
  } else if (t == "date" || t == "datetime" || t == "timestamp") {
    family = TypeFamily::DateTime;
  } else if (t == "binary" || t == "blob") {
    family = TypeFamily::Binary;
  } else if (t == "jsonb") {
    // Only JSONB: Prisma's describer reads a JSON column as Unsupported("JSON"), which is also
    // what `db pull` writes and lowering then produces.
    family = TypeFamily::Json;
  }
  ir::ColumnType out;
  out.family = family;
  out.native = std::string(declared);
  return out;
}

std::optional<ir::Default> column_default(std::string_view text, ir::TypeFamily family) {
  const std::vector<Token> tokens = tokenize(text);
  if (tokens.empty()) {
    return std::nullopt;
  }
  // SQLite's grammar allows `DEFAULT <literal>`, `DEFAULT ±<number>`, `DEFAULT <identifier>` and
  // `DEFAULT (<expr>)`, and table_info reports the last without its parentheses. So a text of
  // more than one token was parenthesised: it gets them back, because lowering keeps the
  // dbgenerated("(…)") text Prisma writes into the DEFAULT clause.
  const bool signed_number = tokens.size() == 2 && tokens[0].kind == TokenKind::Punct &&
                             (text[tokens[0].begin] == '-' || text[tokens[0].begin] == '+') &&
                             tokens[1].kind == TokenKind::Number;
  if (tokens.size() == 1 && is_keyword(text, tokens[0], "NULL")) {
    return std::nullopt;
  }
  if (tokens.size() == 1 || signed_number) {
    return literal_default(text, tokens.back(), family);
  }
  if (family == ir::TypeFamily::Json) {
    // Prisma 7 writes a JSON default bare, `DEFAULT {"a": 1}` (SQLite itself rejects that text;
    // libSQL, which Prisma's driver uses, keeps it), and its describer reads any default of a
    // JSON column as the JSON text.
    return value(ir::ValueKind::Json, std::string(text));
  }
  if (family == ir::TypeFamily::DateTime) {
    const std::string lower = ascii_lower(text);
    if (lower == "datetime('now')" || lower == "datetime('now', 'localtime')") {
      return now();  // as Prisma's describer reads them
    }
  }
  return db_generated("(" + std::string(text) + ")");
}

}  // namespace schemac::backends::sqlite
