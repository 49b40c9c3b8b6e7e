// Reads Prisma's from-empty SQL into an ir::Schema (see sql_reader.hpp).
#include "tests/corpus/ir/sql_reader.hpp"

#include <algorithm>
#include <cctype>
#include <optional>

#include <fmt/format.h>

#include "tests/corpus/ir/sql_cursor.hpp"

namespace schemac::test {

namespace {

std::optional<ir::ReferentialAction> action(Cursor& c) {
  if (c.lit("CASCADE")) {
    return ir::ReferentialAction::Cascade;
  }
  if (c.lit("RESTRICT")) {
    return ir::ReferentialAction::Restrict;
  }
  if (c.lit("NO ACTION")) {
    return ir::ReferentialAction::NoAction;
  }
  if (c.lit("SET NULL")) {
    return ir::ReferentialAction::SetNull;
  }
  if (c.lit("SET DEFAULT")) {
    return ir::ReferentialAction::SetDefault;
  }
  return std::nullopt;
}

// `FOREIGN KEY ("a") REFERENCES "s"."T" ("b") ON DELETE X ON UPDATE Y` after the name.
std::optional<ir::ForeignKey> foreign_key(Cursor& c, std::string name) {
  ir::ForeignKey fk;
  fk.name = std::move(name);
  auto cols = c.lit("FOREIGN KEY") ? c.ident_list() : std::nullopt;
  auto target = cols && c.lit("REFERENCES") ? c.qualified() : std::nullopt;
  auto refs = target ? c.ident_list() : std::nullopt;
  if (!refs || !c.lit("ON DELETE")) {
    return std::nullopt;
  }
  auto del = action(c);
  auto upd = del && c.lit("ON UPDATE") ? action(c) : std::nullopt;
  if (!upd) {
    return std::nullopt;
  }
  fk.columns = *cols;
  fk.referenced_schema = target->first;
  fk.referenced_table = target->second;
  fk.referenced_columns = *refs;
  fk.on_delete = *del;
  fk.on_update = *upd;
  return fk;
}

// Positions of the column keywords at the top level (outside quotes and parentheses).
struct Keywords {
  std::size_t not_null = std::string_view::npos;
  std::size_t default_ = std::string_view::npos;
  std::size_t primary_key = std::string_view::npos;
  std::size_t autoincrement = std::string_view::npos;
};

Keywords find_keywords(std::string_view s) {
  Keywords k;
  int depth = 0;
  char quote = 0;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const char ch = s[i];
    if (quote != 0) {
      if (ch == quote) {
        quote = 0;
      }
      continue;
    }
    if (ch == '\'' || ch == '"') {
      quote = ch;
    } else if (ch == '(' || ch == '[') {
      ++depth;
    } else if (ch == ')' || ch == ']') {
      --depth;
    } else if (ch == ' ' && depth == 0) {
      const std::string_view r = s.substr(i);
      auto take = [&](std::string_view kw, std::size_t& slot) {
        if (slot == std::string_view::npos && r.substr(0, kw.size()) == kw &&
            (r.size() == kw.size() || r[kw.size()] == ' ')) {
          slot = i;
        }
      };
      take(" NOT NULL", k.not_null);
      take(" DEFAULT", k.default_);
      take(" PRIMARY KEY", k.primary_key);
      take(" AUTOINCREMENT", k.autoincrement);
    }
  }
  return k;
}

bool is_serial(std::string_view type) {
  return type == "SERIAL" || type == "BIGSERIAL" || type == "SMALLSERIAL";
}

// `"name" TYPE [NOT NULL] [DEFAULT x] [PRIMARY KEY [AUTOINCREMENT]]`
std::optional<ir::Column> column_line(std::string_view line, bool& inline_primary_key) {
  Cursor c(line);
  auto name = c.ident();
  if (!name) {
    return std::nullopt;
  }
  const std::string_view rest = c.rest();
  const Keywords k = find_keywords(rest);
  const std::size_t type_end =
      std::min({k.not_null, k.default_, k.primary_key, k.autoincrement, rest.size()});
  ir::Column col;
  col.name = *name;
  std::string_view type = rest.substr(0, type_end);
  while (!type.empty() && type.front() == ' ') {
    type.remove_prefix(1);
  }
  col.type.native = std::string(type);
  col.nullable = k.not_null == std::string_view::npos;
  if (k.default_ != std::string_view::npos) {
    const std::size_t start = k.default_ + 9;  // " DEFAULT "
    std::size_t end = rest.size();
    for (const std::size_t p : {k.not_null, k.primary_key, k.autoincrement}) {
      if (p != std::string_view::npos && p > k.default_ && p < end) {
        end = p;
      }
    }
    col.default_value = ir::Default{
        ir::DefaultKind::DbGenerated, {}, std::string(rest.substr(start, end - start)), ""};
  }
  inline_primary_key = k.primary_key != std::string_view::npos;
  col.autoincrement = k.autoincrement != std::string_view::npos || is_serial(type);
  return col;
}

std::optional<std::vector<ir::IndexColumn>> index_columns(Cursor& c) {
  if (!c.lit("(")) {
    return std::nullopt;
  }
  std::vector<ir::IndexColumn> out;
  do {
    auto name = c.ident();
    if (!name) {
      return std::nullopt;
    }
    ir::IndexColumn col;
    col.name = *name;
    if (c.lit("(")) {  // MySQL prefix length
      auto n = c.word();
      if (!n || !c.lit(")")) {
        return std::nullopt;
      }
      col.length = static_cast<std::uint32_t>(std::stoul(*n));
    }
    // PostgreSQL's order: column, operator class, then ASC/DESC.
    for (auto w = c.word(); w; w = c.word()) {
      if (*w == "DESC") {
        col.sort = ir::SortOrder::Desc;
      } else if (*w != "ASC") {
        col.operator_class = *w;
      }
    }
    out.push_back(std::move(col));
  } while (c.lit(","));
  if (!c.lit(")")) {
    return std::nullopt;
  }
  return out;
}

std::optional<ir::IndexAlgorithm> algorithm_named(std::string_view w) {
  if (w == "BTREE") {
    return ir::IndexAlgorithm::BTree;
  }
  if (w == "HASH") {
    return ir::IndexAlgorithm::Hash;
  }
  if (w == "GIST") {
    return ir::IndexAlgorithm::Gist;
  }
  if (w == "GIN") {
    return ir::IndexAlgorithm::Gin;
  }
  if (w == "SPGIST") {
    return ir::IndexAlgorithm::SpGist;
  }
  if (w == "BRIN") {
    return ir::IndexAlgorithm::Brin;
  }
  return std::nullopt;
}

class Reader {
 public:
  explicit Reader(ir::Dialect dialect) { out_.schema.dialect = dialect; }

  void statement(std::string_view text) {
    if (!dispatch(text)) {
      out_.errors.push_back(fmt::format("cannot read: {}", text.substr(0, 120)));
    }
  }

  ReadSchema take() { return std::move(out_); }

 private:
  ir::Table* table(const std::pair<std::string, std::string>& q) {
    for (ir::Table& t : out_.schema.tables) {
      if (t.schema_name == q.first && t.name == q.second) {
        return &t;
      }
    }
    return nullptr;
  }

  bool dispatch(std::string_view text) {
    Cursor c(text);
    if (c.lit("CREATE SCHEMA IF NOT EXISTS")) {
      auto n = c.ident();
      if (!n || !c.lit(";")) {
        return false;
      }
      out_.schema.namespaces.push_back(*n);
      return true;
    }
    if (c.lit("CREATE EXTENSION IF NOT EXISTS")) {
      auto n = c.ident();
      if (!n) {
        return false;
      }
      ir::Extension e{*n, "", ""};
      // `[WITH] [SCHEMA "s"] [VERSION "v"]`, as the postgres renderer joins them.
      (void)c.lit("WITH");
      if (c.lit("SCHEMA")) {
        auto s = c.ident();
        if (!s) {
          return false;
        }
        e.schema = *s;
      }
      if (c.lit("VERSION")) {
        auto v = c.ident();
        if (!v) {
          return false;
        }
        e.version = *v;
      }
      out_.schema.extensions.push_back(e);
      return c.lit(";");
    }
    if (c.lit("CREATE TYPE")) {
      auto q = c.qualified();
      if (!q || !c.lit("AS ENUM") || !c.lit("(")) {
        return false;
      }
      ir::Enum e{q->second, q->first, {}};
      do {
        auto v = c.string_literal();
        if (!v) {
          return false;
        }
        e.values.push_back(*v);
      } while (c.lit(","));
      out_.schema.enums.push_back(e);
      return c.lit(")") && c.lit(";");
    }
    if (c.lit("CREATE TABLE")) {
      return create_table(c);
    }
    if (c.lit("CREATE")) {
      const bool unique = c.lit("UNIQUE");
      if (!c.lit("INDEX")) {
        return false;
      }
      return create_index(c, unique);
    }
    if (c.lit("ALTER TABLE")) {
      auto q = c.qualified();
      auto name = q && c.lit("ADD CONSTRAINT") ? c.ident() : std::nullopt;
      auto fk = name ? foreign_key(c, *name) : std::nullopt;
      ir::Table* t = q ? table(*q) : nullptr;
      if (!fk || t == nullptr || !c.lit(";")) {
        return false;
      }
      t->foreign_keys.push_back(*fk);
      return true;
    }
    return false;
  }

  bool create_table(Cursor& c) {
    auto q = c.qualified();
    if (!q || !c.lit("(")) {
      return false;
    }
    ir::Table t;
    t.schema_name = q->first;
    t.name = q->second;
    std::string_view body = c.rest();
    const std::size_t close = body.rfind(')');
    if (close == std::string_view::npos || body.substr(close) != ");") {
      return false;
    }
    body = body.substr(0, close);
    while (!body.empty()) {
      const std::size_t nl = body.find('\n');
      std::string_view line = body.substr(0, nl);
      body = nl == std::string_view::npos ? std::string_view() : body.substr(nl + 1);
      while (!line.empty() && std::isspace(static_cast<unsigned char>(line.front())) != 0) {
        line.remove_prefix(1);
      }
      while (!line.empty() && (line.back() == ',' || line.back() == ' ' || line.back() == '\r')) {
        line.remove_suffix(1);
      }
      if (line.empty()) {
        continue;
      }
      if (!table_line(t, line)) {
        return false;
      }
    }
    out_.schema.tables.push_back(std::move(t));
    return true;
  }

  static bool table_line(ir::Table& t, std::string_view line) {
    Cursor c(line);
    std::string constraint;
    if (c.lit("CONSTRAINT")) {
      auto n = c.ident();
      if (!n) {
        return false;
      }
      constraint = *n;
    }
    if (c.lit("PRIMARY KEY")) {
      auto cols = index_columns(c);
      if (!cols) {
        return false;
      }
      t.primary_key = ir::PrimaryKey{constraint, *cols};
      return c.at_end();
    }
    if (!constraint.empty()) {
      auto fk = foreign_key(c, constraint);
      if (!fk || !c.at_end()) {
        return false;
      }
      t.foreign_keys.push_back(*fk);
      return true;
    }
    bool inline_pk = false;
    auto col = column_line(line, inline_pk);
    if (!col) {
      return false;
    }
    if (inline_pk) {
      t.primary_key = ir::PrimaryKey{"", {{col->name, ir::SortOrder::Asc, std::nullopt, ""}}};
    }
    t.columns.push_back(std::move(*col));
    return true;
  }

  bool create_index(Cursor& c, bool unique) {
    auto name = c.ident();
    auto q = name && c.lit("ON") ? c.qualified() : std::nullopt;
    ir::Table* t = q ? table(*q) : nullptr;
    if (t == nullptr) {
      return false;
    }
    ir::Index index;
    index.name = *name;
    index.kind = unique ? ir::IndexKind::Unique : ir::IndexKind::Normal;
    if (c.lit("USING")) {
      auto w = c.word();
      auto a = w ? algorithm_named(*w) : std::nullopt;
      if (!a) {
        return false;
      }
      index.algorithm = *a;
    }
    auto cols = index_columns(c);
    if (!cols) {
      return false;
    }
    index.columns = *cols;
    if (c.lit("WHERE")) {
      std::string_view where = c.rest();
      while (!where.empty() && where.front() == ' ') {
        where.remove_prefix(1);
      }
      while (!where.empty() &&
             (where.back() == ';' || where.back() == ' ' || where.back() == '\n')) {
        where.remove_suffix(1);
      }
      index.where = std::string(where);
    } else if (!c.lit(";")) {
      return false;
    }
    t->indexes.push_back(std::move(index));
    return true;
  }

  ReadSchema out_;
};

}  // namespace

ReadSchema read_prisma_sql(std::string_view script, ir::Dialect dialect) {
  Reader reader(dialect);
  // Statements are the text between `-- Step` comment lines at the start of a line.
  std::string current;
  auto flush = [&] {
    std::string_view s = current;
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back())) != 0) {
      s.remove_suffix(1);
    }
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.front())) != 0) {
      s.remove_prefix(1);
    }
    if (!s.empty()) {
      reader.statement(s);
    }
    current.clear();
  };
  while (!script.empty()) {
    const std::size_t nl = script.find('\n');
    const std::string_view line = script.substr(0, nl);
    script = nl == std::string_view::npos ? std::string_view() : script.substr(nl + 1);
    if (line.substr(0, 3) == "-- ") {
      flush();
      continue;
    }
    current += line;
    current += '\n';
  }
  flush();
  return reader.take();
}

}  // namespace schemac::test
