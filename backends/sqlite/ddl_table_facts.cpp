// What SQLite's pragmas report for a table a CREATE TABLE text declares (see ddl_table.hpp):
// which columns table_info shows and with what NOT NULL, where the primary key's automatic index
// exists, after SQLite 3.40's build.c (sqlite3AddPrimaryKey, sqlite3EndTable,
// convertToWithoutRowidTable).
#include <algorithm>
#include <iterator>

#include "backends/sqlite/ddl_cursor.hpp"
#include "backends/sqlite/ddl_table.hpp"

namespace schemac::backends::sqlite {

std::optional<std::size_t> TableDecl::find_column(std::string_view name) const {
  for (std::size_t i = 0; i < columns.size(); ++i) {
    if (same_name(columns[i].name, name)) {
      return i;
    }
  }
  return std::nullopt;
}

Result<TableFacts> table_facts(const TableDecl& decl, const std::string& name, std::string sql) {
  const std::vector<KeyColumnDecl>& pk = decl.primary_key;
  for (std::size_t i = 0; i < pk.size(); ++i) {
    for (std::size_t j = 0; j < i; ++j) {
      if (pk[i].column == pk[j].column) {
        return Error{"a column twice in the primary key"};
      }
    }
    if (decl.columns[pk[i].column].generated) {
      return Error{"a generated column in the primary key"};
    }
  }
  // A single INTEGER column is the rowid (sqlite3AddPrimaryKey), unless the table has none or
  // the column's own `PRIMARY KEY DESC` says otherwise (a table-level `PRIMARY KEY (id DESC)`
  // still makes the rowid: a documented quirk, lang_createtable.html#rowid).
  const bool is_rowid = !decl.without_rowid && pk.size() == 1 &&
                        decl.columns[pk[0].column].type == "INTEGER" &&
                        !(decl.primary_key_on_column && pk[0].descending);
  if (!pk.empty() && !is_rowid) {
    // SQLite keeps one automatic index for a UNIQUE constraint and a primary key on the same
    // columns, with whichever sort orders came first (sqlite3CreateIndex); not worth modelling.
    for (const std::vector<std::size_t>& unique : decl.unique_constraints) {
      if (std::equal(unique.begin(), unique.end(), pk.begin(), pk.end(),
                     [](std::size_t u, const KeyColumnDecl& k) { return u == k.column; })) {
        return Error{"a UNIQUE constraint on the primary key's columns"};
      }
    }
  }
  TableFacts out;
  out.name = name;
  out.sql = std::move(sql);
  for (std::size_t i = 0; i < decl.columns.size(); ++i) {
    const ColumnDecl& c = decl.columns[i];
    if (c.generated) {
      continue;  // PRAGMA table_info hides generated columns (table_xinfo shows them)
    }
    ColumnFacts f;
    f.name = c.name;
    f.type = c.type;
    f.default_text = c.default_text;
    const auto in_pk =
        std::find_if(pk.begin(), pk.end(), [&](const KeyColumnDecl& k) { return k.column == i; });
    f.pk = in_pk == pk.end() ? 0 : std::distance(pk.begin(), in_pk) + 1;
    // A WITHOUT ROWID table's key columns are NOT NULL (convertToWithoutRowidTable), and so are
    // a STRICT table's, but for the rowid (sqlite3EndTable).
    const bool key_not_null = f.pk > 0 && (decl.without_rowid || (decl.strict && !is_rowid));
    f.not_null = c.not_null || key_not_null;
    out.columns.push_back(std::move(f));
  }
  if (!pk.empty() && !is_rowid) {
    IndexFacts index;
    index.unique = true;
    index.primary_key = true;
    for (const KeyColumnDecl& k : pk) {
      index.keys.push_back({decl.columns[k.column].name, k.descending});
    }
    out.indexes.push_back(std::move(index));
  }
  out.foreign_keys = decl.foreign_keys;
  return out;
}

}  // namespace schemac::backends::sqlite
