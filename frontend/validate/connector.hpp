// What each provider's connector supports (psl-core builtin_connectors/*, capabilities):
// the rules ask these questions and never test a provider's name themselves.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "frontend/db/database.hpp"

namespace schemac::frontend {

// A native type constructor, e.g. VarChar(optional length) for String.
struct NativeTypeConstructor {
  std::string_view name;
  std::size_t required_args = 0;
  std::size_t optional_args = 0;
  std::vector<db::ScalarType> prisma_types;
};

struct Connector {
  std::string_view name;          // "postgresql", "sqlite", "Default" (no datasource)
  std::string_view display_name;  // Prisma's connector name(): "Postgres", "sqlite" 
  bool supports_enums = false;
  bool supports_json = false;
  bool supports_json_lists = false;
  bool supports_decimal = false;
  bool supports_scalar_lists = false;
  bool supports_composite_types = false;
  bool supports_multi_schema = false;
  bool supports_clustering = false;
  bool supports_index_length = false;
  bool supports_fulltext_index = false;
  bool supports_named_defaults = false;
  bool autoincrement_allowed_on_non_id = false;
  bool autoincrement_multiple_allowed = false;
  bool autoincrement_non_indexed_allowed = false;
  std::vector<db::IndexAlgorithm> index_algorithms;
  std::vector<db::ReferentialAction> referential_actions;       // with foreign keys
  std::vector<db::ReferentialAction> emulated_actions;          // relationMode = "prisma" 
  std::vector<NativeTypeConstructor> native_types;
  std::size_t max_identifier_length = 10000;

  [[nodiscard]] bool supports_algorithm(db::IndexAlgorithm a) const;
  [[nodiscard]] bool supports_action(db::ReferentialAction a, db::RelationMode mode) const;
  [[nodiscard]] const NativeTypeConstructor* find_native_type(std::string_view name) const;
};

// The connector of a provider (the empty connector for Provider::None and unknown ones).
[[nodiscard]] const Connector& connector_for(db::Provider provider);

[[nodiscard]] std::string_view referential_action_name(db::ReferentialAction a);

}  // namespace schemac::frontend
