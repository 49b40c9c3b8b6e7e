// Cutting PostgreSQL scripts into statements (see backends/postgres/statements.hpp). The
// lexical rules are PostgreSQL's (docs: "Lexical Structure", 4.1) as psql applies them to find
// where a statement ends (src/fe_utils/psqlscan.l).
#include "backends/postgres/statements.hpp"

#include <algorithm>
#include <array>
#include <cctype>

namespace schemac::backends::postgres {

namespace {

bool is_word_start(char c) {
  const auto u = static_cast<unsigned char>(c);
  return std::isalpha(u) != 0 || c == '_' || u >= 0x80;
}

// `$` continues an identifier (`a$b`), so `x$1$` is no dollar quote.
bool is_word_char(char c) {
  return is_word_start(c) || std::isdigit(static_cast<unsigned char>(c)) != 0 || c == '$';
}

bool is_blank(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string upper(std::string_view word) {
  std::string out(word);
  for (char& c : out) {
    c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  return out;
}

// The position after a -- or /* */ comment starting at `i` (PostgreSQL nests block comments),
// or `i` when none starts there.
std::size_t skip_comment(std::string_view s, std::size_t i) {
  if (s.compare(i, 2, "--") == 0) {
    const std::size_t nl = s.find('\n', i);
    return nl == std::string_view::npos ? s.size() : nl + 1;
  }
  if (s.compare(i, 2, "/*") == 0) {
    int depth = 0;
    while (i < s.size()) {
      if (s.compare(i, 2, "/*") == 0) {
        ++depth;
        i += 2;
      } else if (s.compare(i, 2, "*/") == 0) {
        i += 2;
        if (--depth == 0) {
          return i;
        }
      } else {
        ++i;
      }
    }
    return s.size();
  }
  return i;
}

std::size_t skip_blanks_and_comments(std::string_view s, std::size_t i) {
  while (i < s.size()) {
    if (is_blank(s[i])) {
      ++i;
      continue;
    }
    const std::size_t after = skip_comment(s, i);
    if (after == i) {
      break;
    }
    i = after;
  }
  return i;
}

// The position after a quoted token opened by `quote` at `i`; a doubled quote is one character,
// and with `backslashes` (E'…') a backslash escapes the next character.
std::size_t skip_quoted(std::string_view s, std::size_t i, char quote, bool backslashes) {
  ++i;
  while (i < s.size()) {
    if (backslashes && s[i] == '\\') {
      i += 2;
    } else if (s[i] == quote) {
      if (i + 1 < s.size() && s[i + 1] == quote) {
        i += 2;
      } else {
        return i + 1;
      }
    } else {
      ++i;
    }
  }
  return s.size();
}

// At a `$` that no word precedes: the end of the `$tag$…$tag$` string starting there, or `i`
// when it is no dollar quote (`$1`, a parameter). A tag is an identifier without `$`.
std::size_t skip_dollar_quoted(std::string_view s, std::size_t i) {
  std::size_t j = i + 1;
  if (j < s.size() && is_word_start(s[j])) {
    while (j < s.size() && is_word_char(s[j]) && s[j] != '$') {
      ++j;
    }
  }
  if (j >= s.size() || s[j] != '$') {
    return i;
  }
  const std::string_view delimiter = s.substr(i, j - i + 1);
  const std::size_t close = s.find(delimiter, j + 1);
  return close == std::string_view::npos ? s.size() : close + delimiter.size();
}

// A token of leading_words and concurrent_index_name: a word, a "quoted identifier", a string
// ('…' or $$…$$), or one other character; empty at the end.
struct Token {
  std::string_view text;
  bool word = false;
  bool quoted = false;
};

class Tokens {
 public:
  explicit Tokens(std::string_view s) : s_(s) {}

  Token next() {
    i_ = skip_blanks_and_comments(s_, i_);
    if (i_ >= s_.size()) {
      return {};
    }
    const std::size_t start = i_;
    if (is_word_start(s_[i_])) {
      while (i_ < s_.size() && is_word_char(s_[i_])) {
        ++i_;
      }
      return {s_.substr(start, i_ - start), true, false};
    }
    if (s_[i_] == '"') {
      i_ = skip_quoted(s_, i_, '"', false);
      return {s_.substr(start, i_ - start), false, true};
    }
    if (s_[i_] == '\'') {
      i_ = skip_quoted(s_, i_, '\'', false);
      return {s_.substr(start, i_ - start), false, false};
    }
    if (s_[i_] == '$' && skip_dollar_quoted(s_, i_) != i_) {
      i_ = skip_dollar_quoted(s_, i_);
      return {s_.substr(start, i_ - start), false, false};
    }
    ++i_;
    return {s_.substr(start, 1), false, false};
  }

 private:
  std::string_view s_;
  std::size_t i_ = 0;
};

// psql's heuristic for SQL-standard function bodies: in a statement that starts CREATE [OR
// REPLACE] FUNCTION|PROCEDURE, BEGIN … END (and CASE … END inside one) at parenthesis depth 0
// hold `;`s that do not end the statement.
class BodyDepth {
 public:
  void word(std::string_view w, int paren_depth) {
    const std::string u = upper(w);
    if (count_ < leading_.size()) {
      leading_[count_] = u;
    }
    ++count_;
    if (!in_routine() || paren_depth != 0) {
      return;
    }
    if (u == "BEGIN") {
      ++depth_;
    } else if (u == "CASE" && depth_ > 0) {
      ++depth_;
    } else if (u == "END" && depth_ > 0) {
      --depth_;
    }
  }

  [[nodiscard]] int depth() const { return depth_; }

  void reset() { *this = BodyDepth(); }

 private:
  [[nodiscard]] bool in_routine() const {
    const auto routine = [](const std::string& w) { return w == "FUNCTION" || w == "PROCEDURE"; };
    return leading_[0] == "CREATE" &&
           (routine(leading_[1]) ||
            (leading_[1] == "OR" && leading_[2] == "REPLACE" && routine(leading_[3])));
  }

  std::array<std::string, 4> leading_;
  std::size_t count_ = 0;
  int depth_ = 0;
};

// The statement has `word` (upper case) as a word token anywhere, quotes and comments aside.
bool has_word(std::string_view statement, std::string_view word) {
  Tokens tokens(statement);
  for (Token t = tokens.next(); !t.text.empty(); t = tokens.next()) {
    if (t.word && upper(t.text) == word) {
      return true;
    }
  }
  return false;
}

}  // namespace

std::vector<Statement> split_statements(std::string_view script) {
  std::vector<Statement> out;
  std::size_t start = std::string_view::npos;  // first token of the current statement
  std::size_t start_line = 0;
  std::size_t line = 1;
  std::size_t counted = 0;  // newlines are counted up to here
  const auto line_at = [&](std::size_t pos) {
    line += static_cast<std::size_t>(
        std::count(script.begin() + static_cast<std::ptrdiff_t>(counted),
                   script.begin() + static_cast<std::ptrdiff_t>(pos), '\n'));
    counted = pos;
    return line;
  };
  int parens = 0;
  BodyDepth body;
  const auto finish = [&](std::size_t end) {
    if (start != std::string_view::npos) {
      while (end > start && is_blank(script[end - 1])) {
        --end;
      }
      out.push_back({script.substr(start, end - start), start, start_line});
    }
    start = std::string_view::npos;
    parens = 0;
    body.reset();
  };

  std::size_t i = 0;
  while (i < script.size()) {
    const char c = script[i];
    if (is_blank(c)) {
      ++i;
      continue;
    }
    if (const std::size_t after = skip_comment(script, i); after != i) {
      i = after;
      continue;
    }
    if (c == ';' && parens == 0 && body.depth() == 0) {
      finish(i);
      ++i;
      continue;
    }
    if (start == std::string_view::npos) {
      start = i;
      start_line = line_at(i);
    }
    if (is_word_start(c)) {
      const std::size_t w = i;
      while (i < script.size() && is_word_char(script[i])) {
        ++i;
      }
      const std::string_view word = script.substr(w, i - w);
      // E'…' (or e'…'): an escape string, where \' does not close it.
      if (word.size() == 1 && (word[0] == 'E' || word[0] == 'e') && i < script.size() &&
          script[i] == '\'') {
        i = skip_quoted(script, i, '\'', true);
      } else {
        body.word(word, parens);
      }
    } else if (c == '\'' || c == '"') {
      i = skip_quoted(script, i, c, false);
    } else if (c == '$') {
      const std::size_t after = skip_dollar_quoted(script, i);
      i = after == i ? i + 1 : after;
    } else {
      if (c == '(') {
        ++parens;
      } else if (c == ')' && parens > 0) {
        --parens;
      }
      ++i;
    }
  }
  finish(script.size());
  return out;
}

std::vector<std::string> leading_words(std::string_view statement, std::size_t count) {
  std::vector<std::string> out;
  Tokens tokens(statement);
  while (out.size() < count) {
    const Token t = tokens.next();
    if (!t.word) {
      break;
    }
    out.push_back(upper(t.text));
  }
  return out;
}

bool runs_only_outside_transaction(std::string_view statement) {
  const std::vector<std::string> w = leading_words(statement, 8);
  const auto at = [&](std::size_t i) { return i < w.size() ? w[i] : std::string(); };
  if (at(0) == "VACUUM" || (at(0) == "ALTER" && at(1) == "SYSTEM")) {
    return true;
  }
  if ((at(0) == "CREATE" || at(0) == "DROP") && (at(1) == "DATABASE" || at(1) == "TABLESPACE")) {
    return true;
  }
  if (at(0) == "CREATE") {
    const std::size_t index = at(1) == "UNIQUE" ? 2 : 1;
    return at(index) == "INDEX" && at(index + 1) == "CONCURRENTLY";
  }
  if (at(0) == "DROP" && at(1) == "INDEX") {
    return at(2) == "CONCURRENTLY";
  }
  if (at(0) == "REINDEX") {
    // REINDEX [ ( options ) ] {INDEX|TABLE|SCHEMA|DATABASE|SYSTEM} [CONCURRENTLY] name
    return has_word(statement, "CONCURRENTLY") || has_word(statement, "DATABASE") ||
           has_word(statement, "SYSTEM");
  }
  if (at(0) == "ALTER" && at(1) == "TABLE") {
    // … DETACH PARTITION name CONCURRENTLY
    return has_word(statement, "DETACH") && has_word(statement, "CONCURRENTLY");
  }
  return false;
}

std::optional<std::string> concurrent_index_name(std::string_view statement) {
  Tokens tokens(statement);
  const auto is = [](const Token& t, const char* word) { return t.word && upper(t.text) == word; };
  Token t = tokens.next();
  if (!is(t, "CREATE")) {
    return std::nullopt;
  }
  t = tokens.next();
  if (is(t, "UNIQUE")) {
    t = tokens.next();
  }
  if (!is(t, "INDEX") || !is(tokens.next(), "CONCURRENTLY")) {
    return std::nullopt;
  }
  t = tokens.next();
  if (is(t, "IF")) {
    if (!is(tokens.next(), "NOT") || !is(tokens.next(), "EXISTS")) {
      return std::nullopt;
    }
    t = tokens.next();
  }
  if (is(t, "ON") || !(t.word || t.quoted)) {
    return std::nullopt;  // no name: PostgreSQL chooses one
  }
  const std::string name(t.text);
  if (!is(tokens.next(), "ON")) {
    return std::nullopt;
  }
  t = tokens.next();
  if (is(t, "ONLY")) {
    t = tokens.next();
  }
  if (!(t.word || t.quoted)) {
    return name;
  }
  const std::string first(t.text);
  if (tokens.next().text == ".") {
    return first + "." + name;  // "schema"."table": the index is "schema"."name"
  }
  return name;
}

std::string statement_excerpt(std::string_view statement, std::size_t limit) {
  std::string out;
  for (const char c : statement) {
    if (is_blank(c)) {
      if (!out.empty() && out.back() != ' ') {
        out += ' ';
      }
    } else {
      out += c;
    }
  }
  while (!out.empty() && out.back() == ' ') {
    out.pop_back();
  }
  if (out.size() > limit) {
    std::size_t cut = limit;
    // Never cut a UTF-8 sequence in two.
    while (cut > 0 && (static_cast<unsigned char>(out[cut]) & 0xC0) == 0x80) {
      --cut;
    }
    out.resize(cut);
    out += "…";
  }
  return out;
}

}  // namespace schemac::backends::postgres
