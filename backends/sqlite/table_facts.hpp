// What SQLite's pragmas say about one table, before it becomes IR: the rows of PRAGMA
// table_info, index_list + index_xinfo and foreign_key_list, gathered per table. Both readers
// (pragma_reader.hpp, which asks SQLite, and ddl_reader.hpp, which reads the CREATE texts)
// produce these, and introspect.cpp builds the IR from them alone, so the two readers can only
// differ in what they report, never in how it is interpreted.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace schemac::backends::sqlite {

// One row of PRAGMA table_info (generated and hidden columns are not reported).
struct ColumnFacts {
  std::string name;                         // as declared (dequoted)
  std::string type;                         // `type`: the declared type as SQLite reports it
  bool not_null = false;                    // `notnull`
  std::optional<std::string> default_text;  // `dflt_value`; nullopt for no DEFAULT
  std::int64_t pk = 0;                      // `pk`: 1-based position in the primary key, 0: none

  bool operator==(const ColumnFacts&) const = default;
};

// One key column of an index (PRAGMA index_xinfo rows with key = 1).
struct IndexKeyFacts {
  std::optional<std::string> column;  // the table's spelling; nullopt for an expression or rowid
  bool descending = false;

  bool operator==(const IndexKeyFacts&) const = default;
};

// An index of PRAGMA index_list with origin `c` (CREATE INDEX) or `pk` (the primary key's
// automatic index); `u` (UNIQUE constraints) are never reported.
struct IndexFacts {
  std::string name;
  bool unique = false;
  bool primary_key = false;  // origin `pk`
  std::vector<IndexKeyFacts> keys;
  std::string sql;  // the CREATE INDEX text ("" for an automatic index)

  bool operator==(const IndexFacts&) const = default;
};

// One foreign key of PRAGMA foreign_key_list, its rows (one per column) merged.
struct ForeignKeyFacts {
  std::string referenced_table;      // `table`, as written in REFERENCES (dequoted)
  std::vector<std::string> columns;  // `from`: the table's spelling
  // `to`, as written; nullopt for `REFERENCES t` without columns (then t's primary key).
  std::vector<std::optional<std::string>> referenced_columns;
  std::string on_update = "NO ACTION";  // SQLite's names: CASCADE, SET NULL, …
  std::string on_delete = "NO ACTION";

  bool operator==(const ForeignKeyFacts&) const = default;
};

struct TableFacts {
  std::string name;
  std::string sql;                   // the CREATE TABLE text
  std::vector<ColumnFacts> columns;  // declaration order
  // CREATE INDEX indexes in creation order (sqlite_schema rowid), and the primary key's
  // automatic index wherever it falls.
  std::vector<IndexFacts> indexes;
  std::vector<ForeignKeyFacts> foreign_keys;  // declaration order

  bool operator==(const TableFacts&) const = default;
};

}  // namespace schemac::backends::sqlite
