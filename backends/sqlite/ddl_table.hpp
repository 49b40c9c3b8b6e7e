// A CREATE TABLE text as SQLite reads it (for ddl_reader.cpp): every column with its declared
// type, NOT NULL, DEFAULT text and whether it is generated; the primary key; UNIQUE constraints;
// foreign keys; WITHOUT ROWID and STRICT.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "backends/sqlite/table_facts.hpp"
#include "support/result.hpp"

namespace schemac::backends::sqlite {

struct ColumnDecl {
  std::string name;       // dequoted
  std::string type;       // as PRAGMA table_info reports it (standard type names upper-cased)
  bool not_null = false;  // declared NOT NULL
  std::optional<std::string> default_text;  // as PRAGMA table_info's dflt_value
  bool generated = false;                   // GENERATED ALWAYS AS / AS: hidden from table_info
};

struct KeyColumnDecl {
  std::size_t column = 0;  // position in TableDecl::columns
  bool descending = false;
};

struct TableDecl {
  std::vector<ColumnDecl> columns;  // all of them, generated ones included
  std::vector<KeyColumnDecl> primary_key;
  bool primary_key_on_column = false;                        // `PRIMARY KEY` in a column definition
  std::vector<std::vector<std::size_t>> unique_constraints;  // column positions
  std::vector<ForeignKeyFacts> foreign_keys;                 // declaration order
  bool without_rowid = false;
  bool strict = false;

  // The column SQLite resolves `name` to (ASCII case-insensitive), if any.
  [[nodiscard]] std::optional<std::size_t> find_column(std::string_view name) const;
};

// The table a CREATE TABLE text declares; an Error (one line) for anything this parser does not
// fully understand, including a CREATE VIRTUAL TABLE. O(n) in the text's bytes.
[[nodiscard]] Result<TableDecl> parse_create_table(std::string_view sql);

// What SQLite's pragmas report for the table `decl` declares (name and sql as given): the
// visible columns with NOT NULL as SQLite enforces it and their primary key positions, the
// primary key's automatic index unless the key is the rowid, and the foreign keys. An Error
// for a primary key whose automatic index SQLite may merge with a UNIQUE constraint's.
[[nodiscard]] Result<TableFacts> table_facts(const TableDecl& decl, const std::string& name,
                                             std::string sql);

}  // namespace schemac::backends::sqlite
