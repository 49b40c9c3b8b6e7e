// A plan: the ordered, staged SQL steps that carry out a list of Changes on one dialect.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "ir/change.hpp"
#include "ir/schema.hpp"

namespace schemac::backends {

// Where a step runs relative to the script's one transaction. SQLite's `PRAGMA foreign_keys`
// is a no-op inside a transaction, and PostgreSQL's CREATE INDEX CONCURRENTLY refuses to run in
// one, so some steps must run before or after it.
enum class Placement { BeforeTransaction, InTransaction, AfterTransaction };

struct Step {
  // One line saying what the step does, in Prisma's step vocabulary followed by the object:
  // `CreateTable "User"`, `RedefineTable "Post" (foreign keys off, rows copied)`.
  std::string comment;
  // Complete SQL statements, each without its final `;` (the script adds `;` and newlines).
  // A statement may span several lines (CREATE TABLE is printed as Prisma prints it).
  std::vector<std::string> statements;
  Placement placement = Placement::InTransaction;
  // The step loses data (a dropped table or column, a narrowing cast): the script's comment says
  // DESTRUCTIVE and what is lost.
  bool destructive = false;
  std::string destructive_note;  // "drops column \"User\".\"age\" and its data"
  // Indexes into the change list of the Changes this step carries out (a rebuild carries many).
  std::vector<std::size_t> changes;
};

// `--backfill Model.field=EXPR`, in database names: the value given to existing rows when a
// required column is added, or a column becomes required.
struct Backfill {
  ir::TableRef table;  // TO's name
  std::string column;  // TO's name
  std::string expression;  // SQL, verbatim
};

struct PlanInput {
  const ir::Schema& from;
  const ir::Schema& to;
  const std::vector<ir::Change>& changes;  // ir::diff(from, to, hints)
  std::vector<Backfill> backfills;
  bool online = false;  // PostgreSQL lock-light forms
};

struct Plan {
  std::vector<Step> steps;
  // Things a reviewer must know that are not a change of their own (e.g. "table \"Post\" is
  // rebuilt: 3 tables reference it"). One line each.
  std::vector<std::string> warnings;
  // Tables (TO's names) the plan rebuilds instead of altering (SQLite's 12-step procedure); the
  // risk rules flag those that other tables reference (H207).
  std::vector<ir::TableRef> rebuilt_tables;
};

}  // namespace schemac::backends
