// Reading a live PostgreSQL database into the IR (see introspect.hpp): six set-based catalog
// queries in one read-only transaction, rows grouped by table oid in creation order.
#include "backends/postgres/introspect.hpp"

#include <algorithm>
#include <functional>
#include <map>
#include <utility>

#include <fmt/format.h>

#include "backends/postgres/introspect_defaults.hpp"
#include "backends/postgres/introspect_types.hpp"

namespace schemac::backends::postgres {

namespace {

extern const char* const kSessionQuery;
extern const char* const kTablesQuery;
extern const char* const kEnumsQuery;
extern const char* const kColumnsQuery;
extern const char* const kIndexesQuery;
extern const char* const kForeignKeysQuery;
extern const char* const kChecksQuery;

using Row = std::vector<std::optional<std::string>>;

const std::string& text(const Row& row, std::size_t i) {
  static const std::string empty;
  return row[i] ? *row[i] : empty;
}

bool is_true(const Row& row, std::size_t i) {
  return text(row, i) == "t";
}

int integer(const Row& row, std::size_t i) {
  return row[i] ? std::stoi(*row[i]) : 0;
}

// `{"a","b"}`: a text[] parameter (array_in syntax, every element quoted).
std::string text_array(const std::vector<std::string>& items) {
  std::string out = "{";
  for (std::size_t i = 0; i < items.size(); ++i) {
    out += i == 0 ? "\"" : ",\"";
    for (const char c : items[i]) {
      if (c == '"' || c == '\\') {
        out += '\\';
      }
      out += c;
    }
    out += '"';
  }
  return out + "}";
}

ir::ReferentialAction referential_action(std::string_view code) {
  // pg_constraint.confdeltype / confupdtype.
  if (code == "r") {
    return ir::ReferentialAction::Restrict;
  }
  if (code == "c") {
    return ir::ReferentialAction::Cascade;
  }
  if (code == "n") {
    return ir::ReferentialAction::SetNull;
  }
  if (code == "d") {
    return ir::ReferentialAction::SetDefault;
  }
  return ir::ReferentialAction::NoAction;  // "a"
}

ir::IndexAlgorithm index_algorithm(std::string_view am) {
  if (am == "hash") {
    return ir::IndexAlgorithm::Hash;
  }
  if (am == "gist") {
    return ir::IndexAlgorithm::Gist;
  }
  if (am == "gin") {
    return ir::IndexAlgorithm::Gin;
  }
  if (am == "spgist") {
    return ir::IndexAlgorithm::SpGist;
  }
  if (am == "brin") {
    return ir::IndexAlgorithm::Brin;
  }
  return ir::IndexAlgorithm::BTree;
}

// `(expr)` → `expr`, when the outer parentheses enclose the whole text: PostgreSQL prints a
// partial index's predicate and a CHECK's expression parenthesised, lowering stores the
// `where:` text as written.
std::string strip_parentheses(std::string s) {
  if (s.size() < 2 || s.front() != '(' || s.back() != ')') {
    return s;
  }
  int depth = 0;
  char quote = '\0';  // inside '…' or "…" (doubled quotes toggle twice)
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char c = s[i];
    if (quote != '\0') {
      quote = c == quote ? '\0' : quote;
    } else if (c == '\'' || c == '"') {
      quote = c;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')' && --depth == 0 && i + 1 != s.size()) {
      return s;  // `(a) AND (b)`
    }
  }
  return s.substr(1, s.size() - 2);
}

class Reader {
 public:
  Reader(Connection& db, const std::vector<std::string>& namespaces, bool qualify)
      : db_(db), namespaces_(namespaces), qualify_(qualify), param_{text_array(namespaces)} {
    schema_.dialect = ir::Dialect::Postgres;
  }

  Result<ir::Schema> run() {
    if (auto begun = db_.query("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !begun) {
      return fail(begun.error());
    }
    Result<bool> ok = read_all();
    if (auto ended = db_.query(ok ? "COMMIT" : "ROLLBACK"); !ended && ok) {
      return fail(ended.error());
    }
    if (!ok) {
      return ok.error();
    }
    schema_.namespaces = namespaces_in_use();
    return std::move(schema_);
  }

 private:
  static Error fail(const Error& e) {
    return Error{fmt::format("cannot read the database schema: {}", e.message)};
  }

  Result<bool> each_row(const char* sql, const std::vector<std::string>& params,
                        const std::function<void(const Row&)>& f) {
    auto rows = db_.query(sql, params);
    if (!rows) {
      return fail(rows.error());
    }
    for (const Row& row : rows.value().values) {
      f(row);
    }
    return true;
  }

  Result<bool> read_all() {
    // search_path: types and names print as Prisma's connection (search_path = `?schema=`)
    // sees them; TimeZone and DateStyle: date-time defaults print in one known form.
    if (auto r = db_.query(kSessionQuery, {namespaces_.front()}); !r) {
      return fail(r.error());
    }
    using Step = Result<bool> (Reader::*)();
    for (Step step : {&Reader::read_tables, &Reader::read_enums, &Reader::read_columns,
                      &Reader::read_indexes, &Reader::read_foreign_keys, &Reader::read_checks}) {
      if (Result<bool> ok = (this->*step)(); !ok) {
        return ok;
      }
    }
    return true;
  }

  // "" for the connection's own namespace when reading one, as lowering writes a schema
  // without `@@schema`; the namespace's name otherwise, and always for a multi-schema read.
  std::string label(const std::string& ns) const {
    return !qualify_ && ns == namespaces_.front() ? std::string() : ns;
  }

  ir::Table* table(const std::string& oid) {
    const auto it = by_oid_.find(oid);
    return it == by_oid_.end() ? nullptr : &schema_.tables[it->second];
  }

  Result<bool> read_tables() {
    return each_row(kTablesQuery, {param_}, [&](const Row& row) {
      ir::Table t;
      t.schema_name = label(text(row, 1));
      t.name = text(row, 2);
      by_oid_.emplace(text(row, 0), schema_.tables.size());
      schema_.tables.push_back(std::move(t));
    });
  }

  Result<bool> read_enums() {
    return each_row(kEnumsQuery, {param_}, [&](const Row& row) {
      if (schema_.enums.empty() || last_enum_oid_ != text(row, 0)) {
        last_enum_oid_ = text(row, 0);
        schema_.enums.push_back({text(row, 2), label(text(row, 1)), {}});
      }
      if (row[3]) {
        schema_.enums.back().values.push_back(*row[3]);
      }
    });
  }

  Result<bool> read_columns() {
    return each_row(kColumnsQuery, {param_}, [&](const Row& row) {
      ir::Table* t = table(text(row, 0));
      if (t == nullptr) {
        return;
      }
      ir::Column c;
      c.name = text(row, 1);
      CatalogType type{text(row, 2),    text(row, 3), text(row, 4).empty() ? 'b' : text(row, 4)[0],
                       integer(row, 5), text(row, 6), is_true(row, 7)};
      c.type = column_type(type);
      if (c.type.family == ir::TypeFamily::Enum) {
        c.type.enum_schema = label(type.namespace_);
      }
      // Prisma reads an array column as a list whatever its NOT NULL (sql-schema-describer:
      // a list's arity is List, neither Required nor Nullable), so a hand-written
      // `TEXT[] NOT NULL` is what `String[]` lowers to; formbricks's oauth tables have them.
      c.nullable = c.type.is_array || !is_true(row, 8);
      const std::string& identity = text(row, 9);
      const std::string& generated = text(row, 10);
      if (!identity.empty()) {
        c.autoincrement = true;  // GENERATED … AS IDENTITY: Prisma's describer says the same
      } else if (row[11] && generated.empty()) {
        // A generated column's expression is no default; the IR has no form for it.
        ColumnDefault d = column_default(*row[11], c.type);
        c.autoincrement = d.sequence;
        c.default_value = std::move(d.value);
      }
      t->columns.push_back(std::move(c));
    });
  }

  Result<bool> read_indexes() {
    std::string current;  // index oid
    bool primary = false;
    ir::Index index;
    std::string table_oid;
    const auto flush = [&] {
      ir::Table* t = table(table_oid);
      if (current.empty() || t == nullptr) {
        return;
      }
      if (primary) {
        t->primary_key = ir::PrimaryKey{index.name, std::move(index.columns)};
      } else {
        t->indexes.push_back(std::move(index));
      }
    };
    Result<bool> ok = each_row(kIndexesQuery, {param_}, [&](const Row& row) {
      if (text(row, 1) != current) {
        flush();
        current = text(row, 1);
        table_oid = text(row, 0);
        index = ir::Index{};
        index.name = text(row, 2);
        index.kind = is_true(row, 3) ? ir::IndexKind::Unique : ir::IndexKind::Normal;
        primary = is_true(row, 4);
        index.algorithm = index_algorithm(text(row, 5));
        index.where = row[6] ? strip_parentheses(*row[6]) : std::string();
      }
      ir::IndexColumn col;
      if (row[7]) {
        col.name = *row[7];
      } else {
        // An expression (Prisma's describer leaves such indexes out): carried as the
        // database prints it, so a diff can keep the index and a script recreate it.
        col.name = text(row, 11);
        col.expression = true;
      }
      col.sort = (integer(row, 8) & 1) != 0 ? ir::SortOrder::Desc : ir::SortOrder::Asc;
      if (row[9] && !is_true(row, 10)) {
        col.operator_class = *row[9];
      }
      index.columns.push_back(std::move(col));
    });
    if (!ok) {
      return ok;
    }
    flush();
    return true;
  }

  Result<bool> read_foreign_keys() {
    std::string current;
    return each_row(kForeignKeysQuery, {param_}, [&](const Row& row) {
      ir::Table* t = table(text(row, 0));
      if (t == nullptr) {
        return;
      }
      if (text(row, 1) != current) {
        current = text(row, 1);
        ir::ForeignKey fk;
        fk.name = text(row, 2);
        fk.referenced_schema = label(text(row, 3));
        fk.referenced_table = text(row, 4);
        fk.on_delete = referential_action(text(row, 5));
        fk.on_update = referential_action(text(row, 6));
        t->foreign_keys.push_back(std::move(fk));
      }
      t->foreign_keys.back().columns.push_back(text(row, 7));
      t->foreign_keys.back().referenced_columns.push_back(text(row, 8));
    });
  }

  Result<bool> read_checks() {
    return each_row(kChecksQuery, {param_}, [&](const Row& row) {
      if (ir::Table* t = table(text(row, 0))) {
        std::string def = text(row, 2);
        if (def.rfind("CHECK ", 0) == 0) {
          def = strip_parentheses(def.substr(6));
        }
        t->checks.push_back({text(row, 1), std::move(def)});
      }
    });
  }

  // As lowering fills Schema::namespaces: the namespaces holding a table or an enum, sorted,
  // the default one named `public` (frontend/lower/lower.cpp `namespaces`).
  std::vector<std::string> namespaces_in_use() const {
    std::vector<std::string> out;
    const auto add = [&](const std::string& ns) { out.push_back(ns.empty() ? "public" : ns); };
    for (const ir::Table& t : schema_.tables) {
      add(t.schema_name);
    }
    for (const ir::Enum& e : schema_.enums) {
      add(e.schema_name);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
  }

  Connection& db_;
  const std::vector<std::string>& namespaces_;
  bool qualify_;  // a multi-schema datasource: every object names its namespace
  std::string param_;
  ir::Schema schema_;
  std::map<std::string, std::size_t> by_oid_;  // table oid → position in schema_.tables
  std::string last_enum_oid_;
};

}  // namespace

Result<ir::Schema> introspect(Connection& db, const std::vector<std::string>& namespaces) {
  if (namespaces.empty()) {
    return Error{"cannot read the database schema: no namespace to read"};
  }
  return Reader(db, namespaces, true).run();
}

Result<ir::Schema> introspect(Connection& db, const std::string& schema_name) {
  const std::vector<std::string> namespaces{schema_name};
  return Reader(db, namespaces, false).run();
}

Result<ir::Schema> introspect_url(std::string_view url) {
  auto parsed = parse_url(url);
  if (!parsed) {
    return parsed.error();
  }
  auto conn = Connection::open(parsed.value());
  if (!conn) {
    return conn.error();
  }
  return introspect(conn.value(), parsed.value().schema);
}

namespace {

// Session settings, local to the transaction: $1 is the search path (Prisma sets it to the
// URL's `?schema=`), date-times print in ISO form and UTC.
const char* const kSessionQuery =
    "SELECT set_config('search_path', quote_ident($1), true), "
    "set_config('TimeZone', 'UTC', true), set_config('DateStyle', 'ISO', true)";

// The tables of the namespaces $1 (text[]): ordinary and partitioned, not partitions (their
// parent stands for them) and not Prisma's migration log. Creation order: oid.
#define SCHEMAC_TABLES                                                                \
  "WITH t AS (SELECT c.oid, n.nspname, c.relname FROM pg_class c "                    \
  "JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = ANY ($1::text[]) " \
  "AND c.relkind IN ('r', 'p') AND NOT c.relispartition AND c.relname <> '_prisma_migrations') "

// Table oid, namespace, name.
const char* const kTablesQuery = SCHEMAC_TABLES "SELECT oid, nspname, relname FROM t ORDER BY oid";

// Enum oid, namespace, name, one label per row in declaration order (NULL: no labels).
const char* const kEnumsQuery =
    "SELECT t.oid, n.nspname, t.typname, e.enumlabel FROM pg_type t "
    "JOIN pg_namespace n ON n.oid = t.typnamespace "
    "LEFT JOIN pg_enum e ON e.enumtypid = t.oid "
    "WHERE t.typtype = 'e' AND n.nspname = ANY ($1::text[]) ORDER BY t.oid, e.enumsortorder";

// Every column in declaration order: table oid, name, element type name, its namespace, its
// typtype, typmod, format_type of the element, is an array, NOT NULL, attidentity,
// attgenerated, the default as PostgreSQL prints it (not a generated column's expression, which
// is no default). Deparsed without the relation (relid 0): a default cannot name a column, the
// text is the same, and at 10,000 tables it saves a third of the query.
const char* const kColumnsQuery = SCHEMAC_TABLES
    "SELECT a.attrelid, a.attname, et.typname, etn.nspname, et.typtype, a.atttypmod, "
    "format_type(et.oid, a.atttypmod), ty.typcategory = 'A' AND ty.typelem <> 0, a.attnotnull, "
    "a.attidentity, a.attgenerated, "
    "CASE WHEN a.attgenerated = '' THEN pg_get_expr(d.adbin, 0) END "
    "FROM t JOIN pg_attribute a ON a.attrelid = t.oid "
    "JOIN pg_type ty ON ty.oid = a.atttypid "
    "JOIN pg_type et ON et.oid = CASE WHEN ty.typcategory = 'A' AND ty.typelem <> 0 "
    "THEN ty.typelem ELSE ty.oid END "
    "JOIN pg_namespace etn ON etn.oid = et.typnamespace "
    "LEFT JOIN pg_attrdef d ON d.adrelid = a.attrelid AND d.adnum = a.attnum "
    "WHERE a.attnum > 0 AND NOT a.attisdropped ORDER BY t.oid, a.attnum";

// The key columns of every index (primary keys included, exclusion constraints not), indexes
// in creation order: table oid, index oid, name, unique, primary, access method, partial
// predicate, column (NULL: an expression), indoption, operator class, whether it is the default,
// an expression column's definition (deparsed only for expressions: for every column it
// tripled the query's time).
const char* const kIndexesQuery = SCHEMAC_TABLES
    "SELECT i.indrelid, i.indexrelid, ic.relname, i.indisunique, i.indisprimary, am.amname, "
    "pg_get_expr(i.indpred, i.indrelid), a.attname, k.option, oc.opcname, oc.opcdefault, "
    "CASE WHEN k.attnum = 0 THEN pg_get_indexdef(i.indexrelid, k.ord::int, true) END "
    "FROM t JOIN pg_index i ON i.indrelid = t.oid "
    "JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam "
    "CROSS JOIN LATERAL unnest(i.indkey::int2[], i.indclass::oid[], i.indoption::int2[]) "
    "WITH ORDINALITY AS k(attnum, opclass, option, ord) "
    "LEFT JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = k.attnum "
    "AND k.attnum > 0 "
    "LEFT JOIN pg_opclass oc ON oc.oid = k.opclass "
    "WHERE NOT i.indisexclusion AND k.ord <= i.indnkeyatts "
    "ORDER BY t.oid, i.indexrelid, k.ord";

// Every foreign key column pair: table oid, constraint oid, name, referenced namespace and
// table, ON DELETE, ON UPDATE, column, referenced column; constraints in creation order.
const char* const kForeignKeysQuery = SCHEMAC_TABLES
    "SELECT con.conrelid, con.oid, con.conname, rn.nspname, rc.relname, con.confdeltype, "
    "con.confupdtype, a.attname, ra.attname "
    "FROM t JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'f' "
    "CROSS JOIN LATERAL unnest(con.conkey, con.confkey) WITH ORDINALITY AS k(col, refcol, ord) "
    "JOIN pg_attribute a ON a.attrelid = con.conrelid AND a.attnum = k.col "
    "JOIN pg_class rc ON rc.oid = con.confrelid "
    "JOIN pg_namespace rn ON rn.oid = rc.relnamespace "
    "JOIN pg_attribute ra ON ra.attrelid = con.confrelid AND ra.attnum = k.refcol "
    "ORDER BY t.oid, con.oid, k.ord";

// CHECK constraints (NOT NULL is attnotnull): table oid, name, pg_get_constraintdef.
const char* const kChecksQuery = SCHEMAC_TABLES
    "SELECT con.conrelid, con.conname, pg_get_constraintdef(con.oid) "
    "FROM t JOIN pg_constraint con ON con.conrelid = t.oid AND con.contype = 'c' "
    "ORDER BY t.oid, con.oid";

#undef SCHEMAC_TABLES

}  // namespace

}  // namespace schemac::backends::postgres
