// Reading a live SQLite database into the IR (see introspect.hpp): the table facts from the
// CREATE texts (ddl_reader.hpp) or from SQLite's pragmas (pragma_reader.hpp), then the IR built
// from those facts alone, plus the CREATE texts for what the pragmas do not say (foreign key
// names, AUTOINCREMENT, partial index predicates).
#include "backends/sqlite/introspect.hpp"

#include <cstdint>
#include <map>
#include <string>
#include <unordered_map>
#include <vector>

#include "backends/sqlite/ddl_reader.hpp"
#include "backends/sqlite/introspect_defaults.hpp"
#include "backends/sqlite/introspect_tokens.hpp"
#include "backends/sqlite/pragma_reader.hpp"
#include "backends/sqlite/query_rows.hpp"

namespace schemac::backends::sqlite {

namespace {

extern const char* const kSchemaQuery;

// SQLite compares identifiers case-insensitively in ASCII.
char folded(char c) { return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c; }

// `name` in ASCII lower case: the key under which same_name() names are equal.
std::string folded(std::string_view name) {
  std::string key(name);
  for (char& c : key) {
    c = folded(c);
  }
  return key;
}

// The column of `table` SQLite would resolve `name` to, by its declared spelling; `name` itself
// when there is none.
std::string resolve_column(const ir::Table& table, const std::string& name) {
  for (const ir::Column& c : table.columns) {
    if (same_name(c.name, name)) {
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

ir::Table table_of(const TableFacts& facts) {
  ir::Table t;
  t.name = facts.name;
  for (const ColumnFacts& f : facts.columns) {
    ir::Column c;
    c.name = f.name;
    c.type = column_type(f.type);
    c.nullable = !f.not_null;
    if (f.default_text) {
      c.default_value = column_default(*f.default_text, c.type.family);
    }
    t.columns.push_back(std::move(c));
  }
  for (const IndexFacts& f : facts.indexes) {
    if (f.primary_key) {
      continue;
    }
    ir::Index index;
    index.name = f.name;
    index.kind = f.unique ? ir::IndexKind::Unique : ir::IndexKind::Normal;
    index.where = partial_index_predicate(f.sql);
    bool has_expression = false;
    for (const IndexKeyFacts& k : f.keys) {
      if (!k.column) {
        has_expression = true;  // an expression or rowid column: the IR has no form for it
        break;
      }
      ir::IndexColumn col;
      col.name = *k.column;
      col.sort = k.descending ? ir::SortOrder::Desc : ir::SortOrder::Asc;
      index.columns.push_back(std::move(col));
    }
    if (!has_expression) {
      // Prisma's describer also leaves out indexes on expressions.
      t.indexes.push_back(std::move(index));
    }
  }
  return t;
}

void add_primary_key(const TableFacts& facts, ir::Table& t) {
  std::map<std::int64_t, std::string> positions;  // table_info `pk` position → column
  for (const ColumnFacts& c : facts.columns) {
    if (c.pk > 0) {
      positions.emplace(c.pk, c.name);
    }
  }
  if (positions.empty()) {
    return;
  }
  std::map<std::string, ir::SortOrder> sorts;  // from the primary key's automatic index
  for (const IndexFacts& f : facts.indexes) {
    if (!f.primary_key) {
      continue;
    }
    for (const IndexKeyFacts& k : f.keys) {
      if (k.column) {
        sorts[*k.column] = k.descending ? ir::SortOrder::Desc : ir::SortOrder::Asc;
      }
    }
  }
  ir::PrimaryKey pk;  // unnamed: SQLite keeps no primary key names
  for (const auto& [position, column] : positions) {
    ir::IndexColumn c;
    c.name = column;
    const auto sort = sorts.find(column);
    c.sort = sort == sorts.end() ? ir::SortOrder::Asc : sort->second;
    pk.columns.push_back(std::move(c));
  }
  if (pk.columns.size() == 1) {
    for (ir::Column& c : t.columns) {
      if (c.name != pk.columns[0].name || !same_name(c.type.native, "INTEGER")) {
        continue;
      }
      // An INTEGER PRIMARY KEY is the rowid: never NULL, whatever NOT NULL says (Prisma's
      // describer makes it required too). AUTOINCREMENT can only sit on this column.
      c.nullable = false;
      c.autoincrement = declares_autoincrement(facts.sql);
    }
  }
  t.primary_key = std::move(pk);
}

// Table positions by ASCII-folded name, the first table of each spelling winning, so that a
// foreign key's target (which SQLite resolves case-insensitively) is found in O(1): a scan
// per foreign key was quadratic, 0.3 s of 3.4 s at 11,000 tables.
std::unordered_map<std::string, std::size_t> tables_by_folded_name(const ir::Schema& schema) {
  std::unordered_map<std::string, std::size_t> index;
  index.reserve(schema.tables.size());
  for (std::size_t i = 0; i < schema.tables.size(); ++i) {
    index.emplace(folded(schema.tables[i].name), i);
  }
  return index;
}

// The foreign keys of every table, once every table has its columns and primary key (a
// `REFERENCES t` without columns means t's primary key).
void add_foreign_keys(const std::vector<TableFacts>& facts, ir::Schema& schema) {
  const std::unordered_map<std::string, std::size_t> by_folded_name = tables_by_folded_name(schema);
  for (std::size_t i = 0; i < facts.size(); ++i) {
    ir::Table& t = schema.tables[i];
    if (facts[i].foreign_keys.empty()) {
      continue;
    }
    const std::vector<std::string> names = foreign_key_names(facts[i].sql);
    // When the text and the pragma disagree on the count (a statement this reader does not
    // understand), names are left empty rather than guessed.
    const bool names_match = names.size() == facts[i].foreign_keys.size();
    for (std::size_t k = 0; k < facts[i].foreign_keys.size(); ++k) {
      const ForeignKeyFacts& f = facts[i].foreign_keys[k];
      ir::ForeignKey fk;
      fk.name = names_match ? names[k] : std::string();
      fk.referenced_table = f.referenced_table;
      fk.on_update = referential_action(f.on_update);
      fk.on_delete = referential_action(f.on_delete);
      bool implicit_columns = false;  // `REFERENCES t` without columns: t's primary key
      for (std::size_t c = 0; c < f.columns.size(); ++c) {
        fk.columns.push_back(resolve_column(t, f.columns[c]));
        if (c < f.referenced_columns.size() && f.referenced_columns[c]) {
          fk.referenced_columns.push_back(*f.referenced_columns[c]);
        } else {
          implicit_columns = true;
        }
      }
      const auto found = by_folded_name.find(folded(fk.referenced_table));
      const ir::Table* target =
          found == by_folded_name.end() ? nullptr : &schema.tables[found->second];
      if (target != nullptr) {
        fk.referenced_table = target->name;
        if (implicit_columns) {
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
      t.foreign_keys.push_back(std::move(fk));
    }
  }
}

ir::Schema schema_of(const std::vector<TableFacts>& facts) {
  ir::Schema schema;
  schema.dialect = ir::Dialect::Sqlite;
  schema.tables.reserve(facts.size());
  for (const TableFacts& f : facts) {
    schema.tables.push_back(table_of(f));
    add_primary_key(f, schema.tables.back());
  }
  add_foreign_keys(facts, schema);
  // Check constraints stay out: Prisma neither writes nor models them on SQLite.
  return schema;
}

Result<std::vector<SchemaObject>> read_schema_objects(sqlite3* db) {
  std::vector<SchemaObject> objects;
  Result<bool> ok = for_each_row(db, kSchemaQuery, [&](sqlite3_stmt* row) {
    objects.push_back(SchemaObject{column_text(row, 0), column_text(row, 1), column_text(row, 2),
                                   column_text(row, 3)});
  });
  if (!ok) {
    return ok.error();
  }
  return objects;
}

}  // namespace

Result<Introspection> introspect(Connection& db, const IntrospectOptions& options) {
  Introspection out;
  if (options.source == FactSource::Automatic) {
    Result<std::vector<SchemaObject>> objects = read_schema_objects(db.handle());
    if (!objects) {
      return objects.error();
    }
    // Moved: the objects' texts move into the facts, the rest is freed before the IR is built.
    Result<std::vector<TableFacts>> facts = read_facts_from_ddl(std::move(objects.value()));
    if (facts) {
      out.schema = schema_of(facts.value());
      return out;
    }
    out.why_pragmas = facts.error().message;
  }
  Result<std::vector<TableFacts>> facts = read_facts_with_pragmas(db.handle());
  if (!facts) {
    return facts.error();
  }
  out.schema = schema_of(facts.value());
  out.used_pragmas = true;
  return out;
}

Result<ir::Schema> introspect(Connection& db) {
  Result<Introspection> got = introspect(db, IntrospectOptions{});
  if (!got) {
    return got.error();
  }
  return std::move(got.value().schema);
}

namespace {

// Every schema object in creation order (rowid), with its CREATE text: one scan of
// sqlite_schema, no name looked up.
const char* const kSchemaQuery =
    "SELECT type, name, tbl_name, sql FROM sqlite_schema ORDER BY rowid";

}  // namespace

}  // namespace schemac::backends::sqlite
