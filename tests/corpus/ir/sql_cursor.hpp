// A cursor over one SQL statement, for tests/corpus/ir/sql_reader.cpp: quoted identifiers,
// string literals, exact keywords, bare words.
#pragma once

#include <cctype>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace schemac::test {

// A cursor over one statement. Every method either consumes what it names and returns
// true/a value, or leaves the position alone.
class Cursor {
 public:
  explicit Cursor(std::string_view text) : s_(text) {}

  void ws() {
    while (p_ < s_.size() && std::isspace(static_cast<unsigned char>(s_[p_])) != 0) {
      ++p_;
    }
  }

  bool lit(std::string_view word) {
    ws();
    if (s_.substr(p_, word.size()) == word) {
      p_ += word.size();
      return true;
    }
    return false;
  }

  std::optional<std::string> ident() {  // "quoted ""identifier"""
    ws();
    return quoted('"');
  }

  std::optional<std::string> string_literal() {  // 'it''s'
    ws();
    return quoted('\'');
  }

  // `"t"` or `"s"."t"` → {schema, table}
  std::optional<std::pair<std::string, std::string>> qualified() {
    auto first = ident();
    if (!first) {
      return std::nullopt;
    }
    if (p_ < s_.size() && s_[p_] == '.') {
      ++p_;
      auto second = ident();
      if (!second) {
        return std::nullopt;
      }
      return std::pair{*first, *second};
    }
    return std::pair{std::string(), *first};
  }

  std::optional<std::string> word() {  // a bare word: letters, digits, `_`
    ws();
    const std::size_t start = p_;
    while (p_ < s_.size() &&
           (std::isalnum(static_cast<unsigned char>(s_[p_])) != 0 || s_[p_] == '_')) {
      ++p_;
    }
    if (p_ == start) {
      return std::nullopt;
    }
    return std::string(s_.substr(start, p_ - start));
  }

  // `("a", "b")`, `("A","B")`
  std::optional<std::vector<std::string>> ident_list() {
    if (!lit("(")) {
      return std::nullopt;
    }
    std::vector<std::string> out;
    do {
      auto name = ident();
      if (!name) {
        return std::nullopt;
      }
      out.push_back(*name);
    } while (lit(","));
    if (!lit(")")) {
      return std::nullopt;
    }
    return out;
  }

  std::string_view rest() const { return s_.substr(p_); }

  bool at_end() {
    ws();
    return p_ >= s_.size();
  }

 private:
  std::optional<std::string> quoted(char q) {
    if (p_ >= s_.size() || s_[p_] != q) {
      return std::nullopt;
    }
    std::string out;
    std::size_t i = p_ + 1;
    while (i < s_.size()) {
      if (s_[i] == q) {
        if (i + 1 < s_.size() && s_[i + 1] == q) {
          out += q;
          i += 2;
          continue;
        }
        p_ = i + 1;
        return out;
      }
      out += s_[i++];
    }
    return std::nullopt;
  }

  std::string_view s_;
  std::size_t p_ = 0;
};

}  // namespace schemac::test
