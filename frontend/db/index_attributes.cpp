// Readers of `@id`, `@@id`, `@unique`, `@@unique`, `@@index` and `@@fulltext`
// (psl/parser-database/src/attributes.rs, attributes/id.rs, types/index_fields.rs).
#include <algorithm>

#include "frontend/db/attribute_visitor.hpp"
#include "frontend/db/builder.hpp"
#include "frontend/db/expression.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {
namespace {

std::optional<SortOrder> read_sort(const ast::Expression* e, AttributeVisitor& v,
                                   Diagnostics& diags) {
  if (e == nullptr) {
    return std::nullopt;
  }
  auto c = coerce_constant(*e, diags);
  if (!c) {
    return std::nullopt;
  }
  if (*c == "Asc") {
    return SortOrder::Asc;
  }
  if (*c == "Desc") {
    return SortOrder::Desc;
  }
  diags.push(msg::invalid_sort_argument(v.current().span, v.current_display_name(), *c));
  return std::nullopt;
}

std::optional<std::uint32_t> read_length(const ast::Expression* e, Diagnostics& diags) {
  if (e == nullptr) {
    return std::nullopt;
  }
  auto n = coerce_integer(*e, diags);
  return n ? std::optional<std::uint32_t>(static_cast<std::uint32_t>(*n)) : std::nullopt;
}

// `map:` (and `name:`) string arguments: empty strings are reported and dropped.
std::optional<std::string_view> read_name_argument(AttributeVisitor& v, std::string_view arg,
                                                   Builder& b) {
  Diagnostics& diags = b.diags;
  const ast::Expression* e = v.optional_argument(arg);
  if (e == nullptr) {
    return std::nullopt;
  }
  auto s = coerce_stored_string(*e, b.db.text, diags);
  if (s && s->empty()) {
    diags.push(arg == "map" ? msg::empty_map_argument(v.current().span, v.current_display_name())
                            : msg::empty_name_argument(v.current().span,
                                                       v.current_display_name()));
    return std::nullopt;
  }
  return s;
}

std::optional<bool> read_clustered(AttributeVisitor& v, Diagnostics& diags) {
  const ast::Expression* e = v.optional_argument("clustered");
  return e == nullptr ? std::nullopt : coerce_boolean(*e, diags);
}

// PostgreSQL's operator classes as Prisma knows them (psl/parser-database types.rs).
bool is_known_operator_class(std::string_view name) {
  static constexpr std::string_view kFixed[] = {
      "InetOps",         "JsonbOps",       "JsonbPathOps",    "ArrayOps",
      "TextOps",         "BitMinMaxOps",   "VarBitMinMaxOps", "BpcharBloomOps",
      "BpcharMinMaxOps", "ByteaBloomOps",  "ByteaMinMaxOps",  "InetInclusionOps",
      "TextBloomOps",    "TextMinMaxOps"};
  static constexpr std::string_view kFamilies[] = {
      "Date", "Float4",    "Float8",      "Inet", "Int2",   "Int4", "Int8",
      "Numeric", "Oid", "Timestamp", "TimestampTz", "Time", "TimeTz", "Uuid"};
  if (std::find(std::begin(kFixed), std::end(kFixed), name) != std::end(kFixed)) {
    return true;
  }
  for (std::string_view family : kFamilies) {
    for (std::string_view suffix : {"BloomOps", "MinMaxOps", "MinMaxMultiOps"}) {
      if (name.size() == family.size() + suffix.size() && name.substr(0, family.size()) == family &&
          name.substr(family.size()) == suffix) {
        return true;
      }
    }
  }
  return false;
}

// One element of a field list: `name` or `name(sort: Desc, length: 10, ops: X)`.
struct RawIndexField {
  std::string_view name;
  std::optional<SortOrder> sort;
  std::optional<std::uint32_t> length;
  std::optional<OperatorClass> ops;
  Span span;
};

std::optional<std::vector<RawIndexField>> coerce_index_fields(const ast::Expression& e,
                                                              AttributeVisitor& v, TextStore& store,
                                                              Diagnostics& diags) {
  std::vector<const ast::Expression*> items;
  if (const auto* a = as_array(e)) {
    for (const auto& item : a->items) {
      items.push_back(&item);
    }
  } else {
    items.push_back(&e);
  }
  std::vector<RawIndexField> out;
  bool ok = true;
  for (const ast::Expression* item : items) {
    if (auto c = as_constant(*item)) {
      out.push_back(RawIndexField{*c, {}, {}, {}, item->span});
      continue;
    }
    const ast::FunctionCall* f = as_function(*item);
    if (f == nullptr) {
      diags.push(msg::type_mismatch(item->span, "constant literal", describe_value_type(*item),
                                    expression_text(*item)));
      ok = false;
      continue;
    }
    RawIndexField field{f->name.name, {}, {}, {}, item->span};
    for (const auto& arg : f->arguments.arguments) {
      const ast::Expression* value = argument_value(arg);
      const std::string_view name = arg.name ? arg.name->name : std::string_view();
      if (value == nullptr) {
        continue;  // reported as an empty argument
      }
      if (name == "sort") {
        field.sort = read_sort(value, v, diags);
      } else if (name == "length") {
        field.length = read_length(value, diags);
      } else if (name == "ops") {
        if (auto c = as_constant(*value); c && is_known_operator_class(*c)) {
          field.ops = OperatorClass{*c, false, value->span};
        } else if (c) {
          diags.push(msg::invalid_operator_class(value->span, *c));
          ok = false;
        } else if (const auto* raw = as_function(*value);
                   raw != nullptr && raw->name.name == "raw" &&
                   raw->arguments.arguments.size() == 1 &&
                   argument_value(raw->arguments.arguments[0]) != nullptr &&
                   is_string(*argument_value(raw->arguments.arguments[0]))) {
          field.ops =
              OperatorClass{*stored_string(*argument_value(raw->arguments.arguments[0]), store),
                            true, value->span};
        } else {
          diags.push(msg::invalid_operator_class(value->span, expression_text(*value)));
          ok = false;
        }
      } else {
        diags.push(msg::no_such_argument(arg.span));
        ok = false;
      }
    }
    out.push_back(std::move(field));
  }
  if (!ok) {
    return std::nullopt;
  }
  return out;
}

// Resolves names to fields of `model`. Unknown and relation fields are reported with the
// wording of the attribute (`what`: index kind), as common_index_validations does.
enum class FieldListKind { Index, Unique, Id };

std::optional<std::vector<IndexField>> resolve_index_fields(Builder& b, ModelId model_id,
                                                            const ast::Expression& fields_expr,
                                                            FieldListKind kind,
                                                            AttributeVisitor& v) {
  auto raw = coerce_index_fields(fields_expr, v, b.db.text, b.diags);
  if (!raw) {
    return std::nullopt;
  }
  const Model& model = b.db.models[model_id];
  std::vector<IndexField> out;
  std::vector<std::string> unknown;
  std::vector<std::string> relation_fields;
  std::vector<std::string> suggested;
  for (const auto& r : *raw) {
    std::string_view root = r.name;
    std::vector<FieldId> path;
    const auto dot = r.name.find('.');
    if (dot != std::string_view::npos) {
      // Paths into composite types (MongoDB); @@id does not follow them.
      root = r.name.substr(0, dot);
    }
    auto id = find_field(b.model_sources[model_id], root);
    if (!id) {
      unknown.emplace_back(root);
      continue;
    }
    const Field& f = model.fields[*id];
    if (f.is_relation()) {
      relation_fields.emplace_back(f.name);
      if (f.relation_attribute && f.relation_attribute->fields) {
        for (FieldId u : *f.relation_attribute->fields) {
          suggested.emplace_back(model.fields[u].name);
        }
      }
      continue;
    }
    if (dot != std::string_view::npos &&
        (kind == FieldListKind::Id || f.type.kind != FieldTypeKind::Composite)) {
      unknown.emplace_back(r.name);
      continue;
    }
    const bool repeated = std::any_of(out.begin(), out.end(), [&](const IndexField& x) {
      return x.field == *id && dot == std::string_view::npos && x.path.empty();
    });
    if (repeated) {
      b.diags.push(msg::index_field_repeated(v.current().span, model.name, f.name));
      return std::nullopt;
    }
    out.push_back(IndexField{*id, path, r.sort, r.length, r.ops, r.span});
  }
  if (!unknown.empty()) {
    if (kind == FieldListKind::Id) {
      b.diags.push(msg::id_unknown_fields(fields_expr.span, model.name, unknown));
    } else {
      b.diags.push(msg::index_unknown_fields(v.current().span, model.name,
                                             kind == FieldListKind::Unique, unknown));
    }
  }
  if (!relation_fields.empty()) {
    if (kind == FieldListKind::Id) {
      b.diags.push(msg::id_relation_fields(v.current().span, model.name, relation_fields));
    } else {
      b.diags.push(msg::index_relation_fields(v.current().span, model.name,
                                              kind == FieldListKind::Unique, relation_fields,
                                              suggested));
    }
  }
  if (!unknown.empty() || !relation_fields.empty()) {
    return std::nullopt;
  }
  return out;
}

void validate_client_name(Builder& b, AttributeVisitor& v, const Model& model,
                          std::string_view name, std::string_view attribute) {
  const bool valid = std::all_of(name.begin(), name.end(), [](char c) {
    return c == '_' || (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  });
  if (!valid) {
    b.diags.push(msg::invalid_client_name(v.current().span, model.name, attribute));
  }
}

}  // namespace

void read_field_id(Builder& b, ModelId model_id, FieldId field_id, AttributeVisitor& v) {
  Model& model = b.db.models[model_id];
  if (model.primary_key) {
    b.diags.push(msg::multiple_id_fields(model.span, model.name));
    return;
  }
  PrimaryKey pk;
  pk.mapped_name = read_name_argument(v, "map", b);
  pk.mapped_name_span = pk.mapped_name ? v.last_argument_span() : v.current().span;
  const auto length = read_length(v.optional_argument("length"), b.diags);
  const auto sort = read_sort(v.optional_argument("sort"), v, b.diags);
  pk.clustered = read_clustered(v, b.diags);
  pk.fields.push_back(IndexField{field_id, {}, sort, length, {}, v.current().span});
  pk.source_field = field_id;
  pk.span = v.current().span;
  model.primary_key = std::move(pk);
}

void read_model_id(Builder& b, ModelId model_id, AttributeVisitor& v) {
  const ast::Expression* fields = v.default_argument("fields");
  if (fields == nullptr) {
    return;
  }
  auto resolved = resolve_index_fields(b, model_id, *fields, FieldListKind::Id, v);
  if (!resolved) {
    return;
  }
  Model& model = b.db.models[model_id];
  std::vector<std::string> optional_fields;
  for (const auto& f : *resolved) {
    if (model.fields[f.field].arity != Arity::Required) {
      optional_fields.emplace_back(model.fields[f.field].name);
    }
  }
  if (!optional_fields.empty() && !model.is_ignored) {
    b.diags.push(msg::id_optional_fields(v.current().span, model.name, optional_fields));
  }
  if (model.primary_key) {
    b.diags.push(msg::id_and_compound_id(model.span, model.name));
  }
  PrimaryKey pk;
  pk.mapped_name = read_name_argument(v, "map", b);
  pk.mapped_name_span = pk.mapped_name ? v.last_argument_span() : v.current().span;
  pk.name = read_name_argument(v, "name", b);
  if (pk.name) {
    validate_client_name(b, v, model, *pk.name, "@@id");
  }
  pk.clustered = read_clustered(v, b.diags);
  pk.fields = std::move(*resolved);
  pk.span = v.current().span;
  model.primary_key = std::move(pk);
}

void read_field_unique(Builder& b, ModelId model_id, FieldId field_id, AttributeVisitor& v) {
  Index index;
  index.kind = IndexKind::Unique;
  index.mapped_name = read_name_argument(v, "map", b);
  index.mapped_name_span = index.mapped_name ? v.last_argument_span() : v.current().span;
  index.algorithm_span = v.current().span;
  const auto length = read_length(v.optional_argument("length"), b.diags);
  const auto sort = read_sort(v.optional_argument("sort"), v, b.diags);
  index.clustered = read_clustered(v, b.diags);
  index.fields.push_back(IndexField{field_id, {}, sort, length, {}, v.current().span});
  index.source_field = field_id;
  index.span = v.current().span;
  b.db.models[model_id].indexes.push_back(std::move(index));
}

void read_model_index(Builder& b, ModelId model_id, IndexKind kind, AttributeVisitor& v) {
  Index index;
  index.kind = kind;
  index.span = v.current().span;
  index.mapped_name_span = index.span;
  index.algorithm_span = index.span;
  if (const ast::Expression* fields = v.default_argument("fields")) {
    auto resolved = resolve_index_fields(
        b, model_id, *fields, kind == IndexKind::Unique ? FieldListKind::Unique : FieldListKind::Index,
        v);
    if (resolved) {
      index.fields = std::move(*resolved);
    }
  }
  Model& model = b.db.models[model_id];
  if (kind == IndexKind::Normal) {
    auto name = read_name_argument(v, "name", b);
    const Span name_span = v.last_argument_span();
    auto mapped = read_name_argument(v, "map", b);
    const Span map_span = v.last_argument_span();
    // Prisma still reads the legacy `@@index(name: "x")` as the database name.
    if (name && mapped) {
      b.diags.push(msg::index_name_and_map(v.current().span));
    } else {
      index.mapped_name = mapped ? mapped : name;
      if (mapped || name) {
        index.mapped_name_span = mapped ? map_span : name_span;
      }
    }
    if (const ast::Expression* type = v.optional_argument("type")) {
      index.algorithm_span = v.last_argument_span();
      if (auto c = coerce_constant(*type, b.diags)) {
        static constexpr std::pair<std::string_view, IndexAlgorithm> kAlgorithms[] = {
            {"BTree", IndexAlgorithm::BTree}, {"Hash", IndexAlgorithm::Hash},
            {"Gist", IndexAlgorithm::Gist},   {"Gin", IndexAlgorithm::Gin},
            {"SpGist", IndexAlgorithm::SpGist}, {"Brin", IndexAlgorithm::Brin}};
        for (const auto& [n, a] : kAlgorithms) {
          if (n == *c) {
            index.algorithm = a;
          }
        }
        if (!index.algorithm) {
          b.diags.push(msg::unknown_index_type(v.current().span, *c));
        }
      }
    }
    index.clustered = read_clustered(v, b.diags);
    if (index.algorithm == IndexAlgorithm::Hash &&
        std::any_of(index.fields.begin(), index.fields.end(),
                    [](const IndexField& f) { return f.sort.has_value(); })) {
      b.diags.push(msg::hash_index_with_sort(v.current().span));
    }
    if (const ast::Expression* where = v.optional_argument("where")) {
      index.where = b.db.text.keep(expression_text(*where));
    }
  } else if (kind == IndexKind::Unique) {
    index.name = read_name_argument(v, "name", b);
    index.mapped_name = read_name_argument(v, "map", b);
    if (index.mapped_name) {
      index.mapped_name_span = v.last_argument_span();
    }
    if (index.name) {
      validate_client_name(b, v, model, *index.name, "@@unique");
    }
    index.clustered = read_clustered(v, b.diags);
  } else {
    index.mapped_name = read_name_argument(v, "map", b);
    if (index.mapped_name) {
      index.mapped_name_span = v.last_argument_span();
    }
  }
  model.indexes.push_back(std::move(index));
}

}  // namespace schemac::frontend::db
