// Lookups on the resolved schema.
#include "frontend/db/database.hpp"

#include <algorithm>
#include <cctype>

namespace schemac::frontend::db {

std::string_view scalar_type_name(ScalarType t) {
  switch (t) {
    case ScalarType::String: return "String";
    case ScalarType::Boolean: return "Boolean";
    case ScalarType::Int: return "Int";
    case ScalarType::BigInt: return "BigInt";
    case ScalarType::Float: return "Float";
    case ScalarType::Decimal: return "Decimal";
    case ScalarType::DateTime: return "DateTime";
    case ScalarType::Json: return "Json";
    case ScalarType::Bytes: return "Bytes";
  }
  return "String";
}

std::optional<FieldId> Model::find_field(std::string_view field_name) const {
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (fields[i].name == field_name) {
      return static_cast<FieldId>(i);
    }
  }
  return std::nullopt;
}

RelationMode Database::relation_mode() const {
  if (datasource && datasource->relation_mode) {
    return *datasource->relation_mode;
  }
  return provider() == Provider::MongoDb ? RelationMode::Prisma : RelationMode::ForeignKeys;
}

namespace {

bool equals_ignore_case(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

template <typename T>
std::optional<std::uint32_t> find_by_name(const std::vector<T>& items, std::string_view name) {
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (items[i].name == name) {
      return static_cast<std::uint32_t>(i);
    }
  }
  return std::nullopt;
}

}  // namespace

bool Database::has_preview_feature(std::string_view feature) const {
  for (const auto& g : generators) {
    for (const auto& f : g.preview_features) {
      if (equals_ignore_case(f, feature)) {
        return true;
      }
    }
  }
  return false;
}

std::optional<ModelId> Database::find_model(std::string_view name) const {
  return find_by_name(models, name);
}

std::optional<EnumId> Database::find_enum(std::string_view name) const {
  return find_by_name(enums, name);
}

std::optional<CompositeId> Database::find_composite_type(std::string_view name) const {
  return find_by_name(composite_types, name);
}

std::size_t max_identifier_length(Provider provider) {
  // psl-core builtin connectors: PostgreSQL and CockroachDB 63, MySQL 64, SQL Server 128;
  // SQLite and the empty connector have no limit worth cutting at (Prisma says 10000).
  switch (provider) {
    case Provider::PostgreSql:
    case Provider::CockroachDb: return 63;
    case Provider::MySql: return 64;
    case Provider::SqlServer: return 128;
    default: return 10000;
  }
}

}  // namespace schemac::frontend::db
