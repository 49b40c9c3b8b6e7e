// Table facts from the CREATE texts of sqlite_schema (see ddl_reader.hpp): the tables through
// ddl_table.hpp, then each CREATE INDEX against its table.
#include "backends/sqlite/ddl_reader.hpp"

#include <map>

#include <fmt/format.h>

#include "backends/sqlite/ddl_cursor.hpp"
#include "backends/sqlite/ddl_table.hpp"

namespace schemac::backends::sqlite {

namespace {

bool starts_with_ascii_ci(std::string_view s, std::string_view lower_prefix) {
  if (s.size() < lower_prefix.size()) {
    return false;
  }
  for (std::size_t i = 0; i < lower_prefix.size(); ++i) {
    const char c = s[i] >= 'A' && s[i] <= 'Z' ? static_cast<char>(s[i] - 'A' + 'a') : s[i];
    if (c != lower_prefix[i]) {
      return false;
    }
  }
  return true;
}

// One key term of CREATE INDEX as PRAGMA index_xinfo reports it (sqlite3CreateIndex): a term
// that is a column name, with or without COLLATE, is that column, in the table's spelling;
// anything else is an expression (no column). Terms are the tokens up to a `,` or `)` outside
// parentheses, their ASC/DESC taken off.
class IndexParser {
 public:
  IndexParser(std::string_view sql, const TableDecl& table) : cur_(sql), table_(table) {}

  Result<IndexFacts> parse() {
    IndexFacts index;
    if (!create_index(index)) {
      return Error{why_.empty() ? std::string("unexpected text") : why_};
    }
    return index;
  }

 private:
  DdlCursor cur_;
  const TableDecl& table_;
  std::string why_;

  bool fail(std::string why) {
    if (why_.empty()) {
      why_ = std::move(why);
    }
    return false;
  }

  bool create_index(IndexFacts& index) {
    // sqlite_schema keeps `CREATE [UNIQUE] INDEX <name> ON …` (sqlite3CreateIndex writes the
    // prefix and drops IF NOT EXISTS and the schema name).
    if (!cur_.accept_keyword("CREATE")) {
      return fail("not a CREATE INDEX");
    }
    index.unique = cur_.accept_keyword("UNIQUE");
    if (!cur_.accept_keyword("INDEX") || !cur_.accept_name() || !cur_.accept_keyword("ON") ||
        !cur_.accept_name() || !cur_.accept_punct('(')) {
      return fail("not a plain CREATE INDEX");
    }
    while (true) {
      std::vector<Token> term;
      std::size_t depth = 0;
      while (const Token* tok = cur_.peek()) {
        if (depth == 0 && (cur_.at_punct(',') || cur_.at_punct(')'))) {
          break;
        }
        if (cur_.at_punct('(')) {
          ++depth;
        } else if (cur_.at_punct(')')) {
          --depth;
        }
        term.push_back(*tok);
        cur_.take();
      }
      if (!key_term(term, index)) {
        return false;
      }
      if (cur_.accept_punct(')')) {
        break;
      }
      if (!cur_.accept_punct(',')) {
        return fail("unclosed index column list");
      }
    }
    // The predicate of a partial index is read from the text by introspection itself
    // (partial_index_predicate); here it only has to be there.
    if (cur_.accept_keyword("WHERE")) {
      return !cur_.at_end() || fail("an empty WHERE");
    }
    return cur_.at_end() || fail("text after the index columns");
  }

  bool is_word(const Token& tok, std::string_view upper) const {
    return is_keyword(cur_.sql(), tok, upper);
  }

  bool key_term(std::vector<Token> term, IndexFacts& index) {
    IndexKeyFacts key;
    // A lone `desc` is a column named desc: the sort order follows an expression.
    if (term.size() >= 2 && (is_word(term.back(), "DESC") || is_word(term.back(), "ASC"))) {
      key.descending = is_word(term.back(), "DESC");
      term.pop_back();
    }
    for (const Token& tok : term) {
      if (is_word(tok, "NULLS")) {
        return fail("NULLS FIRST/LAST in an index");  // SQLite rejects it; do not guess
      }
    }
    while (term.size() >= 3 && is_word(term[term.size() - 2], "COLLATE")) {
      term.resize(term.size() - 2);
    }
    if (term.empty()) {
      return fail("an empty index term");
    }
    const Token& first = term.front();
    if (term.size() == 1 && is_reserved_token(cur_.sql(), first)) {
      return fail("a keyword as an index term");  // NULL and the like: not worth modelling
    }
    if (term.size() == 1 && first.kind != TokenKind::Punct && first.kind != TokenKind::Number &&
        first.kind != TokenKind::Blob) {
      // A name: a column (a string naming one counts too, sqlite3StringToId). Anything else
      // (rowid, a double-quoted string) is left to the pragmas.
      const std::optional<std::size_t> column = table_.find_column(token_value(cur_.sql(), first));
      if (!column) {
        return fail("an index term naming no column");
      }
      key.column = table_.columns[*column].name;
      for (const IndexKeyFacts& k : index.keys) {
        if (k.column == key.column) {
          return fail("a column twice in an index");
        }
      }
    } else if (first.kind == TokenKind::Punct && cur_.sql()[first.begin] == '(') {
      return fail("a parenthesised index term");  // `(a)` is the column a
    }
    index.keys.push_back(std::move(key));
    return true;
  }
};

}  // namespace

bool is_ignored_table(std::string_view name) {
  // The filter of pragma_reader.cpp's queries: `NOT LIKE 'sqlite\_%'` (ASCII case-insensitive),
  // `NOT GLOB '_cf_[A-Z]*'`, and two exact names.
  return starts_with_ascii_ci(name, "sqlite_") ||
         (name.size() >= 5 && name.substr(0, 4) == "_cf_" && name[4] >= 'A' && name[4] <= 'Z') ||
         name == "d1_migrations" || name == "_prisma_migrations";
}

Result<std::vector<TableFacts>> read_facts_from_ddl(std::vector<SchemaObject> objects) {
  constexpr std::size_t kIgnored = static_cast<std::size_t>(-1);
  std::vector<TableFacts> tables;
  std::vector<TableDecl> decls;                             // parallel to tables
  std::map<std::string, std::size_t, std::less<>> by_name;  // every table; kIgnored if left out
  for (SchemaObject& o : objects) {
    if (o.type != "table") {
      continue;
    }
    if (is_ignored_table(o.name)) {
      by_name.emplace(o.name, kIgnored);
      continue;
    }
    Result<TableDecl> decl = parse_create_table(o.sql);
    if (!decl) {
      return Error{fmt::format("table `{}`: {}", o.name, decl.error().message)};
    }
    Result<TableFacts> facts = table_facts(decl.value(), o.name, std::move(o.sql));
    if (!facts) {
      return Error{fmt::format("table `{}`: {}", o.name, facts.error().message)};
    }
    by_name.emplace(o.name, tables.size());
    tables.push_back(std::move(facts.value()));
    decls.push_back(std::move(decl.value()));
  }
  for (SchemaObject& o : objects) {
    if (o.type != "index" || o.sql.empty()) {
      continue;  // an automatic index: the table's own text says what it is
    }
    const auto found = by_name.find(o.table_name);
    if (found == by_name.end()) {
      return Error{fmt::format("index `{}`: no table `{}`", o.name, o.table_name)};
    }
    if (found->second == kIgnored) {
      continue;
    }
    Result<IndexFacts> index = IndexParser(o.sql, decls[found->second]).parse();
    if (!index) {
      return Error{fmt::format("index `{}`: {}", o.name, index.error().message)};
    }
    index.value().name = o.name;
    index.value().sql = std::move(o.sql);
    tables[found->second].indexes.push_back(std::move(index.value()));
  }
  return tables;
}

}  // namespace schemac::backends::sqlite
