// Shared parts of the SQLite corpus tests (see corpus_support.hpp).
#include "tests/corpus/sqlite/corpus_support.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "frontend/lower/lower.hpp"
#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"
#include "support/render.hpp"
#include "support/sql_quote.hpp"

namespace schemac::test {

// Prisma 7 prints a JSON default bare, `DEFAULT {"a": 1}`, which libSQL (the driver Prisma
// uses) accepts and SQLite 3.40 rejects ("unrecognized token: {"). The script gets those
// defaults quoted, the one form SQLite takes; introspection reads both forms to the same Json
// value (tests/unit/sqlite/introspect_test.cpp). Returns how many were quoted.
int quote_json_defaults(std::string& sql, const ir::Schema& lowered) {
  int quoted = 0;
  for (const ir::Table& t : lowered.tables) {
    for (const ir::Column& c : t.columns) {
      if (!c.default_value || c.default_value->kind != ir::DefaultKind::Value ||
          c.default_value->value.kind != ir::ValueKind::Json) {
        continue;
      }
      const std::string bare = " DEFAULT " + c.default_value->value.text;
      const std::size_t at = sql.find(bare);
      if (at != std::string::npos) {
        sql.replace(at, bare.size(), " DEFAULT " + sql_quoted(c.default_value->value.text, '\''));
        ++quoted;
      }
    }
  }
  return quoted;
}

Lowered lower_schema_at(const std::string& path) {
  Lowered out;
  const auto files = list_schema_files(path);
  if (!files) {
    out.error = files.error().message;
    return out;
  }
  SourceManager sources;
  std::vector<FileId> ids;
  for (const std::string& file : files.value()) {
    auto text = read_file(file);
    if (!text) {
      out.error = text.error().message;
      return out;
    }
    ids.push_back(sources.add(file, std::move(text.value())));
  }
  Diagnostics diags;
  const frontend::ast::Schema ast = frontend::parse_schema(sources, ids, diags);
  frontend::ValidatedSchema validated = frontend::validate(ast, sources, diags);
  if (diags.has_errors() || !validated.valid) {
    for (const Diagnostic& d : diags.sorted()) {
      if (d.severity == Severity::Error && out.error.size() < 2000) {
        out.error += render(d, sources);
      }
    }
    if (out.error.empty()) {
      out.error = "validation failed without an error diagnostic";
    }
    return out;
  }
  out.schema = frontend::lower(validated).schema;
  out.ok = true;
  return out;
}

std::string slurp(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::istringstream in(slurp(path));
  std::vector<std::vector<std::string>> rows;
  std::string line;
  std::getline(in, line);  // header
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> cols;
    std::istringstream row(line);
    for (std::string col; std::getline(row, col, '\t');) {
      cols.push_back(col);
    }
    rows.push_back(std::move(cols));
  }
  return rows;
}

namespace {

std::string describe(const OptionalBox<ir::Default>& d) {
  if (!d) {
    return "none";
  }
  switch (d->kind) {
    case ir::DefaultKind::Now:
      return "now()";
    case ir::DefaultKind::DbGenerated:
      return fmt::format("dbgenerated({})", d->expression);
    case ir::DefaultKind::Sequence:
      return fmt::format("sequence({})", d->expression);
    case ir::DefaultKind::Value:
      break;
  }
  static constexpr const char* kinds[] = {"String", "Number", "Boolean",   "DateTime",
                                          "Json",   "Bytes",  "EnumValue", "List"};
  return fmt::format("{} `{}`", kinds[static_cast<int>(d->value.kind)], d->value.text);
}

std::string describe(const ir::ColumnType& t) {
  return fmt::format("{} `{}`{}", ir::type_family_name(t.family), t.native, t.is_array ? "[]" : "");
}

std::string describe(const std::vector<ir::IndexColumn>& cols) {
  std::vector<std::string> parts;
  for (const ir::IndexColumn& c : cols) {
    parts.push_back(c.name + (c.sort == ir::SortOrder::Desc ? " DESC" : "") +
                    (c.length ? fmt::format("({})", *c.length) : "") +
                    (c.operator_class.empty() ? "" : " " + c.operator_class));
  }
  return "(" + fmt::format("{}", fmt::join(parts, ", ")) + ")";
}

std::string describe(const ir::Index& i) {
  return fmt::format("{} {} {}{}", ir::index_kind_name(i.kind), describe(i.columns),
                     ir::index_algorithm_name(i.algorithm),
                     i.where.empty() ? "" : " WHERE " + i.where);
}

std::string describe(const ir::ForeignKey& f) {
  return fmt::format("({}) -> {}{}({}) ON DELETE {} ON UPDATE {}", fmt::join(f.columns, ", "),
                     f.referenced_schema.empty() ? "" : f.referenced_schema + ".",
                     f.referenced_table, fmt::join(f.referenced_columns, ", "),
                     ir::referential_action_name(f.on_delete),
                     ir::referential_action_name(f.on_update));
}

template <typename T, typename Name>
std::vector<std::string> names_of(const std::vector<T>& items, Name name) {
  std::vector<std::string> out;
  for (const T& item : items) {
    out.push_back(name(item));
  }
  return out;
}

// Missing, extra and reordered members of two named lists; `each` compares the pairs.
template <typename T, typename Name, typename Each>
void compare_lists(std::vector<std::string>& out, const std::string& where, const char* what,
                   const std::vector<T>& expected, const std::vector<T>& actual, Name name,
                   Each each) {
  for (const T& e : expected) {
    const auto it =
        std::find_if(actual.begin(), actual.end(), [&](const T& a) { return name(a) == name(e); });
    if (it == actual.end()) {
      out.push_back(fmt::format("{}{} \"{}\": missing", where, what, name(e)));
    } else {
      each(fmt::format("{}{} \"{}\": ", where, what, name(e)), e, *it);
    }
  }
  for (const T& a : actual) {
    const auto it = std::find_if(expected.begin(), expected.end(),
                                 [&](const T& e) { return name(a) == name(e); });
    if (it == expected.end()) {
      out.push_back(fmt::format("{}{} \"{}\": unexpected", where, what, name(a)));
    }
  }
  const auto en = names_of(expected, name);
  const auto an = names_of(actual, name);
  if (en != an && std::is_permutation(en.begin(), en.end(), an.begin(), an.end())) {
    out.push_back(fmt::format("{}{} order: expected {}, got {}", where, what, fmt::join(en, ", "),
                              fmt::join(an, ", ")));
  }
}

template <typename T>
void field(std::vector<std::string>& out, const std::string& where, const char* what,
           const T& expected, const T& actual, const std::string& e, const std::string& a) {
  if (!(expected == actual)) {
    out.push_back(fmt::format("{}{}: expected {}, got {}", where, what, e, a));
  }
}

void compare_tables(std::vector<std::string>& out, const std::string& where, const ir::Table& e,
                    const ir::Table& a) {
  field(out, where, "schema", e.schema_name, a.schema_name, e.schema_name, a.schema_name);
  compare_lists(
      out, where, "column", e.columns, a.columns, [](const ir::Column& c) { return c.name; },
      [&](const std::string& w, const ir::Column& ec, const ir::Column& ac) {
        field(out, w, "type", ec.type, ac.type, describe(ec.type), describe(ac.type));
        field(out, w, "nullable", ec.nullable, ac.nullable, ec.nullable ? "true" : "false",
              ac.nullable ? "true" : "false");
        field(out, w, "default", ec.default_value, ac.default_value, describe(ec.default_value),
              describe(ac.default_value));
        field(out, w, "autoincrement", ec.autoincrement, ac.autoincrement,
              ec.autoincrement ? "true" : "false", ac.autoincrement ? "true" : "false");
      });
  const auto pk = [](const std::optional<ir::PrimaryKey>& p) {
    return p ? fmt::format("\"{}\" {}", p->name, describe(p->columns)) : std::string("none");
  };
  field(out, where, "primary key", e.primary_key, a.primary_key, pk(e.primary_key),
        pk(a.primary_key));
  compare_lists(
      out, where, "index", e.indexes, a.indexes, [](const ir::Index& i) { return i.name; },
      [&](const std::string& w, const ir::Index& ei, const ir::Index& ai) {
        field(out, w, "definition", ei, ai, describe(ei), describe(ai));
      });
  compare_lists(
      out, where, "foreign key", e.foreign_keys, a.foreign_keys,
      [](const ir::ForeignKey& f) { return f.name; },
      [&](const std::string& w, const ir::ForeignKey& ef, const ir::ForeignKey& af) {
        field(out, w, "definition", ef, af, describe(ef), describe(af));
      });
  if (e.checks != a.checks) {
    out.push_back(
        fmt::format("{}checks: expected {}, got {}", where, e.checks.size(), a.checks.size()));
  }
}

}  // namespace

std::vector<std::string> differences(const ir::Schema& expected, const ir::Schema& actual) {
  std::vector<std::string> out;
  if (expected.dialect != actual.dialect) {
    out.push_back(fmt::format("dialect: expected {}, got {}", ir::dialect_name(expected.dialect),
                              ir::dialect_name(actual.dialect)));
  }
  if (expected.namespaces != actual.namespaces) {
    out.push_back(fmt::format("namespaces: expected {}, got {}",
                              fmt::join(expected.namespaces, ", "),
                              fmt::join(actual.namespaces, ", ")));
  }
  if (expected.extensions != actual.extensions || expected.enums != actual.enums) {
    out.push_back("extensions or enums differ (SQLite has neither)");
  }
  compare_lists(
      out, "", "table", expected.tables, actual.tables, [](const ir::Table& t) { return t.name; },
      [&](const std::string& w, const ir::Table& e, const ir::Table& a) {
        compare_tables(out, w, e, a);
      });
  // Where a side comes from and whether it states partial indexes is how the differ reads it,
  // not a database object.
  ir::Schema expected_objects = expected;
  expected_objects.states_partial_indexes = actual.states_partial_indexes;
  expected_objects.is_database = actual.is_database;
  if (out.empty() && !(expected_objects == actual)) {
    out.push_back("the schemas differ in a way this comparison does not name");
  }
  return out;
}

ir::Schema sorted_by_name(ir::Schema schema) {
  const auto by_name = [](const auto& a, const auto& b) { return a.name < b.name; };
  std::sort(schema.tables.begin(), schema.tables.end(), by_name);
  for (ir::Table& t : schema.tables) {
    std::sort(t.columns.begin(), t.columns.end(), by_name);
    std::sort(t.indexes.begin(), t.indexes.end(), by_name);
    std::sort(t.foreign_keys.begin(), t.foreign_keys.end(), by_name);
  }
  return schema;
}

KnownExceptions::KnownExceptions() {
  for (const auto& row :
       read_tsv(std::string(SCHEMAC_SOURCE_DIR) + "/tests/corpus/sqlite/known_exceptions.tsv")) {
    if (row.size() >= 2) {
      reasons_[row[0]] = row[1];
    }
  }
}

bool KnownExceptions::record(const std::string& id, const std::vector<std::string>& diffs) {
  seen_[id] = true;
  const bool listed = reasons_.count(id) != 0;
  if (diffs.empty()) {
    CHECK_MESSAGE(!listed, id << " now passes: remove it from known_exceptions.tsv");
    return true;
  }
  if (!listed) {
    std::string report;
    for (std::size_t i = 0; i < diffs.size() && i < 25; ++i) {
      report += "\n    " + diffs[i];
    }
    if (diffs.size() > 25) {
      report += fmt::format("\n    … and {} more", diffs.size() - 25);
    }
    FAIL_CHECK(id << ": " << diffs.size() << " differences" << report);
  }
  return false;
}

std::vector<std::string> KnownExceptions::unused(const std::string& prefix) const {
  std::vector<std::string> out;
  for (const auto& [id, reason] : reasons_) {
    if (id.rfind(prefix, 0) == 0 && seen_.count(id) == 0) {
      out.push_back(id);
    }
  }
  return out;
}

const std::string* KnownExceptions::reason(const std::string& id) const {
  const auto it = reasons_.find(id);
  return it == reasons_.end() ? nullptr : &it->second;
}

}  // namespace schemac::test
