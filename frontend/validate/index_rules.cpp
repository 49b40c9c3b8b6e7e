// Rules about indexes and unique constraints: what the provider supports (clustering,
// length prefixes, index types) and PostgreSQL's operator classes (psl-core
// validations/indexes.rs, postgres_datamodel_connector/validations.rs).
#include <algorithm>
#include <string>

#include "frontend/validate/messages.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend::rules {
namespace {

std::string_view algorithm_name(db::IndexAlgorithm a) {
  switch (a) {
    case db::IndexAlgorithm::BTree: return "BTree";
    case db::IndexAlgorithm::Hash: return "Hash";
    case db::IndexAlgorithm::Gist: return "Gist";
    case db::IndexAlgorithm::Gin: return "Gin";
    case db::IndexAlgorithm::SpGist: return "SpGist";
    case db::IndexAlgorithm::Brin: return "Brin";
  }
  return "BTree";
}

// What an operator class needs (psl/parser-database types.rs OperatorClass and Prisma's
// PostgreSQL connector): the index type it works with, and the native types it accepts. An
// empty `natives` accepts any field; `scalar` is the field type required first, if any.
struct OperatorClassRule {
  std::string name;
  db::IndexAlgorithm algorithm;
  std::vector<std::string_view> natives;
  std::optional<db::ScalarType> scalar;
};

const std::vector<OperatorClassRule>& operator_class_rules() {
  using A = db::IndexAlgorithm;
  using S = db::ScalarType;
  static const std::vector<OperatorClassRule> rules = [] {
    std::vector<OperatorClassRule> r = {
        {"InetOps", A::Gist, {"Inet"}, {}},
        {"JsonbOps", A::Gin, {"JsonB"}, S::Json},
        {"JsonbPathOps", A::Gin, {"JsonB"}, S::Json},
        {"ArrayOps", A::Gin, {}, {}},
        {"TextOps", A::SpGist, {"Text", "VarChar", "Char"}, S::String},
        {"BitMinMaxOps", A::Brin, {"Bit"}, {}},
        {"VarBitMinMaxOps", A::Brin, {"VarBit"}, {}},
        {"BpcharBloomOps", A::Brin, {"Char"}, {}},
        {"BpcharMinMaxOps", A::Brin, {"Char"}, {}},
        {"ByteaBloomOps", A::Brin, {"ByteA"}, {}},
        {"ByteaMinMaxOps", A::Brin, {"ByteA"}, {}},
        {"InetInclusionOps", A::Brin, {"Inet"}, {}},
        {"TextBloomOps", A::Brin, {"Text"}, {}},
        {"TextMinMaxOps", A::Brin, {"Text"}, {}},
    };
    const std::pair<std::string_view, std::string_view> families[] = {
        {"Date", "Date"},           {"Float4", "Real"},        {"Float8", "DoublePrecision"},
        {"Inet", "Inet"},           {"Int2", "SmallInt"},      {"Int4", "Integer"},
        {"Int8", "BigInt"},         {"Numeric", "Decimal"},    {"Oid", "Oid"},
        {"Timestamp", "Timestamp"}, {"TimestampTz", "Timestamptz"}, {"Time", "Time"},
        {"TimeTz", "Timetz"},       {"Uuid", "Uuid"}};
    for (const auto& [prefix, native] : families) {
      for (std::string_view suffix : {"BloomOps", "MinMaxOps", "MinMaxMultiOps"}) {
        r.push_back({std::string(prefix) + std::string(suffix), A::Brin, {native}, {}});
      }
    }
    return r;
  }();
  return rules;
}

const OperatorClassRule* find_rule(std::string_view name) {
  for (const auto& r : operator_class_rules()) {
    if (r.name == name) {
      return &r;
    }
  }
  return nullptr;
}

// The native type PostgreSQL uses when a field has no `@db.*` (DESIGN.md §3).
std::string_view default_native(db::ScalarType t) {
  switch (t) {
    case db::ScalarType::String: return "Text";
    case db::ScalarType::Boolean: return "Boolean";
    case db::ScalarType::Int: return "Integer";
    case db::ScalarType::BigInt: return "BigInt";
    case db::ScalarType::Float: return "DoublePrecision";
    case db::ScalarType::Decimal: return "Decimal";
    case db::ScalarType::DateTime: return "Timestamp";
    case db::ScalarType::Json: return "JsonB";
    case db::ScalarType::Bytes: return "ByteA";
  }
  return "Text";
}

// IndexAlgorithm::supports_field_type for fields without an operator class.
bool algorithm_supports_field(db::IndexAlgorithm a, const db::Field& f) {
  if (f.type.kind == db::FieldTypeKind::Unsupported) {
    return true;
  }
  const bool scalar = f.type.kind == db::FieldTypeKind::Scalar;
  const auto t = f.type.scalar;
  switch (a) {
    case db::IndexAlgorithm::BTree:
    case db::IndexAlgorithm::Hash: return true;
    case db::IndexAlgorithm::Gist:
    case db::IndexAlgorithm::SpGist: return scalar && t == db::ScalarType::String;
    case db::IndexAlgorithm::Gin:
      return (scalar && t == db::ScalarType::Json) || f.arity == db::Arity::List;
    case db::IndexAlgorithm::Brin:
      return scalar && t != db::ScalarType::Boolean && t != db::ScalarType::Json;
  }
  return true;
}

}  // namespace

void index_is_supported(Context& ctx, db::ModelId m, std::size_t i) {
  const db::Model& model = ctx.db.models[m];
  const db::Index& index = model.indexes[i];
  const std::string_view attribute = index_attribute(index);
  if (index.clustered && !ctx.connector.supports_clustering && !model.is_view) {
    ctx.diags.push(msg::clustering_not_supported(index.span, attribute));
  }
  const bool has_length = std::any_of(index.fields.begin(), index.fields.end(),
                                      [](const auto& f) { return f.length.has_value(); });
  if (has_length && !ctx.connector.supports_index_length && !model.is_view) {
    ctx.diags.push(msg::length_not_supported(index.span, attribute));
  }
  if (index.algorithm && !ctx.connector.supports_algorithm(*index.algorithm)) {
    ctx.diags.push(msg::index_type_not_supported(index.algorithm_span, attribute));
  }
  if (index.kind == db::IndexKind::Fulltext && !ctx.connector.supports_fulltext_index) {
    ctx.diags.push(msg::fulltext_not_supported(index.span, model.name));
  }
  const bool has_ops = std::any_of(index.fields.begin(), index.fields.end(),
                                   [](const auto& f) { return f.ops.has_value(); });
  if (has_ops && index.kind != db::IndexKind::Normal) {
    ctx.diags.push(msg::operator_class_on_non_normal_index(index.span, attribute));
  }
}

void operator_classes_fit_the_index(Context& ctx, db::ModelId m, std::size_t i) {
  const db::Model& model = ctx.db.models[m];
  const db::Index& index = model.indexes[i];
  // Views have no indexes in the database; view_has_no_keys_or_indexes reports them.
  if (ctx.db.provider() != db::Provider::PostgreSql || model.is_view) {
    return;
  }
  const std::string_view attribute = index_attribute(index);
  const db::IndexAlgorithm algorithm = index.algorithm.value_or(db::IndexAlgorithm::BTree);
  if (algorithm == db::IndexAlgorithm::SpGist && index.fields.size() > 1) {
    ctx.diags.push(msg::spgist_multi_column(index.span, attribute));
    return;
  }
  for (const db::IndexField& f : index.fields) {
    const db::Field& field = model.fields[f.field];
    if (!f.ops) {
      if (!algorithm_supports_field(algorithm, field)) {
        ctx.diags.push(msg::index_type_unsupported_field_type(
            index.span, attribute, algorithm_name(algorithm), field.name));
      }
      continue;
    }
    if (f.ops->raw) {
      continue;  // raw("...") is passed to the database unchecked
    }
    const OperatorClassRule* rule = find_rule(f.ops->name);
    if (rule == nullptr) {
      continue;  // unknown names were reported while reading the attribute
    }
    // Prisma's own message for UuidMinMaxMultiOps names BitMinMaxOps (a copy-paste in its
    // connector); kept so the wording matches.
    const std::string_view shown =
        rule->name == "UuidMinMaxMultiOps" ? std::string_view("BitMinMaxOps") : rule->name;
    const bool algorithm_ok = rule->algorithm == algorithm ||
                              (rule->name == "InetOps" && algorithm == db::IndexAlgorithm::SpGist);
    if (!algorithm_ok) {
      ctx.diags.push(msg::operator_class_not_supported_with_index_type(
          index.span, attribute, shown, algorithm_name(algorithm)));
      continue;
    }
    if (rule->scalar && !(field.type.kind == db::FieldTypeKind::Scalar &&
                          field.type.scalar == *rule->scalar)) {
      ctx.diags.push(
          msg::operator_class_not_string_field(index.span, attribute, shown, field.name));
      continue;
    }
    if (rule->natives.empty() || field.type.kind != db::FieldTypeKind::Scalar) {
      continue;
    }
    if (field.native_type) {
      const auto& natives = rule->natives;
      if (std::find(natives.begin(), natives.end(), field.native_type->name) == natives.end()) {
        ctx.diags.push(msg::operator_class_wrong_native_type(index.span, attribute, shown,
                                                             field.native_type->name,
                                                             field.name));
      }
    } else if (std::find(rule->natives.begin(), rule->natives.end(),
                         default_native(field.type.scalar)) == rule->natives.end()) {
      ctx.diags.push(
          msg::operator_class_needs_native_type(index.span, attribute, shown, field.name));
    }
  }
}

}  // namespace schemac::frontend::rules
