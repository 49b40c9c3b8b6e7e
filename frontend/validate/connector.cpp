// The connectors of PostgreSQL, SQLite and "no datasource" (psl-core builtin_connectors:
// postgres_datamodel_connector.rs, sqlite_datamodel_connector.rs, empty_connector.rs).
#include "frontend/validate/connector.hpp"

#include <algorithm>

namespace schemac::frontend {
namespace {

using db::IndexAlgorithm;
using db::ReferentialAction;
using db::ScalarType;

// Emulated actions (relationMode = "prisma"): psl-core's default; PostgreSQL drops NoAction.
const std::vector<ReferentialAction> kEmulatedActions = {
    ReferentialAction::Cascade, ReferentialAction::Restrict, ReferentialAction::NoAction,
    ReferentialAction::SetNull};

const std::vector<ReferentialAction> kAllActions = {
    ReferentialAction::Cascade, ReferentialAction::Restrict, ReferentialAction::NoAction,
    ReferentialAction::SetNull, ReferentialAction::SetDefault};

Connector postgres() {
  Connector c;
  c.name = "postgresql";
  c.display_name = "Postgres";
  c.supports_enums = true;
  c.supports_json = true;
  c.supports_json_lists = true;
  c.supports_decimal = true;
  c.supports_scalar_lists = true;
  c.supports_multi_schema = true;
  c.index_algorithms = {IndexAlgorithm::BTree, IndexAlgorithm::Hash,   IndexAlgorithm::Gist,
                        IndexAlgorithm::Gin,   IndexAlgorithm::SpGist, IndexAlgorithm::Brin};
  c.referential_actions = kAllActions;
  c.emulated_actions = {ReferentialAction::Cascade, ReferentialAction::Restrict,
                        ReferentialAction::SetNull};
  c.autoincrement_allowed_on_non_id = true;
  c.autoincrement_multiple_allowed = true;
  c.autoincrement_non_indexed_allowed = true;
  c.max_identifier_length = 63;
  // Prisma's PostgresType constructors: (name, required, optional, scalar types).
  c.native_types = {
      {"SmallInt", 0, 0, {ScalarType::Int}},
      {"Integer", 0, 0, {ScalarType::Int}},
      {"BigInt", 0, 0, {ScalarType::BigInt}},
      {"Decimal", 0, 2, {ScalarType::Decimal}},
      {"Money", 0, 0, {ScalarType::Decimal}},
      {"Inet", 0, 0, {ScalarType::String}},
      {"Oid", 0, 0, {ScalarType::Int}},
      {"Citext", 0, 0, {ScalarType::String}},
      {"Real", 0, 0, {ScalarType::Float}},
      {"DoublePrecision", 0, 0, {ScalarType::Float}},
      {"VarChar", 0, 1, {ScalarType::String}},
      {"Char", 0, 1, {ScalarType::String}},
      {"Text", 0, 0, {ScalarType::String}},
      {"ByteA", 0, 0, {ScalarType::Bytes}},
      {"Timestamp", 0, 1, {ScalarType::DateTime}},
      {"Timestamptz", 0, 1, {ScalarType::DateTime}},
      {"Date", 0, 0, {ScalarType::DateTime}},
      {"Time", 0, 1, {ScalarType::DateTime}},
      {"Timetz", 0, 1, {ScalarType::DateTime}},
      {"Boolean", 0, 0, {ScalarType::Boolean}},
      {"Bit", 0, 1, {ScalarType::String}},
      {"VarBit", 0, 1, {ScalarType::String}},
      {"Uuid", 0, 0, {ScalarType::String}},
      {"Xml", 0, 0, {ScalarType::String}},
      {"Json", 0, 0, {ScalarType::Json}},
      {"JsonB", 0, 0, {ScalarType::Json}},
  };
  return c;
}

Connector sqlite() {
  Connector c;
  c.name = "sqlite";
  c.display_name = "sqlite";
  // Prisma 6.2 added enums and Json on SQLite (stored as TEXT).
  c.supports_enums = true;
  c.supports_json = true;
  c.supports_decimal = true;
  c.index_algorithms = {IndexAlgorithm::BTree};
  c.referential_actions = kAllActions;
  c.emulated_actions = kEmulatedActions;
  c.max_identifier_length = 10000;
  return c;
}

Connector empty() {
  Connector c;
  c.name = "Default";
  c.display_name = "the current connector";
  c.supports_enums = true;
  c.supports_json = true;
  c.index_algorithms = {IndexAlgorithm::BTree};
  c.referential_actions = kAllActions;
  c.emulated_actions = kEmulatedActions;
  c.autoincrement_allowed_on_non_id = true;
  c.autoincrement_multiple_allowed = true;
  c.autoincrement_non_indexed_allowed = true;
  return c;
}

}  // namespace

bool Connector::supports_algorithm(db::IndexAlgorithm a) const {
  return std::find(index_algorithms.begin(), index_algorithms.end(), a) != index_algorithms.end();
}

bool Connector::supports_action(db::ReferentialAction a, db::RelationMode mode) const {
  const auto& actions = mode == db::RelationMode::Prisma ? emulated_actions : referential_actions;
  return std::find(actions.begin(), actions.end(), a) != actions.end();
}

const NativeTypeConstructor* Connector::find_native_type(std::string_view type_name) const {
  for (const auto& c : native_types) {
    if (c.name == type_name) {
      return &c;
    }
  }
  return nullptr;
}

const Connector& connector_for(db::Provider provider) {
  static const Connector kPostgres = postgres();
  static const Connector kSqlite = sqlite();
  static const Connector kEmpty = empty();
  switch (provider) {
    case db::Provider::PostgreSql: return kPostgres;
    case db::Provider::Sqlite: return kSqlite;
    default: return kEmpty;
  }
}

std::string_view referential_action_name(db::ReferentialAction a) {
  switch (a) {
    case ReferentialAction::Cascade: return "Cascade";
    case ReferentialAction::Restrict: return "Restrict";
    case ReferentialAction::NoAction: return "NoAction";
    case ReferentialAction::SetNull: return "SetNull";
    case ReferentialAction::SetDefault: return "SetDefault";
  }
  return "NoAction";
}

}  // namespace schemac::frontend
