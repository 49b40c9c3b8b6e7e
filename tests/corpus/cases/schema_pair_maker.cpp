// The random tables and schemas of the property tests (see schema_pair_maker.hpp).
#include "tests/corpus/cases/schema_pair_maker.hpp"

namespace schemac::test::pair_maker {

// The families a random column draws from, in this order (the order is part of the seeds).
const std::vector<ir::TypeFamily>& families() {
  static const std::vector<ir::TypeFamily> all = {
      ir::TypeFamily::String,   ir::TypeFamily::Int,     ir::TypeFamily::BigInt,
      ir::TypeFamily::Float,    ir::TypeFamily::Decimal, ir::TypeFamily::Boolean,
      ir::TypeFamily::DateTime, ir::TypeFamily::Json,    ir::TypeFamily::Binary,
  };
  return all;
}

// A database default of the family, as lowering writes it; nullopt where there is none to give.
std::optional<ir::Default> default_for(ir::TypeFamily f, Random& r) {
  ir::Default d;
  switch (f) {
    case ir::TypeFamily::String:
      d.value = {ir::ValueKind::String,
                 r.pick(std::vector<std::string>{"draft", "", "it's", "say \"hi\"", "a; -- b"}),
                 {}};
      return d;
    case ir::TypeFamily::Int:
    case ir::TypeFamily::BigInt:
      d.value = {ir::ValueKind::Number, std::to_string(r.below(200) - 100), {}};
      return d;
    case ir::TypeFamily::Float:
    case ir::TypeFamily::Decimal:
      d.value = {ir::ValueKind::Number, r.chance(50) ? "1.5" : "0", {}};
      return d;
    case ir::TypeFamily::Boolean:
      d.value = {ir::ValueKind::Boolean, r.chance(50) ? "true" : "false", {}};
      return d;
    case ir::TypeFamily::DateTime:
      d.kind = ir::DefaultKind::Now;
      return d;
    default:
      return std::nullopt;
  }
}

bool indexable(ir::TypeFamily f) {
  return f != ir::TypeFamily::Json && f != ir::TypeFamily::Binary;
}

// Unique only where the rows (table_rows.cpp) and the backfills above are distinct.
bool unique_safe(ir::TypeFamily f) {
  return f == ir::TypeFamily::String || f == ir::TypeFamily::Int || f == ir::TypeFamily::BigInt;
}

bool in_foreign_key(const ir::Table& t, const std::string& column) {
  for (const ir::ForeignKey& fk : t.foreign_keys) {
    for (const std::string& c : fk.columns) {
      if (c == column) {
        return true;
      }
    }
  }
  return false;
}

bool referenced_by_others(const ir::Schema& s, const std::string& table) {
  for (const ir::Table& t : s.tables) {
    for (const ir::ForeignKey& fk : t.foreign_keys) {
      if (fk.referenced_table == table && t.name != table) {
        return true;
      }
    }
  }
  return false;
}

ir::ReferentialAction random_action(Random& r, bool nullable) {
  std::vector<ir::ReferentialAction> actions = {ir::ReferentialAction::Cascade,
                                                ir::ReferentialAction::Restrict,
                                                ir::ReferentialAction::NoAction};
  if (nullable) {
    actions.push_back(ir::ReferentialAction::SetNull);
  }
  return r.pick(actions);
}

// The columns a mutation may touch: not the primary key, not a foreign key's.
std::vector<std::size_t> plain_columns(const ir::Table& t) {
  std::vector<std::size_t> out;
  for (std::size_t i = 0; i < t.columns.size(); ++i) {
    const std::string& name = t.columns[i].name;
    bool key = false;
    if (t.primary_key) {
      for (const ir::IndexColumn& c : t.primary_key->columns) {
        key = key || c.name == name;
      }
    }
    if (!key && !in_foreign_key(t, name)) {
      out.push_back(i);
    }
  }
  return out;
}

// A table's primary key is its `id` alone: the only key add_reference() points at.
bool keyed_by_id(const ir::Table& t) {
  return t.primary_key && t.primary_key->columns.size() == 1 &&
         t.primary_key->columns[0].name == t.columns[0].name;
}

// The columns of `table` some foreign key of `s` points at.
std::set<std::string> referenced_columns(const ir::Schema& s, const std::string& table) {
  std::set<std::string> out;
  for (const ir::Table& t : s.tables) {
    for (const ir::ForeignKey& fk : t.foreign_keys) {
      if (fk.referenced_table == table) {
        out.insert(fk.referenced_columns.begin(), fk.referenced_columns.end());
      }
    }
  }
  return out;
}

// Now and then a name that needs quoting: a space, a double or single quote, a hyphen.
std::string odd(std::string name, Random& r) {
  if (r.chance(15)) {
    name += r.pick(std::vector<std::string>{" x", "\"q", "'s", "-y"});
  }
  return name;
}

ir::Column SchemaMaker::random_column(const std::string& name,
                                      bool allow_required_without_default) {
  ir::Column c;
  c.name = name;
  c.type = type_of(r_.pick(families()));
  c.nullable = r_.chance(40);
  if (r_.chance(35) || (!c.nullable && !allow_required_without_default)) {
    c.default_value = default_for(c.type.family, r_);
    if (!c.default_value && !c.nullable && !allow_required_without_default) {
      c.nullable = true;
    }
  }
  return c;
}

// A unique index only goes on a column for which `distinct` says the rows differ.
void SchemaMaker::add_index(ir::Table& t, bool unique,
                            const std::function<bool(const std::string&)>& distinct) {
  std::vector<std::string> candidates;
  for (const std::size_t i : plain_columns(t)) {
    const ir::Column& c = t.columns[i];
    if (unique ? unique_safe(c.type.family) && (!distinct || distinct(c.name))
               : indexable(c.type.family)) {
      candidates.push_back(c.name);
    }
  }
  if (candidates.empty()) {
    return;
  }
  ir::Index index;
  index.kind = unique ? ir::IndexKind::Unique : ir::IndexKind::Normal;
  index.columns.push_back(
      {r_.pick(candidates), r_.chance(20) ? ir::SortOrder::Desc : ir::SortOrder::Asc, {}, ""});
  index.name = t.name + "_" + index.columns[0].name + (unique ? "_key" : "_idx");
  // A second column (any indexable one: the first keeps a unique index's tuples distinct).
  std::vector<std::string> seconds;
  for (const std::size_t i : plain_columns(t)) {
    if (indexable(t.columns[i].type.family) && t.columns[i].name != index.columns[0].name) {
      seconds.push_back(t.columns[i].name);
    }
  }
  if (!seconds.empty() && r_.chance(30)) {
    const std::string& second = r_.pick(seconds);
    index.columns.push_back({second, ir::SortOrder::Asc, {}, ""});
    index.name = t.name + "_" + index.columns[0].name + "_" + second + (unique ? "_key" : "_idx");
  }
  if (t.find_index(index.name) == nullptr) {
    t.indexes.push_back(std::move(index));
  }
}

// A nullable column referencing `parent`'s id, and its foreign key.
// A nullable column referencing `parent`'s id or, now and then, a required column of the
// parent with a unique index of its own (Prisma's `references: [email]`), and its foreign key.
void SchemaMaker::add_reference(ir::Table& t, const ir::Table& parent, bool nullable) {
  const ir::Column* target = keyed_by_id(parent) ? &parent.columns[0] : nullptr;
  std::vector<const ir::Column*> unique_targets;
  for (const ir::Index& i : parent.indexes) {
    const ir::Column* c = i.columns.size() == 1 ? parent.find_column(i.columns[0].name) : nullptr;
    if (i.kind == ir::IndexKind::Unique && c != nullptr && !c->nullable &&
        unique_safe(c->type.family) && !in_foreign_key(parent, c->name)) {
      unique_targets.push_back(c);
    }
  }
  if (!unique_targets.empty() && (target == nullptr || r_.chance(30))) {
    target = r_.pick(unique_targets);
  }
  if (target == nullptr) {
    return;
  }
  ir::Column c;
  c.name = "ref_" + parent.name + "_" + std::to_string(next_++);
  c.type = target->type;
  c.nullable = nullable;
  ir::ForeignKey fk;
  fk.name = t.name + "_" + c.name + "_fkey";
  fk.columns = {c.name};
  fk.referenced_table = parent.name;
  fk.referenced_columns = {target->name};
  fk.on_delete = random_action(r_, nullable);
  fk.on_update = random_action(r_, false);
  t.columns.push_back(std::move(c));
  t.foreign_keys.push_back(std::move(fk));
}

ir::Table SchemaMaker::random_table(const std::string& name, const ir::Schema& earlier) {
  ir::Table t;
  t.name = name;
  ir::Column id;
  id.name = "id";
  if (r_.chance(70)) {
    id.type = type_of(ir::TypeFamily::Int);
    id.autoincrement = true;
  } else {
    id.type = type_of(ir::TypeFamily::String);
  }
  t.columns.push_back(id);
  t.primary_key = ir::PrimaryKey{d_.names_primary_keys ? name + "_pkey" : "",
                                 {{"id", ir::SortOrder::Asc, std::nullopt, ""}}};
  const int n = 1 + r_.below(5);
  for (int i = 0; i < n; ++i) {
    t.columns.push_back(random_column(odd("c" + std::to_string(next_++), r_), true));
  }
  if (!earlier.tables.empty() && r_.chance(60)) {
    add_reference(t, r_.pick(earlier.tables), r_.chance(50));
  }
  if (r_.chance(40)) {
    add_index(t, true);
  }
  if (r_.chance(40)) {
    add_index(t, false);
  }
  return t;
}

ir::Schema SchemaMaker::random_schema() {
  ir::Schema s;
  s.dialect = d_.dialect;
  const int n = 2 + r_.below(4);
  for (int i = 0; i < n; ++i) {
    s.tables.push_back(random_table(odd("T" + std::to_string(i), r_), s));
  }
  return s;
}

}  // namespace schemac::test::pair_maker
