// Reading a live SQLite database into the IR (see introspect.hpp): four set-based queries over
// sqlite_schema and the pragma table-valued functions, then the CREATE texts for what the
// pragmas do not say (foreign key names, AUTOINCREMENT, partial index predicates).
#include "backends/sqlite/introspect.hpp"

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <unordered_map>
#include <vector>

#include <fmt/format.h>
#include <sqlite3.h>

#include "backends/sqlite/introspect_defaults.hpp"
#include "backends/sqlite/introspect_tokens.hpp"

namespace schemac::backends::sqlite {

namespace {

extern const char* const kTablesQuery;
extern const char* const kColumnsQuery;
extern const char* const kIndexesQuery;
extern const char* const kForeignKeysQuery;

struct Finalize {
  void operator()(sqlite3_stmt* stmt) const { sqlite3_finalize(stmt); }
};

// One prepared query; `each_row` is called with the statement positioned on each row.
template <typename F>
Result<bool> for_each_row(sqlite3* db, const char* sql, F&& each_row) {
  sqlite3_stmt* raw = nullptr;
  if (sqlite3_prepare_v2(db, sql, -1, &raw, nullptr) != SQLITE_OK) {
    return Error{fmt::format("cannot read the database schema: {}", sqlite3_errmsg(db))};
  }
  const std::unique_ptr<sqlite3_stmt, Finalize> stmt(raw);
  int rc = SQLITE_ROW;
  while ((rc = sqlite3_step(stmt.get())) == SQLITE_ROW) {
    each_row(stmt.get());
  }
  if (rc != SQLITE_DONE) {
    return Error{fmt::format("cannot read the database schema: {}", sqlite3_errmsg(db))};
  }
  return true;
}

std::string text(sqlite3_stmt* stmt, int col) {
  const auto* p = sqlite3_column_text(stmt, col);
  return p != nullptr ? std::string(reinterpret_cast<const char*>(p)) : std::string();
}

bool is_null(sqlite3_stmt* stmt, int col) {
  return sqlite3_column_type(stmt, col) == SQLITE_NULL;
}

std::int64_t integer(sqlite3_stmt* stmt, int col) {
  return sqlite3_column_int64(stmt, col);
}

// SQLite compares identifiers case-insensitively in ASCII.
char folded(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// `name` in ASCII lower case: the key under which same_identifier() names are equal.
std::string folded(std::string_view name) {
  std::string key(name);
  for (char& c : key) {
    c = folded(c);
  }
  return key;
}

bool same_identifier(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) {
    return false;
  }
  for (std::size_t i = 0; i < a.size(); ++i) {
    if (folded(a[i]) != folded(b[i])) {
      return false;
    }
  }
  return true;
}

// The column of `table` SQLite would resolve `name` to, by its declared spelling; `name` itself
// when there is none.
std::string resolve_column(const ir::Table& table, const std::string& name) {
  for (const ir::Column& c : table.columns) {
    if (same_identifier(c.name, name)) {
      return c.name;
    }
  }
  return name;
}

ir::ReferentialAction referential_action(std::string_view s) {
  if (s == "CASCADE") {
    return ir::ReferentialAction::Cascade;
  }
  if (s == "RESTRICT") {
    return ir::ReferentialAction::Restrict;
  }
  if (s == "SET NULL") {
    return ir::ReferentialAction::SetNull;
  }
  if (s == "SET DEFAULT") {
    return ir::ReferentialAction::SetDefault;
  }
  return ir::ReferentialAction::NoAction;  // "NO ACTION", SQLite's default
}

struct TableInfo {
  std::string sql;                               // the CREATE TABLE text
  std::map<std::int64_t, std::string> pk;        // table_info `pk` position → column
  std::map<std::string, ir::SortOrder> pk_sort;  // from the primary key's automatic index
};

struct Reader {
  sqlite3* db;
  ir::Schema schema;
  std::vector<TableInfo> info;                 // parallel to schema.tables
  std::map<std::string, std::size_t> by_name;  // exact table name → position

  ir::Table* table(const std::string& name) {
    const auto it = by_name.find(name);
    return it == by_name.end() ? nullptr : &schema.tables[it->second];
  }

  // Table positions by ASCII-folded name, the first table of each spelling winning, so that a
  // foreign key's target (which SQLite resolves case-insensitively) is found in O(1): a scan
  // per foreign key was quadratic, 0.3 s of 3.4 s at 11,000 tables.
  [[nodiscard]] std::unordered_map<std::string, std::size_t> tables_by_folded_name() const {
    std::unordered_map<std::string, std::size_t> index;
    index.reserve(schema.tables.size());
    for (std::size_t i = 0; i < schema.tables.size(); ++i) {
      index.emplace(folded(schema.tables[i].name), i);
    }
    return index;
  }

  Result<bool> read_tables() {
    return for_each_row(db, kTablesQuery, [&](sqlite3_stmt* row) {
      ir::Table t;
      t.name = text(row, 0);
      by_name.emplace(t.name, schema.tables.size());
      schema.tables.push_back(std::move(t));
      info.push_back(TableInfo{text(row, 1), {}, {}});
    });
  }

  Result<bool> read_columns() {
    return for_each_row(db, kColumnsQuery, [&](sqlite3_stmt* row) {
      ir::Table* t = table(text(row, 0));
      if (t == nullptr) {
        return;
      }
      ir::Column c;
      c.name = text(row, 1);
      c.type = column_type(text(row, 2));
      c.nullable = integer(row, 3) == 0;
      if (!is_null(row, 4)) {
        c.default_value = column_default(text(row, 4), c.type.family);
      }
      if (const std::int64_t pk = integer(row, 5); pk > 0) {
        info[by_name[t->name]].pk.emplace(pk, c.name);
      }
      t->columns.push_back(std::move(c));
    });
  }

  struct PendingIndex {
    std::string table;
    ir::Index index;
    bool has_expression = false;
    bool is_primary_key = false;
  };

  Result<bool> read_indexes() {
    std::vector<PendingIndex> pending;
    Result<bool> ok = for_each_row(db, kIndexesQuery, [&](sqlite3_stmt* row) {
      const std::string table_name = text(row, 0);
      const std::string index_name = text(row, 1);
      if (pending.empty() || pending.back().table != table_name ||
          pending.back().index.name != index_name) {
        PendingIndex p;
        p.table = table_name;
        p.index.name = index_name;
        p.index.kind = integer(row, 2) != 0 ? ir::IndexKind::Unique : ir::IndexKind::Normal;
        p.is_primary_key = text(row, 3) == "pk";
        p.index.where = partial_index_predicate(text(row, 6));
        pending.push_back(std::move(p));
      }
      PendingIndex& p = pending.back();
      if (is_null(row, 4)) {
        p.has_expression = true;  // an expression or rowid column: the IR has no form for it
        return;
      }
      ir::IndexColumn col;
      col.name = text(row, 4);
      col.sort = integer(row, 5) != 0 ? ir::SortOrder::Desc : ir::SortOrder::Asc;
      p.index.columns.push_back(std::move(col));
    });
    if (!ok) {
      return ok;
    }
    for (PendingIndex& p : pending) {
      ir::Table* t = table(p.table);
      if (t == nullptr) {
        continue;
      }
      if (p.is_primary_key) {
        for (const ir::IndexColumn& c : p.index.columns) {
          info[by_name[t->name]].pk_sort[c.name] = c.sort;
        }
      } else if (!p.has_expression) {
        // Prisma's describer also leaves out indexes on expressions.
        t->indexes.push_back(std::move(p.index));
      }
    }
    return true;
  }

  void assemble_primary_keys() {
    for (std::size_t i = 0; i < schema.tables.size(); ++i) {
      ir::Table& t = schema.tables[i];
      const TableInfo& ti = info[i];
      if (ti.pk.empty()) {
        continue;
      }
      ir::PrimaryKey pk;  // unnamed: SQLite keeps no primary key names
      for (const auto& [position, column] : ti.pk) {
        ir::IndexColumn c;
        c.name = column;
        const auto sort = ti.pk_sort.find(column);
        c.sort = sort == ti.pk_sort.end() ? ir::SortOrder::Asc : sort->second;
        pk.columns.push_back(std::move(c));
      }
      if (pk.columns.size() == 1) {
        for (ir::Column& c : t.columns) {
          if (c.name != pk.columns[0].name || !same_identifier(c.type.native, "INTEGER")) {
            continue;
          }
          // An INTEGER PRIMARY KEY is the rowid: never NULL, whatever NOT NULL says (Prisma's
          // describer makes it required too). AUTOINCREMENT can only sit on this column.
          c.nullable = false;
          c.autoincrement = declares_autoincrement(ti.sql);
        }
      }
      t.primary_key = std::move(pk);
    }
  }

  Result<bool> read_foreign_keys() {
    // Rows arrive per table in declaration order (id descending: SQLite numbers a table's
    // foreign keys from the last one declared), columns in `seq` order.
    struct Row {
      std::string table;
      std::int64_t id;
      ir::ForeignKey fk;
      bool implicit_columns = false;  // `REFERENCES t` without columns: t's primary key
    };

    std::vector<Row> rows;
    Result<bool> ok = for_each_row(db, kForeignKeysQuery, [&](sqlite3_stmt* row) {
      const std::string table_name = text(row, 0);
      const std::int64_t id = integer(row, 1);
      if (rows.empty() || rows.back().table != table_name || rows.back().id != id) {
        Row r;
        r.table = table_name;
        r.id = id;
        r.fk.referenced_table = text(row, 3);
        r.fk.on_update = referential_action(text(row, 6));
        r.fk.on_delete = referential_action(text(row, 7));
        rows.push_back(std::move(r));
      }
      Row& r = rows.back();
      r.fk.columns.push_back(text(row, 4));
      if (is_null(row, 5)) {
        r.implicit_columns = true;
      } else {
        r.fk.referenced_columns.push_back(text(row, 5));
      }
    });
    if (!ok) {
      return ok;
    }
    const std::unordered_map<std::string, std::size_t> by_folded_name = tables_by_folded_name();
    std::size_t i = 0;
    while (i < rows.size()) {
      std::size_t end = i;
      while (end < rows.size() && rows[end].table == rows[i].table) {
        ++end;
      }
      ir::Table* t = table(rows[i].table);
      if (t == nullptr) {
        i = end;
        continue;
      }
      const std::vector<std::string> names = foreign_key_names(info[by_name[t->name]].sql);
      // When the text and the pragma disagree on the count (a statement this reader does not
      // understand), names are left empty rather than guessed.
      const bool names_match = names.size() == end - i;
      for (std::size_t k = i; k < end; ++k) {
        ir::ForeignKey fk = std::move(rows[k].fk);
        fk.name = names_match ? names[k - i] : std::string();
        for (std::string& c : fk.columns) {
          c = resolve_column(*t, c);
        }
        const auto found = by_folded_name.find(folded(fk.referenced_table));
        const ir::Table* target =
            found == by_folded_name.end() ? nullptr : &schema.tables[found->second];
        if (target != nullptr) {
          fk.referenced_table = target->name;
          if (rows[k].implicit_columns) {
            fk.referenced_columns.clear();
            if (target->primary_key) {
              for (const ir::IndexColumn& c : target->primary_key->columns) {
                fk.referenced_columns.push_back(c.name);
              }
            }
          }
          for (std::string& c : fk.referenced_columns) {
            c = resolve_column(*target, c);
          }
        }
        t->foreign_keys.push_back(std::move(fk));
      }
      i = end;
    }
    return true;
  }
};

}  // namespace

Result<ir::Schema> introspect(Connection& db) {
  Reader r{db.handle(), {}, {}, {}};
  r.schema.dialect = ir::Dialect::Sqlite;
  for (Result<bool> (Reader::*step)() :
       {&Reader::read_tables, &Reader::read_columns, &Reader::read_indexes}) {
    if (Result<bool> ok = (r.*step)(); !ok) {
      return ok.error();
    }
  }
  r.assemble_primary_keys();
  if (Result<bool> ok = r.read_foreign_keys(); !ok) {
    return ok.error();
  }
  // Check constraints stay out: Prisma neither writes nor models them on SQLite.
  return std::move(r.schema);
}

namespace {

// The schema's tables, in creation order (a rebuilt table moves to the end, as in the
// database). Left out, as Prisma's describer leaves them out (is_table_ignored in
// sql-schema-describer/src/sqlite.rs): SQLite's own (sqlite_sequence, sqlite_stat1, …),
// Cloudflare D1's (_cf_KV, _cf_METADATA, d1_migrations), and Prisma's migration log.
#define SCHEMAC_USER_TABLES                                                                \
  "WITH t AS (SELECT rowid AS tid, name, sql FROM sqlite_schema WHERE type = 'table' AND " \
  "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' AND name NOT GLOB '_cf_[A-Z]*' AND "             \
  "name NOT IN ('d1_migrations', '_prisma_migrations')) "

// Table name and CREATE TABLE text.
const char* const kTablesQuery = SCHEMAC_USER_TABLES "SELECT name, sql FROM t ORDER BY tid";

// Every column of every table, in declaration order: name, declared type, NOT NULL, default
// text, position in the primary key (0: none).
const char* const kColumnsQuery = SCHEMAC_USER_TABLES
    "SELECT t.name, c.name, c.type, c.\"notnull\", c.dflt_value, c.pk "
    "FROM t JOIN pragma_table_info(t.name) AS c ORDER BY t.tid, c.cid";

// The key columns of every CREATE INDEX index and of every primary key's automatic index (for
// its sort orders), indexes in creation order: table, index, unique, origin, column (NULL for an
// expression), descending, the CREATE INDEX text (for a partial index's WHERE).
const char* const kIndexesQuery = SCHEMAC_USER_TABLES
    "SELECT t.name, l.name, l.\"unique\", l.origin, x.name, x.\"desc\", i.sql "
    "FROM t JOIN pragma_index_list(t.name) AS l JOIN pragma_index_xinfo(l.name) AS x "
    "LEFT JOIN sqlite_schema AS i ON i.type = 'index' AND i.name = l.name "
    "WHERE l.origin IN ('c', 'pk') AND x.key = 1 ORDER BY t.tid, i.rowid, l.name, x.seqno";

// Every foreign key column: table, key id, position, referenced table, column, referenced column
// (NULL for `REFERENCES t` alone), ON UPDATE and ON DELETE actions.
const char* const kForeignKeysQuery = SCHEMAC_USER_TABLES
    "SELECT t.name, f.id, f.seq, f.\"table\", f.\"from\", f.\"to\", f.on_update, f.on_delete "
    "FROM t JOIN pragma_foreign_key_list(t.name) AS f ORDER BY t.tid, f.id DESC, f.seq";

#undef SCHEMAC_USER_TABLES

}  // namespace

}  // namespace schemac::backends::sqlite
