// The tokens of a PostgreSQL expression (see introspect_tokens.hpp).
#include "backends/postgres/introspect_tokens.hpp"

#include <cctype>

namespace schemac::backends::postgres {

namespace {

bool is_ident_start(char c) {
  return std::isalpha(static_cast<unsigned char>(c)) != 0 || c == '_';
}

bool is_ident_char(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '_' || c == '$';
}

bool is_digit(char c) {
  return std::isdigit(static_cast<unsigned char>(c)) != 0;
}

}  // namespace

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (std::tolower(static_cast<unsigned char>(a[i])) !=
        std::tolower(static_cast<unsigned char>(b[i]))) {
      return false;
    }
  }
  return true;
}

void Scanner::skip_space() {
  while (pos_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[pos_])) != 0) {
    ++pos_;
  }
}

bool Scanner::at_end() {
  skip_space();
  return pos_ == s_.size();
}

char Scanner::peek() {
  skip_space();
  return pos_ < s_.size() ? s_[pos_] : '\0';
}

bool Scanner::eat(std::string_view token) {
  skip_space();
  if (s_.substr(pos_, token.size()) != token) {
    return false;
  }
  pos_ += token.size();
  return true;
}

std::optional<std::string> Scanner::identifier() {
  skip_space();
  if (pos_ >= s_.size() || !is_ident_start(s_[pos_])) {
    return std::nullopt;
  }
  const std::size_t start = pos_;
  while (pos_ < s_.size() && is_ident_char(s_[pos_])) {
    ++pos_;
  }
  return std::string(s_.substr(start, pos_ - start));
}

std::optional<std::string> Scanner::quoted(char quote) {
  skip_space();
  if (pos_ >= s_.size() || s_[pos_] != quote) {
    return std::nullopt;
  }
  std::string out;
  for (std::size_t i = pos_ + 1; i < s_.size(); ++i) {
    if (s_[i] != quote) {
      out += s_[i];
    } else if (i + 1 < s_.size() && s_[i + 1] == quote) {
      out += quote;
      ++i;
    } else {
      pos_ = i + 1;
      return out;
    }
  }
  return std::nullopt;  // unterminated
}

std::optional<std::string> Scanner::escape_string() {
  skip_space();
  if (pos_ + 1 >= s_.size() || (s_[pos_] != 'E' && s_[pos_] != 'e') || s_[pos_ + 1] != '\'') {
    return std::nullopt;
  }
  std::string out;
  for (std::size_t i = pos_ + 2; i < s_.size(); ++i) {
    const char c = s_[i];
    if (c == '\\' && i + 1 < s_.size()) {
      const char n = s_[++i];
      out += n == 'n' ? '\n' : n == 't' ? '\t' : n == 'r' ? '\r' : n == 'b' ? '\b' : n;
    } else if (c != '\'') {
      out += c;
    } else if (i + 1 < s_.size() && s_[i + 1] == '\'') {
      out += '\'';
      ++i;
    } else {
      pos_ = i + 1;
      return out;
    }
  }
  return std::nullopt;
}

std::optional<std::string> Scanner::number() {
  skip_space();
  std::size_t i = pos_;
  if (i < s_.size() && s_[i] == '-') {
    ++i;
  }
  const std::size_t digits = i;
  while (i < s_.size() && (is_digit(s_[i]) || s_[i] == '.')) {
    ++i;
  }
  if (i == digits) {
    return std::nullopt;
  }
  if (i < s_.size() && (s_[i] == 'e' || s_[i] == 'E')) {
    ++i;
    if (i < s_.size() && (s_[i] == '+' || s_[i] == '-')) {
      ++i;
    }
    while (i < s_.size() && is_digit(s_[i])) {
      ++i;
    }
  }
  std::string out(s_.substr(pos_, i - pos_));
  pos_ = i;
  return out;
}

void Scanner::eat_casts() {
  while (eat("::")) {
    for (;;) {
      if (identifier() || quoted('"')) {
        continue;
      }
      if (eat(".") || eat("[]")) {
        continue;
      }
      if (peek() == '(') {
        int depth = 0;
        while (pos_ < s_.size()) {
          const char c = s_[pos_++];
          depth += c == '(' ? 1 : c == ')' ? -1 : 0;
          if (depth == 0) {
            break;
          }
        }
        continue;
      }
      break;
    }
  }
}

std::optional<Literal> Scanner::literal() {
  int open = 0;
  while (eat("(")) {
    ++open;
  }
  Literal out;
  if (auto e = escape_string()) {
    out = {Literal::String, std::move(*e)};
  } else if (auto q = quoted('\'')) {
    out = {Literal::String, std::move(*q)};
  } else if (auto n = number()) {
    out = {Literal::Number, std::move(*n)};
  } else if (auto id = identifier()) {
    out = {Literal::Identifier, std::move(*id)};
  } else {
    return std::nullopt;
  }
  eat_casts();
  for (; open > 0; --open) {
    if (!eat(")")) {
      return std::nullopt;
    }
    eat_casts();
  }
  return out;
}

}  // namespace schemac::backends::postgres
