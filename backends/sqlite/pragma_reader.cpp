// Table facts from SQLite's pragmas (see pragma_reader.hpp): four set-based queries over
// sqlite_schema and the pragma table-valued functions.
#include "backends/sqlite/pragma_reader.hpp"

#include <cstdint>
#include <map>
#include <string>

#include "backends/sqlite/query_rows.hpp"

namespace schemac::backends::sqlite {

namespace {

extern const char* const kTablesQuery;
extern const char* const kColumnsQuery;
extern const char* const kIndexesQuery;
extern const char* const kForeignKeysQuery;

struct Reader {
  sqlite3* db;
  std::vector<TableFacts> tables;
  std::map<std::string, std::size_t> by_name;  // exact table name → position

  TableFacts* table(const std::string& name) {
    const auto it = by_name.find(name);
    return it == by_name.end() ? nullptr : &tables[it->second];
  }

  Result<bool> read_tables() {
    return for_each_row(db, kTablesQuery, [&](sqlite3_stmt* row) {
      TableFacts t;
      t.name = column_text(row, 0);
      t.sql = column_text(row, 1);
      by_name.emplace(t.name, tables.size());
      tables.push_back(std::move(t));
    });
  }

  Result<bool> read_columns() {
    return for_each_row(db, kColumnsQuery, [&](sqlite3_stmt* row) {
      TableFacts* t = table(column_text(row, 0));
      if (t == nullptr) {
        return;
      }
      ColumnFacts c;
      c.name = column_text(row, 1);
      c.type = column_text(row, 2);
      c.not_null = column_integer(row, 3) != 0;
      if (!column_is_null(row, 4)) {
        c.default_text = column_text(row, 4);
      }
      c.pk = column_integer(row, 5);
      t->columns.push_back(std::move(c));
    });
  }

  Result<bool> read_indexes() {
    // Rows arrive per table and index, key columns in order.
    TableFacts* last_table = nullptr;
    return for_each_row(db, kIndexesQuery, [&](sqlite3_stmt* row) {
      TableFacts* t = table(column_text(row, 0));
      if (t == nullptr) {
        return;
      }
      const std::string index_name = column_text(row, 1);
      if (t != last_table || t->indexes.empty() || t->indexes.back().name != index_name) {
        IndexFacts index;
        index.name = index_name;
        index.unique = column_integer(row, 2) != 0;
        index.primary_key = column_text(row, 3) == "pk";
        index.sql = column_text(row, 6);
        t->indexes.push_back(std::move(index));
        last_table = t;
      }
      IndexKeyFacts key;
      if (!column_is_null(row, 4)) {
        key.column = column_text(row, 4);
      }
      key.descending = column_integer(row, 5) != 0;
      t->indexes.back().keys.push_back(std::move(key));
    });
  }

  Result<bool> read_foreign_keys() {
    // Rows arrive per table in declaration order (id descending: SQLite numbers a table's
    // foreign keys from the last one declared), columns in `seq` order.
    TableFacts* last_table = nullptr;
    std::int64_t last_id = -1;
    return for_each_row(db, kForeignKeysQuery, [&](sqlite3_stmt* row) {
      TableFacts* t = table(column_text(row, 0));
      if (t == nullptr) {
        return;
      }
      const std::int64_t id = column_integer(row, 1);
      if (t != last_table || id != last_id || t->foreign_keys.empty()) {
        ForeignKeyFacts fk;
        fk.referenced_table = column_text(row, 3);
        fk.on_update = column_text(row, 6);
        fk.on_delete = column_text(row, 7);
        t->foreign_keys.push_back(std::move(fk));
        last_table = t;
        last_id = id;
      }
      ForeignKeyFacts& fk = t->foreign_keys.back();
      fk.columns.push_back(column_text(row, 4));
      if (column_is_null(row, 5)) {
        fk.referenced_columns.emplace_back(std::nullopt);
      } else {
        fk.referenced_columns.emplace_back(column_text(row, 5));
      }
    });
  }
};

}  // namespace

Result<std::vector<TableFacts>> read_facts_with_pragmas(sqlite3* db) {
  Reader r{db, {}, {}};
  for (Result<bool> (Reader::*step)() : {&Reader::read_tables, &Reader::read_columns,
                                         &Reader::read_indexes, &Reader::read_foreign_keys}) {
    if (Result<bool> ok = (r.*step)(); !ok) {
      return ok.error();
    }
  }
  return std::move(r.tables);
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
