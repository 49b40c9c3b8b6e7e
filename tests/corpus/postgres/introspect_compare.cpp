// Comparison and known exceptions of the PostgreSQL introspection tests (introspect_compare.hpp).
#include "tests/corpus/postgres/introspect_compare.hpp"

#include <algorithm>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>
#include <fmt/format.h>

#include "ir/equivalence.hpp"

namespace schemac::test::pg {

namespace {

std::string qualified(const std::string& ns, const std::string& name) {
  return ns.empty() ? fmt::format("\"{}\"", name) : fmt::format("\"{}\".\"{}\"", ns, name);
}

std::string describe(const ir::Value& v) {
  static constexpr const char* kinds[] = {"String", "Number", "Boolean",   "DateTime",
                                          "Json",   "Bytes",  "EnumValue", "List"};
  if (v.kind == ir::ValueKind::List) {
    std::vector<std::string> items;
    for (const ir::Value& item : v.items) {
      items.push_back(describe(item));
    }
    return fmt::format("[{}]", fmt::join(items, ", "));
  }
  return fmt::format("{} `{}`", kinds[static_cast<int>(v.kind)], v.text);
}

std::string describe(const OptionalBox<ir::Default>& d) {
  if (!d) {
    return "none";
  }
  switch (d->kind) {
    case ir::DefaultKind::Now:
      return "now()";
    case ir::DefaultKind::DbGenerated:
      return fmt::format("dbgenerated(`{}`)", d->expression);
    case ir::DefaultKind::Sequence:
      return fmt::format("sequence({})", d->expression);
    case ir::DefaultKind::Value:
      break;
  }
  return describe(d->value);
}

std::string describe(const ir::ColumnType& t) {
  return fmt::format("{} `{}`{}{}", ir::type_family_name(t.family), t.native,
                     t.enum_schema.empty() ? "" : " in " + t.enum_schema, t.is_array ? "[]" : "");
}

std::string describe(const std::vector<ir::IndexColumn>& cols) {
  std::vector<std::string> parts;
  for (const ir::IndexColumn& c : cols) {
    parts.push_back(c.name + (c.operator_class.empty() ? "" : " " + c.operator_class) +
                    (c.sort == ir::SortOrder::Desc ? " DESC" : ""));
  }
  return fmt::format("({})", fmt::join(parts, ", "));
}

std::string describe(const ir::Index& i) {
  return fmt::format("{} {} {}{}", ir::index_kind_name(i.kind), describe(i.columns),
                     ir::index_algorithm_name(i.algorithm),
                     i.where.empty() ? "" : " WHERE `" + i.where + "`");
}

std::string describe(const ir::ForeignKey& f) {
  return fmt::format(
      "({}) -> {}({}) ON DELETE {} ON UPDATE {}", fmt::join(f.columns, ", "),
      qualified(f.referenced_schema, f.referenced_table), fmt::join(f.referenced_columns, ", "),
      ir::referential_action_name(f.on_delete), ir::referential_action_name(f.on_update));
}

// Missing, unexpected and reordered members of two lists keyed by `key`; `each` compares pairs.
template <typename T, typename Key, typename Each>
void compare_lists(std::vector<std::string>& out, const std::string& where, const char* what,
                   const std::vector<T>& expected, const std::vector<T>& actual, Key key,
                   Each each) {
  std::vector<std::string> en;
  std::vector<std::string> an;
  for (const T& e : expected) {
    en.push_back(key(e));
  }
  for (const T& a : actual) {
    an.push_back(key(a));
  }
  for (std::size_t i = 0; i < expected.size(); ++i) {
    const auto it = std::find(an.begin(), an.end(), en[i]);
    if (it == an.end()) {
      out.push_back(fmt::format("{}{} {}: missing", where, what, en[i]));
    } else {
      each(fmt::format("{}{} {}: ", where, what, en[i]), expected[i], actual[it - an.begin()]);
    }
  }
  for (const std::string& a : an) {
    if (std::find(en.begin(), en.end(), a) == en.end()) {
      out.push_back(fmt::format("{}{} {}: unexpected", where, what, a));
    }
  }
  if (en != an && std::is_permutation(en.begin(), en.end(), an.begin(), an.end())) {
    out.push_back(fmt::format("{}{} order: expected {}, got {}", where, what, fmt::join(en, ", "),
                              fmt::join(an, ", ")));
  }
}

void field(std::vector<std::string>& out, const std::string& where, const char* what, bool same,
           const std::string& e, const std::string& a) {
  if (!same) {
    out.push_back(fmt::format("{}{}: expected {}, got {}", where, what, e, a));
  }
}

// The index as the database keeps it: a default operator class named is none.
ir::Index effective(ir::Index index) {
  for (ir::IndexColumn& c : index.columns) {
    c.operator_class = std::string(ir::effective_operator_class(index.algorithm, c.operator_class));
  }
  return index;
}

void compare_tables(std::vector<std::string>& out, const std::string& where, const ir::Table& e,
                    const ir::Table& a) {
  compare_lists(
      out, where, "column", e.columns, a.columns,
      [](const ir::Column& c) { return fmt::format("\"{}\"", c.name); },
      [&](const std::string& w, const ir::Column& ec, const ir::Column& ac) {
        field(out, w, "type", ir::same_column_type(ec.type, ac.type), describe(ec.type),
              describe(ac.type));
        field(out, w, "nullable", ec.nullable == ac.nullable, fmt::format("{}", ec.nullable),
              fmt::format("{}", ac.nullable));
        field(out, w, "default", ir::same_default(ec.type, ec.default_value, ac.default_value),
              describe(ec.default_value), describe(ac.default_value));
        field(out, w, "autoincrement", ec.autoincrement == ac.autoincrement,
              fmt::format("{}", ec.autoincrement), fmt::format("{}", ac.autoincrement));
      });
  const auto pk = [](const std::optional<ir::PrimaryKey>& p) {
    return p ? fmt::format("\"{}\" {}", p->name, describe(p->columns)) : std::string("none");
  };
  field(out, where, "primary key", e.primary_key == a.primary_key, pk(e.primary_key),
        pk(a.primary_key));
  compare_lists(
      out, where, "index", e.indexes, a.indexes,
      [](const ir::Index& i) { return fmt::format("\"{}\"", i.name); },
      [&](const std::string& w, const ir::Index& ei, const ir::Index& ai) {
        field(out, w, "definition", effective(ei) == effective(ai), describe(ei), describe(ai));
      });
  compare_lists(
      out, where, "foreign key", e.foreign_keys, a.foreign_keys,
      [](const ir::ForeignKey& f) { return fmt::format("\"{}\"", f.name); },
      [&](const std::string& w, const ir::ForeignKey& ef, const ir::ForeignKey& af) {
        field(out, w, "definition", ef == af, describe(ef), describe(af));
      });
  compare_lists(
      out, where, "check", e.checks, a.checks,
      [](const ir::Check& c) { return fmt::format("\"{}\"", c.name); },
      [&](const std::string& w, const ir::Check& ec, const ir::Check& ac) {
        field(out, w, "expression", ec == ac, ec.expression, ac.expression);
      });
}

}  // namespace

std::vector<std::string> differences(const ir::Schema& expected, const ir::Schema& actual) {
  std::vector<std::string> out;
  field(out, "", "dialect", expected.dialect == actual.dialect,
        std::string(ir::dialect_name(expected.dialect)),
        std::string(ir::dialect_name(actual.dialect)));
  field(out, "", "namespaces", expected.namespaces == actual.namespaces,
        fmt::format("[{}]", fmt::join(expected.namespaces, ", ")),
        fmt::format("[{}]", fmt::join(actual.namespaces, ", ")));
  compare_lists(
      out, "", "extension", expected.extensions, actual.extensions,
      [](const ir::Extension& x) { return x.name; },
      [&](const std::string& w, const ir::Extension& x, const ir::Extension& y) {
        field(out, w, "schema and version", x == y, x.schema + " " + x.version,
              y.schema + " " + y.version);
      });
  compare_lists(
      out, "", "enum", expected.enums, actual.enums,
      [](const ir::Enum& x) { return qualified(x.schema_name, x.name); },
      [&](const std::string& w, const ir::Enum& x, const ir::Enum& y) {
        field(out, w, "values", x.values == y.values,
              fmt::format("[{}]", fmt::join(x.values, ", ")),
              fmt::format("[{}]", fmt::join(y.values, ", ")));
      });
  compare_lists(
      out, "", "table", expected.tables, actual.tables,
      [](const ir::Table& t) { return qualified(t.schema_name, t.name); },
      [&](const std::string& w, const ir::Table& e, const ir::Table& a) {
        compare_tables(out, w, e, a);
      });
  return out;
}

ir::Schema sorted_by_name(ir::Schema schema) {
  const auto by_name = [](const auto& a, const auto& b) { return a.name < b.name; };
  const auto by_qualified_name = [](const auto& a, const auto& b) {
    return std::tie(a.schema_name, a.name) < std::tie(b.schema_name, b.name);
  };
  std::sort(schema.enums.begin(), schema.enums.end(), by_qualified_name);
  std::sort(schema.tables.begin(), schema.tables.end(), by_qualified_name);
  for (ir::Table& t : schema.tables) {
    std::sort(t.columns.begin(), t.columns.end(), by_name);
    std::sort(t.indexes.begin(), t.indexes.end(), by_name);
    std::sort(t.foreign_keys.begin(), t.foreign_keys.end(), by_name);
    std::sort(t.checks.begin(), t.checks.end(), by_name);
  }
  return schema;
}

std::vector<std::vector<std::string>> read_tsv(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
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

KnownExceptions::KnownExceptions() {
  for (const auto& row : read_tsv(std::string(SCHEMAC_SOURCE_DIR) +
                                  "/tests/corpus/postgres/introspect_exceptions.tsv")) {
    if (row.size() >= 2) {
      reasons_[row[0]] = row[1];
    }
  }
}

bool KnownExceptions::record(const std::string& id, const std::vector<std::string>& diffs) {
  seen_[id] = true;
  const bool listed = reasons_.count(id) != 0;
  if (diffs.empty()) {
    CHECK_MESSAGE(!listed, id << " now passes: remove it from introspect_exceptions.tsv");
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

std::vector<std::string> KnownExceptions::unused() const {
  std::vector<std::string> out;
  for (const auto& [id, reason] : reasons_) {
    if (seen_.count(id) == 0) {
      out.push_back(id);
    }
  }
  return out;
}

}  // namespace schemac::test::pg
