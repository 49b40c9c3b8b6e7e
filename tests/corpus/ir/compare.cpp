// Differences between two schemas in rendered form (see compare.hpp).
#include "tests/corpus/ir/compare.hpp"

#include <algorithm>
#include <map>

#include <fmt/format.h>

namespace schemac::test {

namespace {

std::string qualified(const std::string& schema, const std::string& name) {
  return schema.empty() ? fmt::format("\"{}\"", name) : fmt::format("\"{}\".\"{}\"", schema, name);
}

std::string columns_text(const std::vector<ir::IndexColumn>& cols) {
  std::vector<std::string> parts;
  for (const ir::IndexColumn& c : cols) {
    std::string p = c.name;
    if (!c.operator_class.empty()) {
      p += " " + c.operator_class;
    }
    if (c.sort == ir::SortOrder::Desc) {
      p += " DESC";
    }
    if (c.length) {
      p += fmt::format("({})", *c.length);
    }
    parts.push_back(p);
  }
  return fmt::format("({})", fmt::join(parts, ", "));
}

std::string index_text(const ir::Index& i) {
  return fmt::format("{} {}{}{}{}", ir::index_kind_name(i.kind), columns_text(i.columns),
                     i.algorithm == ir::IndexAlgorithm::BTree
                         ? ""
                         : fmt::format(" using {}", ir::index_algorithm_name(i.algorithm)),
                     i.where.empty() ? "" : " where ", i.where);
}

std::string fk_text(const ir::ForeignKey& f) {
  return fmt::format(
      "({}) -> {}({}) on delete {} on update {}", fmt::join(f.columns, ", "),
      qualified(f.referenced_schema, f.referenced_table), fmt::join(f.referenced_columns, ", "),
      ir::referential_action_name(f.on_delete), ir::referential_action_name(f.on_update));
}

std::string default_text(const OptionalBox<ir::Default>& d) {
  return d ? d->expression : std::string("(none)");
}

// Pairs items of two lists by key; reports missing and unexpected ones, compares the rest.
template <typename T, typename Key, typename Compare>
void match(const std::vector<T>& expected, const std::vector<T>& actual, Key key,
           const std::string& what, std::vector<std::string>& out, Compare compare) {
  std::map<std::string, const T*> got;
  for (const T& a : actual) {
    got.emplace(key(a), &a);
  }
  std::map<std::string, bool> seen;
  for (const T& e : expected) {
    const auto it = got.find(key(e));
    if (it == got.end()) {
      out.push_back(fmt::format("{} {}: missing", what, key(e)));
      continue;
    }
    seen[key(e)] = true;
    compare(e, *it->second);
  }
  for (const T& a : actual) {
    if (!seen.count(key(a))) {
      out.push_back(fmt::format("{} {}: not created by Prisma", what, key(a)));
    }
  }
}

void compare_tables(const ir::Table& e, const ir::Table& a, std::vector<std::string>& out) {
  const std::string where = fmt::format("table {}", qualified(e.schema_name, e.name));
  auto diff = [&](std::string_view what, const std::string& want, const std::string& got) {
    if (want != got) {
      out.push_back(fmt::format("{}: {}: expected {}, got {}", where, what, want, got));
    }
  };
  std::vector<std::string> en, an;
  for (const auto& c : e.columns) {
    en.push_back(c.name);
  }
  for (const auto& c : a.columns) {
    an.push_back(c.name);
  }
  diff("columns", fmt::format("{}", fmt::join(en, ", ")), fmt::format("{}", fmt::join(an, ", ")));
  for (const ir::Column& ec : e.columns) {
    const ir::Column* ac = a.find_column(ec.name);
    if (ac == nullptr) {
      continue;
    }
    const std::string col = fmt::format("column \"{}\"", ec.name);
    diff(col + ": type", ec.type.native, ac->type.native);
    diff(col + ": nullable", ec.nullable ? "yes" : "no", ac->nullable ? "yes" : "no");
    diff(col + ": default", default_text(ec.default_value), default_text(ac->default_value));
    diff(col + ": autoincrement", ec.autoincrement ? "yes" : "no",
         ac->autoincrement ? "yes" : "no");
  }
  auto pk_text = [](const std::optional<ir::PrimaryKey>& pk) {
    return pk ? fmt::format("\"{}\" {}", pk->name, columns_text(pk->columns)) : std::string("none");
  };
  diff("primary key", pk_text(e.primary_key), pk_text(a.primary_key));
  match(
      e.indexes, a.indexes, [](const ir::Index& i) { return fmt::format("\"{}\"", i.name); },
      where + ": index", out,
      [&](const ir::Index& x, const ir::Index& y) {
        diff(fmt::format("index \"{}\"", x.name), index_text(x), index_text(y));
      });
  match(
      e.foreign_keys, a.foreign_keys,
      [](const ir::ForeignKey& f) { return fmt::format("\"{}\"", f.name); },
      where + ": foreign key", out,
      [&](const ir::ForeignKey& x, const ir::ForeignKey& y) {
        diff(fmt::format("foreign key \"{}\"", x.name), fk_text(x), fk_text(y));
      });
}

}  // namespace

std::vector<std::string> differences(const ir::Schema& expected, const ir::Schema& actual) {
  std::vector<std::string> out;
  auto sorted = [](std::vector<std::string> v) {
    std::sort(v.begin(), v.end());
    return v;
  };
  if (sorted(expected.namespaces) != sorted(actual.namespaces)) {
    out.push_back(fmt::format("namespaces: expected [{}], got [{}]",
                              fmt::join(expected.namespaces, ", "),
                              fmt::join(actual.namespaces, ", ")));
  }
  match(
      expected.extensions, actual.extensions, [](const ir::Extension& x) { return x.name; },
      "extension", out,
      [&](const ir::Extension& x, const ir::Extension& y) {
        if (!(x == y)) {
          out.push_back(fmt::format("extension {}: schema/version differ", x.name));
        }
      });
  match(
      expected.enums, actual.enums,
      [](const ir::Enum& x) { return qualified(x.schema_name, x.name); }, "enum", out,
      [&](const ir::Enum& x, const ir::Enum& y) {
        if (x.values != y.values) {
          out.push_back(fmt::format("enum {}: values: expected [{}], got [{}]",
                                    qualified(x.schema_name, x.name), fmt::join(x.values, ", "),
                                    fmt::join(y.values, ", ")));
        }
      });
  match(
      expected.tables, actual.tables,
      [](const ir::Table& t) { return qualified(t.schema_name, t.name); }, "table", out,
      [&](const ir::Table& x, const ir::Table& y) { compare_tables(x, y, out); });
  return out;
}

}  // namespace schemac::test
