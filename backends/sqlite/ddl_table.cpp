// A CREATE TABLE text as SQLite reads it (see ddl_table.hpp). The grammar is SQLite 3.40's
// parse.y (create_table_args, columnname, typetoken, ccons, tcons, refargs); what each clause
// means is its build.c. Every parse function either takes at least one token or fails, and
// the loops stop at the end of the tokens, so no text makes the parser loop or overrun.
#include "backends/sqlite/ddl_table.hpp"

#include "backends/sqlite/ddl_cursor.hpp"
#include "backends/sqlite/ddl_references.hpp"

namespace schemac::backends::sqlite {

namespace {

bool is_space(char c) {
  return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v';
}

std::string_view trim_space(std::string_view s) {
  while (!s.empty() && is_space(s.front())) {
    s.remove_prefix(1);
  }
  while (!s.empty() && is_space(s.back())) {
    s.remove_suffix(1);
  }
  return s;
}

// The declared type as PRAGMA table_info reports it, from the type's source span
// (sqlite3AddColumn): a trailing "GENERATED ALWAYS" the type's words swallowed is cut off
// (byte for byte as SQLite cuts it), and the six standard names (the STRICT types) are
// reported in upper case, whatever case they were written in.
std::optional<std::string> reported_type(std::string_view span) {
  std::size_t n = span.size();
  if (n >= 16 && same_name(span.substr(n - 6), "always")) {
    n -= 6;
    while (n > 0 && is_space(span[n - 1])) {
      --n;
    }
    if (n >= 9 && same_name(span.substr(n - 9, 9), "generated")) {
      n -= 9;
      while (n > 0 && is_space(span[n - 1])) {
        --n;
      }
    }
  }
  span = span.substr(0, n);
  // SQLite dequotes a quoted type in two different ways (sqlite3DequoteToken, then
  // sqlite3Dequote); no one quotes a type, so the reader does not guess.
  if (span.find_first_of("'\"`[") != std::string_view::npos) {
    return std::nullopt;
  }
  static constexpr std::string_view kStandard[] = {"ANY", "BLOB", "INT", "INTEGER", "REAL", "TEXT"};
  for (const std::string_view standard : kStandard) {
    if (same_name(span, standard)) {
      return std::string(standard);
    }
  }
  return std::string(span);
}

class TableParser {
 public:
  explicit TableParser(std::string_view sql) : cur_(sql) {}

  Result<TableDecl> parse() {
    if (!create_table()) {
      return Error{why_.empty() ? std::string("unexpected text") : why_};
    }
    return std::move(decl_);
  }

 private:
  DdlCursor cur_;
  TableDecl decl_;
  std::string why_;

  bool fail(std::string why) {
    if (why_.empty()) {
      why_ = std::move(why) + cur_.location();
    }
    return false;
  }

  bool at_table_constraint() const {
    return cur_.at_keyword("CONSTRAINT") || cur_.at_keyword("PRIMARY") ||
           cur_.at_keyword("UNIQUE") || cur_.at_keyword("CHECK") || cur_.at_keyword("FOREIGN");
  }

  bool create_table() {
    // sqlite_schema keeps `CREATE TABLE <name>(…)…`: SQLite writes the prefix itself and drops
    // TEMP, IF NOT EXISTS and the schema name (sqlite3EndTable).
    if (!cur_.accept_keyword("CREATE") || !cur_.accept_keyword("TABLE")) {
      return fail("not a plain CREATE TABLE");
    }
    if (!cur_.accept_name() || !cur_.accept_punct('(')) {
      return fail("expected a table name and `(`");
    }
    if (at_table_constraint()) {
      return fail("a table constraint before any column");
    }
    bool in_constraints = false;  // table constraints come after all columns
    while (!cur_.at_end()) {
      in_constraints = in_constraints || at_table_constraint();
      if (!(in_constraints ? table_constraint() : column_definition())) {
        return false;
      }
      if (cur_.accept_punct(')')) {
        return table_options();
      }
      // Table constraints need no comma between them (tconscomma may be empty).
      if (!cur_.accept_punct(',') && !(in_constraints && at_table_constraint())) {
        return fail("expected `,` or `)`");
      }
    }
    return fail("unclosed column list");
  }

  bool table_options() {
    // table_option_set: `WITHOUT ROWID` and `STRICT`, separated by commas.
    while (!cur_.at_end() && !cur_.at_punct(';')) {
      if (cur_.accept_keyword("WITHOUT")) {
        if (!cur_.accept_keyword("ROWID")) {
          return fail("expected ROWID");
        }
        decl_.without_rowid = true;
      } else if (cur_.accept_keyword("STRICT")) {
        decl_.strict = true;
      } else {
        return fail("unknown table option");
      }
      if (!cur_.accept_punct(',')) {
        break;
      }
    }
    cur_.accept_punct(';');
    return cur_.at_end() || fail("text after the table definition");
  }

  bool column_definition() {
    std::optional<std::string> name = cur_.accept_name();
    if (!name) {
      return fail("expected a column name");
    }
    ColumnDecl column;
    column.name = std::move(*name);
    std::optional<std::string> type = type_name();
    if (!type) {
      return false;
    }
    column.type = std::move(*type);
    decl_.columns.push_back(std::move(column));
    const std::size_t index = decl_.columns.size() - 1;
    while (!cur_.at_end() && !cur_.at_punct(',') && !cur_.at_punct(')')) {
      const std::size_t before = cur_.position();
      if (!column_constraint(index) || cur_.position() == before) {
        return fail("unexpected column constraint");
      }
    }
    return true;
  }

  // typetoken: names (`typename ::= ids | typename ids`, so also GENERATED and ALWAYS, which
  // parse.y lets stand for names) and an optional `(n)` or `(n, m)`, reported as their source
  // span. "" when the column has no type.
  std::optional<std::string> type_name() {
    const Token* first = cur_.peek();
    std::size_t end = 0;
    while (const Token* tok = cur_.peek()) {
      const bool is_name = tok->kind == TokenKind::Identifier || tok->kind == TokenKind::String ||
                           (tok->kind == TokenKind::Word && !cur_.at_reserved_word());
      if (!is_name) {
        break;
      }
      end = cur_.take().end;
    }
    if (end == 0) {
      return std::string();
    }
    if (cur_.at_punct('(')) {
      cur_.take();
      for (int i = 0; i < 2; ++i) {
        if (!cur_.accept_punct('+')) {
          cur_.accept_punct('-');
        }
        const Token* number = cur_.peek();
        if (number == nullptr || number->kind != TokenKind::Number) {
          fail("expected a number in the type");
          return std::nullopt;
        }
        cur_.take();
        if (!cur_.accept_punct(',')) {
          break;
        }
      }
      const Token* close = cur_.peek();
      if (close == nullptr || !cur_.accept_punct(')')) {
        fail("expected `)` after the type's size");
        return std::nullopt;
      }
      end = close->end;
    }
    std::optional<std::string> type =
        reported_type(cur_.sql().substr(first->begin, end - first->begin));
    if (!type) {
      fail("a quoted type name");
    }
    return type;
  }

  // `ON CONFLICT <resolution>`, if there.
  bool conflict_clause() {
    if (!cur_.at_keyword("ON") || !cur_.at_keyword("CONFLICT", 1)) {
      return true;
    }
    cur_.take();
    cur_.take();
    for (const std::string_view r : {"ROLLBACK", "ABORT", "FAIL", "IGNORE", "REPLACE"}) {
      if (cur_.accept_keyword(r)) {
        return true;
      }
    }
    return fail("expected a conflict resolution");
  }

  // The rest of `[NOT] DEFERRABLE [INITIALLY DEFERRED | INITIALLY IMMEDIATE]`.
  bool deferrable_rest() {
    if (cur_.accept_keyword("INITIALLY") && !cur_.accept_keyword("DEFERRED") &&
        !cur_.accept_keyword("IMMEDIATE")) {
      return fail("expected DEFERRED or IMMEDIATE");
    }
    return true;
  }

  bool column_constraint(std::size_t column) {
    ColumnDecl& c = decl_.columns[column];
    if (cur_.accept_keyword("CONSTRAINT")) {
      return cur_.accept_name() ? true : fail("expected a constraint name");
    }
    if (cur_.accept_keyword("DEFAULT")) {
      return default_value(column);
    }
    if (cur_.accept_keyword("NULL")) {
      return conflict_clause();
    }
    if (cur_.accept_keyword("NOT")) {
      if (cur_.accept_keyword("NULL")) {
        c.not_null = true;
        return conflict_clause();
      }
      if (cur_.accept_keyword("DEFERRABLE")) {
        return deferrable_rest();
      }
      return fail("expected NULL or DEFERRABLE");
    }
    if (cur_.accept_keyword("PRIMARY")) {
      if (!cur_.accept_keyword("KEY")) {
        return fail("expected KEY");
      }
      const bool descending = cur_.accept_keyword("DESC");
      if (!descending) {
        cur_.accept_keyword("ASC");
      }
      if (!conflict_clause()) {
        return false;
      }
      cur_.accept_keyword("AUTOINCREMENT");
      if (!decl_.primary_key.empty()) {
        return fail("a second primary key");
      }
      decl_.primary_key.push_back({column, descending});
      decl_.primary_key_on_column = true;
      return true;
    }
    if (cur_.accept_keyword("UNIQUE")) {
      decl_.unique_constraints.push_back({column});
      return conflict_clause();
    }
    if (cur_.accept_keyword("CHECK")) {
      return cur_.skip_parenthesised() ? true : fail("expected a parenthesised CHECK");
    }
    if (cur_.accept_keyword("REFERENCES")) {
      return references({column}, true);
    }
    if (cur_.accept_keyword("COLLATE")) {
      return cur_.accept_name() ? true : fail("expected a collation name");
    }
    if (cur_.accept_keyword("GENERATED")) {
      if (!cur_.accept_keyword("ALWAYS") || !cur_.at_keyword("AS")) {
        return fail("expected ALWAYS AS");
      }
    }
    if (cur_.accept_keyword("AS")) {
      if (!cur_.skip_parenthesised()) {
        return fail("expected a parenthesised generated expression");
      }
      if (!cur_.accept_keyword("STORED")) {
        cur_.accept_keyword("VIRTUAL");
      }
      c.generated = true;
      return true;
    }
    if (cur_.accept_keyword("DEFERRABLE")) {
      return deferrable_rest();
    }
    return fail("unknown column constraint");
  }

  // The DEFAULT forms of parse.y and the text sqlite3AddDefaultValue keeps of each: a literal,
  // keyword or identifier as written; a signed literal from its sign; a parenthesised
  // expression without its parentheses; each trimmed of white space.
  bool default_value(std::size_t column) {
    ColumnDecl& c = decl_.columns[column];
    if (c.default_text) {
      return fail("a second DEFAULT");
    }
    const Token* first = cur_.peek();
    if (first == nullptr) {
      return fail("expected a default value");
    }
    const std::string_view sql = cur_.sql();
    if (cur_.at_punct('(')) {
      const std::size_t open_end = first->end;
      const std::optional<std::size_t> close = cur_.skip_parenthesised();
      if (!close) {
        return fail("unclosed DEFAULT expression");
      }
      c.default_text = std::string(trim_space(sql.substr(open_end, *close - open_end)));
      return true;
    }
    if (cur_.at_punct('+') || cur_.at_punct('-')) {
      cur_.take();
      const Token* term = cur_.peek();
      const bool is_term =
          term != nullptr && (term->kind == TokenKind::Number || term->kind == TokenKind::String ||
                              term->kind == TokenKind::Blob || cur_.at_keyword("NULL") ||
                              cur_.at_keyword("CURRENT_TIMESTAMP") ||
                              cur_.at_keyword("CURRENT_DATE") || cur_.at_keyword("CURRENT_TIME"));
      if (!is_term) {
        return fail("expected a literal after the sign");
      }
      cur_.take();
      c.default_text = std::string(sql.substr(first->begin, term->end - first->begin));
      return true;
    }
    const bool is_single =
        first->kind == TokenKind::Number || first->kind == TokenKind::String ||
        first->kind == TokenKind::Blob || first->kind == TokenKind::Identifier ||
        (first->kind == TokenKind::Word && (!cur_.at_reserved_word() || cur_.at_keyword("NULL")));
    if (!is_single) {
      return fail("unexpected default value");
    }
    c.default_text = std::string(cur_.text(cur_.take()));
    return true;
  }

  // After REFERENCES (ddl_references.hpp), for the columns `from`.
  bool references(const std::vector<std::size_t>& from, bool on_column) {
    std::vector<std::string> names;
    for (const std::size_t c : from) {
      names.push_back(decl_.columns[c].name);
    }
    Result<ForeignKeyFacts> fk = parse_references(cur_, names, on_column);
    if (!fk) {
      why_ = why_.empty() ? fk.error().message : why_;
      return false;
    }
    decl_.foreign_keys.push_back(std::move(fk.value()));
    return true;
  }

  // A name, read and resolved to a column of the table declared so far; nullopt if either fails.
  std::optional<std::size_t> accept_column() {
    const std::optional<std::string> name = cur_.accept_name();
    return name ? decl_.find_column(*name) : std::nullopt;
  }

  // `( name [COLLATE c] [ASC|DESC], … [AUTOINCREMENT] )` of a PRIMARY KEY or UNIQUE
  // constraint, resolved to columns. SQLite rejects expressions there.
  bool key_columns(std::vector<KeyColumnDecl>& out) {
    if (!cur_.accept_punct('(')) {
      return fail("expected `(`");
    }
    while (true) {
      const std::optional<std::size_t> column = accept_column();
      if (!column) {
        return fail("expected a column of the table");
      }
      while (cur_.accept_keyword("COLLATE")) {
        if (!cur_.accept_name()) {
          return fail("expected a collation name");
        }
      }
      const bool descending = cur_.accept_keyword("DESC");
      if (!descending) {
        cur_.accept_keyword("ASC");
      }
      out.push_back({*column, descending});
      cur_.accept_keyword("AUTOINCREMENT");
      if (cur_.accept_punct(')')) {
        return true;
      }
      if (!cur_.accept_punct(',')) {
        return fail("expected `,` or `)`");
      }
    }
  }

  bool table_constraint() {
    if (cur_.accept_keyword("CONSTRAINT")) {
      return cur_.accept_name() ? true : fail("expected a constraint name");
    }
    if (cur_.accept_keyword("PRIMARY")) {
      if (!cur_.accept_keyword("KEY")) {
        return fail("expected KEY");
      }
      if (!decl_.primary_key.empty()) {
        return fail("a second primary key");
      }
      return key_columns(decl_.primary_key) && conflict_clause();
    }
    if (cur_.accept_keyword("UNIQUE")) {
      std::vector<KeyColumnDecl> keys;
      if (!key_columns(keys)) {
        return false;
      }
      std::vector<std::size_t>& columns = decl_.unique_constraints.emplace_back();
      for (const KeyColumnDecl& k : keys) {
        columns.push_back(k.column);
      }
      return conflict_clause();
    }
    if (cur_.accept_keyword("CHECK")) {
      return cur_.skip_parenthesised() ? conflict_clause() : fail("expected a parenthesised CHECK");
    }
    if (cur_.accept_keyword("FOREIGN")) {
      return foreign_key();
    }
    return fail("unknown table constraint");
  }

  bool foreign_key() {
    if (!cur_.accept_keyword("KEY") || !cur_.accept_punct('(')) {
      return fail("expected KEY (");
    }
    std::vector<std::size_t> from;
    while (true) {
      const std::optional<std::size_t> column = accept_column();
      if (!column) {
        return fail("expected a column of the table");
      }
      from.push_back(*column);
      if (cur_.accept_punct(')')) {
        break;
      }
      if (!cur_.accept_punct(',')) {
        return fail("expected `,` or `)`");
      }
    }
    if (!cur_.accept_keyword("REFERENCES")) {
      return fail("expected REFERENCES");
    }
    if (!references(from, false)) {
      return false;
    }
    if (cur_.accept_keyword("NOT")) {
      if (!cur_.accept_keyword("DEFERRABLE")) {
        return fail("expected DEFERRABLE");
      }
      return deferrable_rest();
    }
    return !cur_.accept_keyword("DEFERRABLE") || deferrable_rest();
  }
};

}  // namespace

Result<TableDecl> parse_create_table(std::string_view sql) {
  return TableParser(sql).parse();
}

}  // namespace schemac::backends::sqlite
