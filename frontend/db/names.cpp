// The names pass (psl/parser-database/src/names.rs): creates every model, view, enum and
// composite type with its fields, and reports invalid, reserved and duplicate names.
#include <algorithm>
#include <array>
#include <set>

#include "frontend/db/builder.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {
namespace {

// prisma-client-js's reserved names (psl/parser-database/src/names/reserved_model_names.rs).
constexpr std::array<std::string_view, 45> kReservedNames = {
    "PrismaClient", "break",   "case",      "catch",      "class",      "const",   "continue",
    "debugger",     "default", "delete",    "do",         "else",       "enum",    "export",
    "extends",      "false",   "finally",   "for",        "function",   "if",      "implements",
    "import",       "in",      "instanceof", "interface", "let",        "new",     "null",
    "package",      "private", "protected", "public",     "return",     "super",   "switch",
    "this",         "throw",   "true",      "try",        "typeof",     "var",     "void",
    "while",        "with",    "yield"};

constexpr std::array<std::string_view, 9> kScalarNames = {
    "String", "Boolean", "Int", "BigInt", "Float", "Decimal", "DateTime", "Json", "Bytes"};

bool is_reserved_name(std::string_view name) {
  return std::find(kReservedNames.begin(), kReservedNames.end(), name) != kReservedNames.end();
}

bool is_scalar_name(std::string_view name) {
  return std::find(kScalarNames.begin(), kScalarNames.end(), name) != kScalarNames.end();
}

// Prisma checks the first character with char::is_numeric (any Unicode digit); ASCII digits
// are what schemas contain.
void validate_identifier(const ast::Identifier& id, std::string_view item, Diagnostics& diags) {
  if (id.name.empty()) {
    diags.push(msg::name_empty(id.span, item));
  } else if (id.name.front() >= '0' && id.name.front() <= '9') {
    diags.push(msg::name_starts_with_number(id.span, item));
  } else if (id.name.find('-') != std::string_view::npos) {
    diags.push(msg::name_contains_dash(id.span, item));
  }
}

void validate_attribute_identifiers(const std::vector<ast::Attribute>& attrs,
                                    Diagnostics& diags) {
  for (const auto& a : attrs) {
    validate_identifier(a.name, "Attribute", diags);
  }
}

// `members`: ast::Model::members or ast::Enum::members.
template <typename Members>
void validate_block_attribute_identifiers(const Members& members, Diagnostics& diags) {
  for (const auto& m : members) {
    if (const auto* a = std::get_if<ast::BlockAttribute>(&m)) {
      validate_identifier(a->attribute.name, "Attribute", diags);
    }
  }
}

// The members of type T of a block, in order, in one allocation (ast::Model::fields() grows
// its vector from empty: five allocations for a dozen fields, for every model).
template <typename T, typename Members>
std::vector<const T*> members_of(const Members& members) {
  std::vector<const T*> out;
  out.reserve(static_cast<std::size_t>(std::count_if(
      members.begin(), members.end(), [](const auto& m) { return std::holds_alternative<T>(m); })));
  for (const auto& m : members) {
    if (const T* p = std::get_if<T>(&m)) {
      out.push_back(p);
    }
  }
  return out;
}

// Comment text views the source.
std::vector<std::string_view> documentation_of(const std::vector<ast::Comment>& docs) {
  std::vector<std::string_view> out;
  out.reserve(docs.size());
  for (const auto& c : docs) {
    out.push_back(c.text);
  }
  return out;
}

// For each item, whether an earlier item has the same name. O(n log n) in items with two
// allocations, where a std::set costs a node per item (this runs for every model's fields).
template <typename Item, typename NameOf>
std::vector<bool> repeats_an_earlier_name(const std::vector<const Item*>& items, NameOf name_of) {
  // Sorted by name, then position: among equal names the first declared comes first.
  std::vector<std::pair<std::string_view, std::uint32_t>> sorted;
  sorted.reserve(items.size());
  for (std::uint32_t i = 0; i < items.size(); ++i) {
    sorted.emplace_back(name_of(*items[i]), i);
  }
  std::sort(sorted.begin(), sorted.end());
  std::vector<bool> repeated(items.size(), false);
  for (std::size_t i = 1; i < sorted.size(); ++i) {
    if (sorted[i].first == sorted[i - 1].first) {
      repeated[sorted[i].second] = true;
    }
  }
  return repeated;
}

// One sort of a block's field names gives both what the names pass reports and what
// find_field searches. O(n log n) in fields.
struct FieldNames {
  std::vector<bool> repeated;  // by position in the block: repeats an earlier field's name
  std::vector<std::pair<std::string_view, FieldId>> sorted;  // ModelSource::sorted_names
};

FieldNames sort_field_names(const std::vector<const ast::Field*>& fields) {
  FieldNames out;
  out.sorted.reserve(fields.size());
  for (FieldId i = 0; i < fields.size(); ++i) {
    out.sorted.emplace_back(fields[i]->name.name, i);
  }
  // By name, then position: among equal names the first declared comes first and is kept.
  std::sort(out.sorted.begin(), out.sorted.end());
  out.repeated.assign(fields.size(), false);
  bool any_repeated = false;
  for (std::size_t i = 1; i < out.sorted.size(); ++i) {
    if (out.sorted[i].first == out.sorted[i - 1].first) {
      out.repeated[out.sorted[i].second] = true;
      any_repeated = true;
    }
  }
  if (any_repeated) {
    // Repeated fields are dropped, so a kept field's id counts the kept fields before it.
    std::vector<FieldId> id_of(fields.size());
    FieldId next = 0;
    for (std::size_t i = 0; i < fields.size(); ++i) {
      id_of[i] = next;
      next += out.repeated[i] ? 0 : 1;
    }
    std::erase_if(out.sorted, [&](const auto& entry) { return out.repeated[entry.second]; });
    for (auto& entry : out.sorted) {
      entry.second = id_of[entry.second];
    }
  }
  return out;
}

std::string_view top_kind_word(Builder::TopKind k) {
  switch (k) {
    case Builder::TopKind::Model: return "model";
    case Builder::TopKind::View: return "view";
    case Builder::TopKind::Enum: return "enum";
    case Builder::TopKind::CompositeType: return "composite type";
  }
  return "model";
}

void insert_top(Builder& b, const ast::Identifier& name, Builder::TopKind kind,
                std::uint32_t index) {
  auto [it, inserted] = b.tops.try_emplace(name.name, Builder::TopEntry{kind, index});
  if (!inserted) {
    b.diags.push(msg::duplicate_top(name.span, name.name, top_kind_word(kind),
                                    top_kind_word(it->second.kind)));
    it->second = Builder::TopEntry{kind, index};  // Prisma's map keeps the last one
  }
}

// Fills `field` in place, where it stays. Names view the source.
void fill_field(Field& field, const ast::Field& f) {
  field.name = f.name.name;
  field.span = f.span;
  field.name_span = f.name.span;
  if (f.type) {
    field.type_span = f.type->span;
    field.type.name = f.type->name.name;
  }
  if (!f.documentation.empty()) {
    field.documentation = documentation_of(f.documentation);
  }
}

void visit_model(Builder& b, const ast::Model& m) {
  const bool is_view = m.kind == ast::ModelKind::View;
  validate_identifier(m.name, is_view ? "view" : "Model", b.diags);
  if (is_reserved_name(m.name.name)) {
    b.diags.push(msg::reserved_model_name(m.span, is_view ? "view" : "model", m.name.name));
  }
  validate_block_attribute_identifiers(m.members, b.diags);

  Model model;
  model.name = m.name.name;
  model.is_view = is_view;
  model.span = m.span;
  model.name_span = m.name.span;
  model.documentation = documentation_of(m.documentation);
  const std::vector<const ast::Field*> fields = members_of<ast::Field>(m.members);
  FieldNames names = sort_field_names(fields);
  const std::vector<bool>& repeated = names.repeated;
  ModelSource source{&m, {}, std::move(names.sorted)};
  model.fields.reserve(fields.size());
  source.fields.reserve(fields.size());
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const ast::Field* f = fields[i];
    validate_identifier(f->name, is_view ? "field" : "Field", b.diags);
    validate_attribute_identifiers(f->attributes, b.diags);
    if (repeated[i]) {
      b.diags.push(msg::duplicate_field(f->name.span, is_view ? "view" : "model", m.name.name,
                                        f->name.name));
      continue;  // Prisma's name map keeps one field per name
    }
    fill_field(model.fields.emplace_back(), *f);
    source.fields.push_back(f);
  }
  const auto index = static_cast<std::uint32_t>(b.db.models.size());
  b.db.models.push_back(std::move(model));
  b.model_sources.push_back(std::move(source));
  insert_top(b, m.name, is_view ? Builder::TopKind::View : Builder::TopKind::Model, index);
}

void visit_composite_type(Builder& b, const ast::Model& m) {
  validate_identifier(m.name, "Composite type", b.diags);
  CompositeType ct;
  ct.name = m.name.name;
  ct.span = m.span;
  ct.name_span = m.name.span;
  const std::vector<const ast::Field*> fields = members_of<ast::Field>(m.members);
  FieldNames names = sort_field_names(fields);
  const std::vector<bool>& repeated = names.repeated;
  ModelSource source{&m, {}, std::move(names.sorted)};
  ct.fields.reserve(fields.size());
  source.fields.reserve(fields.size());
  for (std::size_t i = 0; i < fields.size(); ++i) {
    const ast::Field* f = fields[i];
    if (repeated[i]) {
      b.diags.push(msg::duplicate_field(f->name.span, "composite type", m.name.name,
                                        f->name.name));
      continue;
    }
    fill_field(ct.fields.emplace_back(), *f);
    source.fields.push_back(f);
  }
  const auto index = static_cast<std::uint32_t>(b.db.composite_types.size());
  b.db.composite_types.push_back(std::move(ct));
  b.composite_sources.push_back(std::move(source));
  insert_top(b, m.name, Builder::TopKind::CompositeType, index);
}

void visit_enum(Builder& b, const ast::Enum& e) {
  validate_identifier(e.name, "Enum", b.diags);
  if (is_reserved_name(e.name.name)) {
    b.diags.push(msg::reserved_enum_name(e.span, e.name.name));
  }
  validate_block_attribute_identifiers(e.members, b.diags);
  Enum enm;
  enm.name = e.name.name;
  enm.span = e.span;
  enm.name_span = e.name.span;
  enm.documentation = documentation_of(e.documentation);
  EnumSource source{&e, {}};
  const std::vector<const ast::EnumValue*> values = members_of<ast::EnumValue>(e.members);
  const std::vector<bool> repeated =
      repeats_an_earlier_name(values, [](const ast::EnumValue& v) { return v.name.name; });
  enm.values.reserve(values.size());
  source.values.reserve(values.size());
  for (std::size_t i = 0; i < values.size(); ++i) {
    const ast::EnumValue* v = values[i];
    validate_identifier(v->name, "Enum Value", b.diags);
    validate_attribute_identifiers(v->attributes, b.diags);
    if (repeated[i]) {
      b.diags.push(msg::duplicate_enum_value(v->span, e.name.name, v->name.name));
    }
    enm.values.push_back(EnumValue{v->name.name, std::nullopt, v->span});
    source.values.push_back(v);
  }
  const auto index = static_cast<std::uint32_t>(b.db.enums.size());
  b.db.enums.push_back(std::move(enm));
  b.enum_sources.push_back(std::move(source));
  insert_top(b, e.name, Builder::TopKind::Enum, index);
}

void visit_config(const ast::ConfigBlock& c, std::map<std::string, const ast::ConfigBlock*,
                                                      std::less<>>& namespace_,
                  Diagnostics& diags) {
  // Prisma's Top::get_type says "source" for a datasource.
  const std::string_view kind = c.kind == ast::ConfigKind::Datasource ? "source" : "generator";
  std::set<std::string_view> keys;
  for (const ast::Property* p : c.properties()) {
    if (!keys.insert(p->name.name).second) {
      diags.push(msg::duplicate_config_key(p->name.span, kind, c.name.name, p->name.name));
    }
  }
  auto [it, inserted] = namespace_.try_emplace(std::string(c.name.name), &c);
  if (!inserted) {
    diags.push(msg::duplicate_top(c.name.span, c.name.name, kind, kind));
  }
}

}  // namespace

std::optional<FieldId> find_field(const ModelSource& source, std::string_view name) {
  const auto& names = source.sorted_names;
  const auto it = std::lower_bound(names.begin(), names.end(), std::pair{name, FieldId{0}});
  if (it == names.end() || it->first != name) {
    return std::nullopt;
  }
  return it->second;
}

void resolve_names(Builder& b) {
  std::map<std::string, const ast::ConfigBlock*, std::less<>> generators;
  std::map<std::string, const ast::ConfigBlock*, std::less<>> datasources;
  std::size_t block_count = 0;
  for (const auto& file : b.schema.files) {
    block_count += file.tops.size();
  }
  // An upper bound: no Model (424 bytes, with its fields) is moved while the vectors grow.
  b.db.models.reserve(block_count);
  b.model_sources.reserve(block_count);
  b.tops.reserve(block_count);
  for (const auto& file : b.schema.files) {
    for (const auto& top : file.tops) {
      const ast::Identifier* name = nullptr;
      if (const auto* m = std::get_if<ast::Model>(&top)) {
        name = &m->name;
      } else if (const auto* e = std::get_if<ast::Enum>(&top)) {
        name = &e->name;
      } else if (const auto* c = std::get_if<ast::ConfigBlock>(&top)) {
        name = &c->name;
      }
      if (name == nullptr) {
        continue;
      }
      if (is_scalar_name(name->name)) {
        b.diags.push(msg::reserved_scalar_type(name->span, name->name));
      }
      if (const auto* m = std::get_if<ast::Model>(&top)) {
        if (m->kind == ast::ModelKind::CompositeType) {
          visit_composite_type(b, *m);
        } else {
          visit_model(b, *m);
        }
      } else if (const auto* e = std::get_if<ast::Enum>(&top)) {
        visit_enum(b, *e);
      } else if (const auto* c = std::get_if<ast::ConfigBlock>(&top)) {
        visit_config(*c, c->kind == ast::ConfigKind::Datasource ? datasources : generators,
                     b.diags);
      }
    }
  }
}

}  // namespace schemac::frontend::db
