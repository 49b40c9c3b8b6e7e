// State shared by the lowering passes: the source, the target dialect, the output so far.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "frontend/db/database.hpp"
#include "ir/schema.hpp"
#include "ir/source_map.hpp"

namespace schemac::frontend::lowering {

// Where each object came from, in the order lowering makes them; lower() turns them into the
// SourceMap with one sort at the end (O(n log n) in objects), not one tree insert per object.
// When not `enabled`, add() does nothing and copies no name.
struct SourceRecords {
  struct KeyView {
    ir::ObjectKind kind;
    std::string_view schema_name, owner, name;
  };
  std::vector<ir::SourceMapEntry> entries;
  bool enabled = true;

  void add(const KeyView& key, Span span) {
    if (enabled) {
      entries.push_back({ir::ObjectKey{key.kind, std::string(key.schema_name),
                                       std::string(key.owner), std::string(key.name)},
                         span});
    }
  }
};

struct Context {
  const db::Database& database;
  ir::Dialect dialect;
  std::size_t identifier_limit;
  ir::Schema& schema;
  SourceRecords source_map;
  // models[i] → index into schema.tables, or -1 for views (which get no table).
  std::vector<int> table_of_model;

  [[nodiscard]] const ir::Table* table_for(db::ModelId model) const {
    const int t = table_of_model[model];
    return t < 0 ? nullptr : &schema.tables[static_cast<std::size_t>(t)];
  }

  [[nodiscard]] ir::Table* table_for(db::ModelId model) {
    const int t = table_of_model[model];
    return t < 0 ? nullptr : &schema.tables[static_cast<std::size_t>(t)];
  }
};

// Passes, in sql_schema_calculator.rs's order (each file defines one).
void lower_enums(Context& ctx);         // enums.cpp
void lower_model_tables(Context& ctx);  // tables.cpp: columns, primary key, indexes
void lower_foreign_keys(Context& ctx);  // relations.cpp: inline relations
void lower_join_tables(Context& ctx);   // relations.cpp: implicit many-to-many

}  // namespace schemac::frontend::lowering
