// The mutations of the random schema pairs: B drawn from A one change at a time (see
// schema_pair_maker.hpp and, for what is and is not drawn, schema_pairs.hpp).
#include <algorithm>
#include <iterator>
#include <set>
#include <string>

#include "tests/corpus/cases/schema_pair_maker.hpp"

namespace schemac::test {

namespace {

bool in_unique_index(const ir::Table& t, const std::string& column) {
  for (const ir::Index& i : t.indexes) {
    if (i.kind != ir::IndexKind::Unique) {
      continue;
    }
    for (const ir::IndexColumn& c : i.columns) {
      if (c.name == column) {
        return true;
      }
    }
  }
  return false;
}

void drop_indexes_on(ir::Table& t, const std::string& column) {
  std::erase_if(t.indexes, [&](const ir::Index& i) {
    for (const ir::IndexColumn& c : i.columns) {
      if (c.name == column) {
        return true;
      }
    }
    return false;
  });
}

// Forgets the hints and backfills that name a column (or, with column "", a table) about to go.
void forget(Pair& p, const std::string& table, const std::string& column) {
  std::erase_if(p.renames.columns, [&](const ir::ColumnRename& r) {
    return r.table == table && (column.empty() || r.to == column);
  });
  std::erase_if(p.backfills, [&](const backends::Backfill& b) {
    return b.table.name == table && (column.empty() || b.column == column);
  });
  if (column.empty()) {
    std::erase_if(p.renames.tables, [&](const ir::TableRename& r) { return r.to == table; });
  }
}

// B's column as A calls it, and A's table; nullptr when A has no such table.
const ir::Table* in_a(const Pair& p, const std::string& table, const std::string& column,
                      std::string& old_column) {
  old_column = column;
  for (const ir::ColumnRename& r : p.renames.columns) {
    if (r.table == table && r.to == column) {
      old_column = r.from;
    }
  }
  return p.a.find_table(p.name_in_a(table));
}

}  // namespace

bool Pair::unique_in_a(const std::string& table, const std::string& column) const {
  std::string old_column;
  const ir::Table* t = in_a(*this, table, column, old_column);
  return t != nullptr && in_unique_index(*t, old_column);
}

namespace pair_maker {

// One random mutation of `s`; false when the drawn kind had nothing to apply to.
bool mutate(Pair& p, SchemaMaker& maker, Random& r) {
  ir::Schema& s = p.b;
  if (s.tables.empty()) {
    return false;
  }
  ir::Table& t = s.tables[static_cast<std::size_t>(r.below(static_cast<int>(s.tables.size())))];
  // Columns a foreign key points at, in B or in A (the reverse restores A's keys), stay as they
  // are, and so do the unique indexes that make them a valid target.
  std::set<std::string> targets = referenced_columns(s, t.name);
  targets.merge(referenced_columns(p.a, p.name_in_a(t.name)));
  std::vector<std::size_t> plain;
  for (const std::size_t i : plain_columns(t)) {
    if (targets.count(t.columns[i].name) == 0) {
      plain.push_back(i);
    }
  }
  auto is_target_index = [&](const ir::Index& i) {
    return i.kind == ir::IndexKind::Unique && i.columns.size() == 1 &&
           targets.count(i.columns[0].name) > 0;
  };
  const int kind = r.below(21);
  const std::string where = "\"" + t.name + "\"";
  auto some_plain = [&]() -> ir::Column* {
    return plain.empty() ? nullptr
                         : &t.columns[plain[static_cast<std::size_t>(
                               r.below(static_cast<int>(plain.size())))]];
  };
  switch (kind) {
    case 0: {  // add a column (nullable, or required with a default)
      ir::Column c = maker.random_column(odd("n" + std::to_string(maker.next_name()), r), false);
      p.mutations.push_back("add column " + where + "." + c.name);
      t.columns.push_back(std::move(c));
      return true;
    }
    case 1: {  // add a required column with a --backfill
      ir::Column c;
      c.name = odd("n" + std::to_string(maker.next_name()), r);
      c.type = maker.type_of(r.pick(families()));
      if (p.has_rows(t.name)) {
        p.backfills.push_back(
            {{"", t.name}, c.name, maker.dialect().distinct_backfill(c.type.family)});
        p.distinct.insert({t.name, c.name});
      }
      p.mutations.push_back("add required column with backfill " + where + "." + c.name);
      t.columns.push_back(std::move(c));
      return true;
    }
    case 2: {  // drop a column
      ir::Column* c = some_plain();
      if (c == nullptr) {
        return false;
      }
      const std::string name = c->name;
      if (c->default_value && (in_unique_index(t, name) || p.unique_in_a(t.name, name))) {
        return false;  // the reverse would re-add it with one default value in every row
      }
      std::string name_in_a;
      if (const ir::Table* at = in_a(p, t.name, name, name_in_a);
          at != nullptr && in_foreign_key(*at, name_in_a)) {
        return false;  // the reverse would re-add it with backfilled values that point nowhere
      }
      p.distinct.erase({t.name, name});
      p.mutations.push_back("drop column " + where + "." + name);
      forget(p, t.name, name);
      drop_indexes_on(t, name);
      std::erase_if(t.columns, [&](const ir::Column& x) { return x.name == name; });
      return true;
    }
    case 3: {  // required → nullable
      ir::Column* c = some_plain();
      if (c == nullptr || c->nullable) {
        return false;
      }
      c->nullable = true;
      std::erase_if(p.backfills, [&](const backends::Backfill& b) {
        return b.table.name == t.name && b.column == c->name;  // added nullable now
      });
      p.mutations.push_back("make nullable " + where + "." + c->name);
      return true;
    }
    case 4: {  // nullable → required, with a default for the NULL rows
      ir::Column* c = some_plain();
      if (c == nullptr || !c->nullable || in_unique_index(t, c->name)) {
        return false;  // the default given to the NULL row could repeat another row's value
      }
      p.distinct.erase({t.name, c->name});
      c->default_value = default_for(c->type.family, r);
      if (!c->default_value) {
        return false;
      }
      c->nullable = false;
      p.mutations.push_back("make required with default " + where + "." + c->name);
      return true;
    }
    case 5: {  // add, change or drop a default
      ir::Column* c = some_plain();
      if (c == nullptr) {
        return false;
      }
      if (c->default_value && (c->nullable || r.chance(50))) {
        if (!c->nullable) {
          return false;  // dropping it would make the reverse need a backfill
        }
        c->default_value.reset();
        p.mutations.push_back("drop default " + where + "." + c->name);
      } else {
        auto d = default_for(c->type.family, r);
        if (!d || d == c->default_value) {
          return false;
        }
        c->default_value = d;
        p.mutations.push_back("set default " + where + "." + c->name);
      }
      return true;
    }
    case 6: {  // change a column's type, to a family that holds its values
      ir::Column* c = some_plain();
      if (c == nullptr) {
        return false;
      }
      using F = ir::TypeFamily;
      F to = c->type.family;
      switch (c->type.family) {
        case F::Int:
          to = r.pick(std::vector<F>{F::BigInt, F::Float, F::String});
          break;
        case F::BigInt:
          if (!maker.dialect().int_holds_bigint_values) {
            return false;  // the rows' BigInt values are beyond 32 bits (table_rows.hpp)
          }
          to = F::Int;
          break;
        case F::Float:
          to = F::Decimal;
          break;
        case F::Decimal:
          to = F::Float;
          break;
        case F::Boolean:
          to = F::Int;
          break;
        default:
          return false;
      }
      const std::string before(ir::type_family_name(c->type.family));
      p.distinct.erase({t.name, c->name});
      c->type = maker.type_of(to);
      if (c->default_value && c->default_value->kind == ir::DefaultKind::Value &&
          (to == F::String) != (c->default_value->value.kind == ir::ValueKind::String)) {
        c->default_value = default_for(to, r);
      }
      if (to == F::Int && c->default_value &&
          c->default_value->value.kind == ir::ValueKind::Boolean) {
        c->default_value->value = {ir::ValueKind::Number, "1", {}};
      }
      if (!unique_safe(to)) {
        std::erase_if(t.indexes, [&](const ir::Index& i) {
          return i.kind == ir::IndexKind::Unique && i.columns[0].name == c->name;
        });
      }
      p.mutations.push_back("change type " + where + "." + c->name + " " + before + " -> " +
                            std::string(ir::type_family_name(to)));
      return true;
    }
    case 7:
    case 8: {  // add an index or a unique index
      const std::size_t n = t.indexes.size();
      maker.add_index(t, kind == 8,
                      [&](const std::string& c) { return p.unique_allowed(t.name, c); });
      if (t.indexes.size() == n) {
        return false;
      }
      p.mutations.push_back(std::string(kind == 8 ? "add unique " : "add index ") +
                            t.indexes.back().name);
      return true;
    }
    case 9: {  // drop an index
      if (t.indexes.empty()) {
        return false;
      }
      const auto i = static_cast<std::size_t>(r.below(static_cast<int>(t.indexes.size())));
      if (is_target_index(t.indexes[i])) {
        return false;
      }
      p.mutations.push_back("drop index " + t.indexes[i].name);
      t.indexes.erase(t.indexes.begin() + static_cast<std::ptrdiff_t>(i));
      return true;
    }
    case 10: {  // add a foreign key (with its new nullable column), self-references included
      const std::size_t before = t.foreign_keys.size();
      maker.add_reference(t, r.pick(s.tables), true);
      if (t.foreign_keys.size() == before) {
        return false;
      }
      p.mutations.push_back("add foreign key " + t.foreign_keys.back().name);
      return true;
    }
    case 11: {  // drop a foreign key (the column stays) or change its actions
      if (t.foreign_keys.empty()) {
        return false;
      }
      const auto i = static_cast<std::size_t>(r.below(static_cast<int>(t.foreign_keys.size())));
      ir::ForeignKey& fk = t.foreign_keys[i];
      if (r.chance(50)) {
        p.mutations.push_back("drop foreign key " + fk.name);
        t.foreign_keys.erase(t.foreign_keys.begin() + static_cast<std::ptrdiff_t>(i));
      } else {
        const ir::Column* c = t.find_column(fk.columns[0]);
        fk.on_delete = random_action(r, c != nullptr && c->nullable);
        fk.on_update = random_action(r, false);
        p.mutations.push_back("change actions of " + fk.name);
      }
      return true;
    }
    case 12: {  // add a table
      const std::string name = "N" + std::to_string(maker.next_name());
      ir::Table fresh = maker.random_table(name, s);
      s.tables.push_back(std::move(fresh));
      p.mutations.push_back("create table \"" + name + "\"");
      return true;
    }
    case 13: {  // drop a table nothing else references, in B or in A (the reverse re-adds A's)
      if (referenced_by_others(s, t.name) || referenced_by_others(p.a, p.name_in_a(t.name))) {
        return false;
      }
      const std::string name = t.name;
      p.mutations.push_back("drop table \"" + name + "\"");
      forget(p, name, "");
      std::erase_if(s.tables, [&](const ir::Table& x) { return x.name == name; });
      return true;
    }
    case 15: {  // rename a table, with a hint
      const std::string old_name = t.name;
      for (const ir::TableRename& done : p.renames.tables) {
        if (done.to == old_name) {
          return false;
        }
      }
      const std::string new_name = odd("R" + std::to_string(maker.next_name()), r);
      t.name = new_name;
      for (ir::Table& other : s.tables) {
        for (ir::ForeignKey& fk : other.foreign_keys) {
          if (fk.referenced_table == old_name) {
            fk.referenced_table = new_name;
          }
        }
      }
      for (ir::ColumnRename& cr : p.renames.columns) {
        if (cr.table == old_name) {
          cr.table = new_name;
        }
      }
      for (backends::Backfill& b : p.backfills) {
        if (b.table.name == old_name) {
          b.table.name = new_name;
        }
      }
      std::set<std::pair<std::string, std::string>> distinct;
      for (const auto& [table, column] : p.distinct) {
        distinct.insert({table == old_name ? new_name : table, column});
      }
      p.distinct = std::move(distinct);
      if (p.has_rows(old_name)) {
        p.renames.tables.push_back({"", old_name, new_name});
      }
      p.mutations.push_back("rename table " + where + " -> \"" + new_name + "\"");
      return true;
    }
    case 18: {  // rename an index (same definition, another name)
      if (t.indexes.empty()) {
        return false;
      }
      ir::Index& i =
          t.indexes[static_cast<std::size_t>(r.below(static_cast<int>(t.indexes.size())))];
      const std::string old_name = i.name;
      i.name = odd("ix" + std::to_string(maker.next_name()), r);
      p.mutations.push_back("rename index " + old_name + " -> " + i.name);
      return true;
    }
    case 19: {  // redefine an index under its name: flip a sort order, or unique → plain
      if (t.indexes.empty()) {
        return false;
      }
      ir::Index& i =
          t.indexes[static_cast<std::size_t>(r.below(static_cast<int>(t.indexes.size())))];
      if (i.kind == ir::IndexKind::Unique && !is_target_index(i) && r.chance(50)) {
        i.kind = ir::IndexKind::Normal;
      } else {
        ir::IndexColumn& c = i.columns.back();
        c.sort = c.sort == ir::SortOrder::Asc ? ir::SortOrder::Desc : ir::SortOrder::Asc;
      }
      p.mutations.push_back("redefine index " + i.name);
      return true;
    }
    case 20: {  // an Int id becomes a BigInt id (Prisma gives a BigInt id no AUTOINCREMENT)
      ir::Column& id = t.columns[0];
      if (id.type.family != ir::TypeFamily::Int || !keyed_by_id(t)) {
        return false;
      }
      id.type = maker.type_of(ir::TypeFamily::BigInt);
      id.autoincrement = false;
      p.mutations.push_back("change type " + where + ".id Int -> BigInt");
      return true;
    }
    case 16: {  // autoincrement on or off for an Int id
      ir::Column& id = t.columns[0];
      if (id.type.family != ir::TypeFamily::Int || !t.primary_key ||
          t.primary_key->columns.size() != 1) {
        return false;
      }
      id.autoincrement = !id.autoincrement;
      p.mutations.push_back(std::string(id.autoincrement ? "add" : "drop") + " autoincrement " +
                            where + ".id");
      return true;
    }
    case 17: {  // a composite primary key (id, c) on a table nothing references
      if (referenced_by_others(s, t.name) || !t.primary_key || t.primary_key->columns.size() != 1) {
        return false;
      }
      for (const ir::ForeignKey& fk : t.foreign_keys) {
        if (fk.referenced_table == t.name) {
          return false;  // a self-reference needs a unique target
        }
      }
      std::vector<std::string> candidates;
      for (const std::size_t i : plain) {
        const ir::Column& c = t.columns[i];
        if (!c.nullable && unique_safe(c.type.family)) {
          candidates.push_back(c.name);
        }
      }
      if (candidates.empty()) {
        return false;
      }
      const std::string second = r.pick(candidates);
      t.primary_key->columns.push_back({second, ir::SortOrder::Asc, {}, ""});
      t.columns[0].autoincrement = false;  // only a single-column Int key has it
      p.mutations.push_back("primary key " + where + "(id, " + second + ")");
      return true;
    }
    default: {  // rename a column, with a hint
      ir::Column* c = some_plain();
      if (c == nullptr) {
        return false;
      }
      const std::string old_name = c->name;
      for (const ir::ColumnRename& done : p.renames.columns) {
        if (done.table == t.name && done.to == old_name) {
          return false;  // a column renamed once already
        }
      }
      for (const backends::Backfill& b : p.backfills) {
        if (b.table.name == t.name && b.column == old_name) {
          return false;
        }
      }
      const std::string new_name = odd("r" + std::to_string(maker.next_name()), r);
      c->name = new_name;
      if (p.distinct.erase({t.name, old_name}) > 0) {
        p.distinct.insert({t.name, new_name});
      }
      for (ir::Index& i : t.indexes) {
        for (ir::IndexColumn& ic : i.columns) {
          if (ic.name == old_name) {
            ic.name = new_name;
          }
        }
      }
      const ir::Table* in_a = p.a.find_table(p.name_in_a(t.name));
      const bool column_in_a = in_a != nullptr && in_a->find_column(old_name) != nullptr;
      if (column_in_a) {
        p.renames.columns.push_back({"", t.name, old_name, new_name});
      }
      p.mutations.push_back("rename column " + where + "." + old_name + " -> " + new_name);
      return true;
    }
  }
}

}  // namespace pair_maker

}  // namespace schemac::test
