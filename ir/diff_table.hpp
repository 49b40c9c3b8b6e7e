// The differ's work on one table: columns, primary key, indexes and foreign keys.
#pragma once

#include <cstddef>

#include "ir/diff_renames.hpp"
#include "ir/diff_sink.hpp"
#include "ir/schema.hpp"

namespace schemac::ir::differ {

// A table present on both sides (under another name when a hint renames it), and the positions
// its changes sort by.
struct TablePair {
  const Table& from;
  std::size_t from_position;
  const Table& to;
  std::size_t to_position;
  bool from_states_partial_indexes = true;  // Schema::states_partial_indexes of each side
  bool to_states_partial_indexes = true;
  bool from_is_database = true;  // Schema::is_database of each side
  bool to_is_database = true;
};

// AddColumn, RenameColumn, AlterColumn, DropColumn, matching columns by name through the
// table's column hints; declaration order is not compared. O(columns) expected.
void diff_columns(const TablePair& pair, const ColumnRenames* renames, ChangeSink& sink);

// ChangePrimaryKey when the columns (in TO's names), their order or the constraint name differ.
void diff_primary_key(const TablePair& pair, const ColumnRenames* renames, ChangeSink& sink);

// CreateIndex, DropIndex, RenameIndex: matched by name; a FROM-only and a TO-only index with
// the same definition (columns in TO's names) are one RenameIndex.
void diff_indexes(const TablePair& pair, const ColumnRenames* renames, ChangeSink& sink);

// AddForeignKey, DropForeignKey: a foreign key is kept only when TO has one with the same
// columns, referenced table and columns (FROM's mapped through every rename hint), name and
// actions; any other difference is a drop and an add.
void diff_foreign_keys(const TablePair& pair, const Renames& renames, ChangeSink& sink);

// CreateTable, then a CreateIndex per index and an AddForeignKey per foreign key.
void emit_created_table(const Table& table, std::size_t to_position, ChangeSink& sink);

// DropForeignKey per foreign key (named by FROM's table), then DropTable; no DropIndex.
void emit_dropped_table(const Table& table, std::size_t from_position, ChangeSink& sink);

}  // namespace schemac::ir::differ
