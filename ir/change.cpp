// Names and small queries of the change model (ir/change.hpp).
#include "ir/change.hpp"

#include <fmt/format.h>

#include "support/overloaded.hpp"
#include "support/sql_quote.hpp"

namespace schemac::ir {

namespace {

std::string quoted_enum(const Enum& e) {
  return quoted_table(TableRef{e.schema_name, e.name});
}

}  // namespace

std::string quoted_name(std::string_view name) {
  return sql_quoted(name, '"');
}

std::string quoted_table(const TableRef& t) {
  return t.schema_name.empty() ? quoted_name(t.name)
                               : quoted_name(t.schema_name) + "." + quoted_name(t.name);
}

std::string quoted_column(const TableRef& t, std::string_view column) {
  return quoted_table(t) + "." + quoted_name(column);
}

RenameHints RenameHints::inverted() const {
  RenameHints out;
  for (const TableRename& t : tables) {
    out.tables.push_back({t.schema_name, t.to, t.from});
  }
  // A column hint names its table by TO's name; in the reverse diff TO is FROM, so the table is
  // known by FROM's name there.
  for (const ColumnRename& c : columns) {
    std::string table = c.table;
    for (const TableRename& t : tables) {
      if (t.schema_name == c.schema_name && t.to == c.table) {
        table = t.from;
      }
    }
    out.columns.push_back({c.schema_name, table, c.to, c.from});
  }
  return out;
}

std::string_view change_kind_name(const Change& change) {
  return std::visit(
      Overloaded{
          [](const CreateNamespace&) { return std::string_view("CreateSchema"); },
          [](const CreateExtension&) { return std::string_view("CreateExtension"); },
          [](const CreateEnum&) { return std::string_view("CreateEnum"); },
          [](const AlterEnum&) { return std::string_view("AlterEnum"); },
          [](const DropForeignKey&) { return std::string_view("DropForeignKey"); },
          [](const DropIndex&) { return std::string_view("DropIndex"); },
          [](const RenameTable&) { return std::string_view("RenameTable"); },
          [](const RenameColumn&) { return std::string_view("RenameColumn"); },
          [](const AddColumn&) { return std::string_view("AddColumn"); },
          [](const AlterColumn&) { return std::string_view("AlterColumn"); },
          [](const ChangePrimaryKey&) { return std::string_view("ChangePrimaryKey"); },
          [](const DropColumn&) { return std::string_view("DropColumn"); },
          [](const DropTable&) { return std::string_view("DropTable"); },
          [](const CreateTable&) { return std::string_view("CreateTable"); },
          [](const CreateIndex&) { return std::string_view("CreateIndex"); },
          [](const RenameIndex&) { return std::string_view("RenameIndex"); },
          [](const AddForeignKey&) { return std::string_view("AddForeignKey"); },
          [](const DropEnum&) { return std::string_view("DropEnum"); },
      },
      change.kind);
}

std::string describe(const Change& change) {
  const std::string_view kind = change_kind_name(change);
  const std::string object = std::visit(
      Overloaded{
          [](const CreateNamespace& c) { return quoted_name(c.name); },
          [](const CreateExtension& c) { return quoted_name(c.extension.name); },
          [](const CreateEnum& c) { return quoted_enum(c.enum_type); },
          [](const AlterEnum& c) { return quoted_enum(c.after); },
          [](const DropEnum& c) { return quoted_enum(c.enum_type); },
          [](const DropForeignKey& c) {
            return fmt::format("{} on {}", quoted_name(c.foreign_key.name), quoted_table(c.table));
          },
          [](const AddForeignKey& c) {
            return fmt::format("{} on {}", quoted_name(c.foreign_key.name), quoted_table(c.table));
          },
          [](const DropIndex& c) {
            return fmt::format("{} on {}", quoted_name(c.index.name), quoted_table(c.table));
          },
          [](const CreateIndex& c) {
            return fmt::format("{} on {}", quoted_name(c.index.name), quoted_table(c.table));
          },
          [](const RenameIndex& c) {
            return fmt::format("{} to {} on {}", quoted_name(c.from), quoted_name(c.to),
                               quoted_table(c.table));
          },
          [](const RenameTable& c) {
            return fmt::format("{} to {}", quoted_table(c.from), quoted_name(c.to));
          },
          [](const RenameColumn& c) {
            return fmt::format("{} to {}", quoted_column(c.table, c.from), quoted_name(c.to));
          },
          [](const AddColumn& c) { return quoted_column(c.table, c.column.name); },
          [](const DropColumn& c) { return quoted_column(c.table, c.column.name); },
          [](const AlterColumn& c) { return quoted_column(c.table, c.after.name); },
          [](const ChangePrimaryKey& c) { return quoted_table(c.table); },
          [](const CreateTable& c) {
            return quoted_table(TableRef{c.table.schema_name, c.table.name});
          },
          [](const DropTable& c) {
            return quoted_table(TableRef{c.table.schema_name, c.table.name});
          },
      },
      change.kind);
  return fmt::format("{} {}", kind, object);
}

std::optional<TableRef> change_table(const Change& change) {
  return std::visit(
      Overloaded{
          [](const CreateNamespace&) -> std::optional<TableRef> { return std::nullopt; },
          [](const CreateExtension&) -> std::optional<TableRef> { return std::nullopt; },
          [](const CreateEnum&) -> std::optional<TableRef> { return std::nullopt; },
          [](const AlterEnum&) -> std::optional<TableRef> { return std::nullopt; },
          [](const DropEnum&) -> std::optional<TableRef> { return std::nullopt; },
          [](const CreateTable& c) -> std::optional<TableRef> {
            return TableRef{c.table.schema_name, c.table.name};
          },
          [](const DropTable& c) -> std::optional<TableRef> {
            return TableRef{c.table.schema_name, c.table.name};
          },
          [](const RenameTable& c) -> std::optional<TableRef> {
            return TableRef{c.from.schema_name, c.to};
          },
          [](const auto& c) -> std::optional<TableRef> { return c.table; },
      },
      change.kind);
}

}  // namespace schemac::ir
