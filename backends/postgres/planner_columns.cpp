// The PostgreSQL planner's column decisions (see planner_columns.hpp). Authority for the
// clauses and their order: flavour/postgres/renderer.rs (render_alter_column,
// expand_alter_column) and the oracle; for the staged forms, DESIGN.md §4 and
// postgresql.org/docs/current/sql-altertable.html.
#include "backends/postgres/planner_columns.hpp"

#include <optional>

#include "backends/postgres/quote.hpp"
#include "backends/postgres/render_alter.hpp"
#include "backends/postgres/render_foreign_key.hpp"
#include "backends/postgres/types.hpp"

namespace schemac::backends::postgres {

namespace {

std::string q(std::string_view name) {
  return quote_identifier(name);
}

// Whether PostgreSQL converts a column's default by itself when the type changes: within a
// family, between numeric families, and into text (assignment casts; an I/O conversion to a
// string type is one). Everything else needs the default dropped first.
bool default_converts(const ir::Column& before, const ir::Column& after) {
  const auto numeric = [](ir::TypeFamily f) {
    return f == ir::TypeFamily::Int || f == ir::TypeFamily::BigInt || f == ir::TypeFamily::Float ||
           f == ir::TypeFamily::Decimal;
  };
  const ir::TypeFamily from = before.type.family;
  const ir::TypeFamily to = after.type.family;
  if (before.type.is_array != after.type.is_array) {
    return false;
  }
  if (to == ir::TypeFamily::String) {
    return true;
  }
  if (from == ir::TypeFamily::Enum || to == ir::TypeFamily::Enum) {
    return false;  // another enum type, or from text: explicit casts only
  }
  return from == to || (numeric(from) && numeric(to));
}

// A column becomes required: fill its NULLs first when a value is known (the backfill, else
// TO's default), after the table's other changes (so the value has the new type).
void set_not_null(const ir::AlterColumn& c, const std::string* backfill, bool online,
                  ColumnSteps& a, std::size_t i) {
  const std::string& name = c.after.name;
  std::optional<std::string> value;
  if (backfill != nullptr) {
    value = *backfill;
  } else {
    value = default_text(c.after);
  }
  if (!value && !online) {
    a.alter_clauses.push_back(clause_alter_column(name, "SET NOT NULL"));
    return;
  }
  if (value) {
    a.staged.push_back(make_step("Backfill " + q(c.table.name) + "." + q(name) + " (NULLs)",
                                 {render_backfill(c.table, name, *value, true)}, {i}));
  }
  if (!online) {
    a.staged.push_back(
        make_step("AlterTable " + q(c.table.name) + " (" + q(name) + " becomes required)",
                  {render_alter_table(c.table, {clause_alter_column(name, "SET NOT NULL")})}, {i}));
    return;
  }
  const std::string check = constraint_name(c.table.name + "_" + name, "_not_null");
  a.staged.push_back(make_step("AddCheck " + q(check) + " NOT VALID (" + q(name) +
                                   " IS NOT NULL, validated after the transaction)",
                               {render_add_not_null_check(c.table, check, name)}, {i}));
  a.after_transaction.push_back(make_step(
      "SetNotNull " + q(c.table.name) + "." + q(name) +
          " (VALIDATE takes a SHARE UPDATE EXCLUSIVE lock; SET NOT NULL then uses the check)",
      {render_validate_constraint(c.table, check),
       render_alter_table(c.table, {clause_alter_column(name, "SET NOT NULL")}),
       render_drop_constraint(c.table, check)},
      {i}, Placement::AfterTransaction));
}

}  // namespace

Step make_step(std::string comment, std::vector<std::string> statements,
               std::vector<std::size_t> changes, Placement placement) {
  Step step;
  step.comment = std::move(comment);
  step.statements = std::move(statements);
  step.changes = std::move(changes);
  step.placement = placement;
  return step;
}

ColumnSteps plan_add_column(const ir::AddColumn& c, const std::string* value, std::size_t i) {
  ColumnSteps a;
  if (c.column.nullable || value == nullptr || c.column.autoincrement) {
    // Prisma's clause. A required column without a default fails on a table with rows
    // (risk R101 says so); with a default, PostgreSQL fills existing rows with it.
    a.add_columns.emplace_back(c.column.name, clause_add_column(c.column));
    return a;
  }
  // Staged: add nullable without the default, fill existing rows, then NOT NULL and default.
  ir::Column nullable = c.column;
  nullable.nullable = true;
  a.add_columns.emplace_back(c.column.name, clause_add_column(nullable, false));
  a.staged.push_back(make_step("Backfill " + q(c.table.name) + "." + q(c.column.name),
                               {render_backfill(c.table, c.column.name, *value, false)}, {i}));
  std::vector<std::string> clauses{clause_alter_column(c.column.name, "SET NOT NULL")};
  if (const auto d = default_text(c.column)) {
    clauses.push_back(clause_alter_column(c.column.name, "SET DEFAULT " + *d));
  }
  a.staged.push_back(make_step("AlterTable " + q(c.table.name) + " (" + q(c.column.name) +
                                   " becomes required after its backfill)",
                               {render_alter_table(c.table, clauses)}, {i}));
  return a;
}

ColumnSteps plan_alter_column(const ir::AlterColumn& c, const std::string* backfill, bool online,
                              std::size_t i) {
  ColumnSteps a;
  const std::string& name = c.after.name;
  // SET DATA TYPE converts the old default too, and fails when no assignment cast exists
  // ("default for column cannot be cast automatically"); Prisma never meets this because it
  // drops and re-adds such columns. Drop the default first: PostgreSQL runs a DROP DEFAULT
  // before the type change and a SET DEFAULT after it, wherever they stand in the statement.
  const bool reset_default = (c.changes & ir::kChangeType) != 0 && c.before.default_value &&
                             !default_converts(c.before, c.after);
  if (reset_default) {
    a.alter_clauses.push_back(clause_alter_column(name, "DROP DEFAULT"));
  }
  // Prisma's order (expand_alter_column, checked with the oracle): nullability, default,
  // autoincrement, then the type.
  if ((c.changes & ir::kChangeNullability) != 0) {
    if (c.after.nullable) {
      a.alter_clauses.push_back(clause_alter_column(name, "DROP NOT NULL"));
    } else {
      set_not_null(c, backfill, online, a, i);
    }
  }
  const bool sequence_added = (c.changes & ir::kChangeAutoincrement) != 0 && c.after.autoincrement;
  const auto to_default = default_text(c.after);
  if (((c.changes & ir::kChangeDefault) != 0 || (reset_default && to_default)) && !sequence_added &&
      !(reset_default && !to_default)) {
    a.alter_clauses.push_back(clause_alter_column(
        name, to_default ? "SET DEFAULT " + *to_default : std::string("DROP DEFAULT")));
  }
  if ((c.changes & ir::kChangeAutoincrement) != 0) {
    if (sequence_added) {
      SequenceStatements s = render_add_sequence(c.table, name);
      a.before.push_back(std::move(s.create));
      a.alter_clauses.push_back(std::move(s.set_default_clause));
      a.after.push_back(std::move(s.owned_by));
      a.after.push_back(std::move(s.start_after_existing));
    } else if ((c.changes & ir::kChangeDefault) == 0 || !default_text(c.after)) {
      // The SERIAL sequence stays (it is owned by the column); only its default goes. Prisma
      // also tries to drop it, under an empty name (`DROP SEQUENCE ""`, oracle).
      a.alter_clauses.push_back(clause_alter_column(name, "DROP DEFAULT"));
    }
  }
  if ((c.changes & ir::kChangeType) != 0) {
    a.alter_clauses.push_back(clause_set_data_type(c.before, c.after));
    if (c.before.type.is_array && !c.after.type.is_array) {
      a.losses.push_back("keeps only the first element of each list in " + q(c.table.name) + "." +
                         q(name));
    }
  }
  return a;
}

}  // namespace schemac::backends::postgres
