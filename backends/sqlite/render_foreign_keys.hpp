// The foreign-key framing of a SQLite plan that rebuilds or drops tables.
#pragma once

#include <string>
#include <vector>

namespace schemac::backends::sqlite {

// Placed before the transaction: inside one, `PRAGMA foreign_keys` does nothing, and then
// DROP TABLE fires ON DELETE CASCADE and silently deletes child rows.
[[nodiscard]] std::string foreign_keys_off();

// Placed after the transaction.
[[nodiscard]] std::string foreign_keys_on();

// First in the transaction: fails (and rolls the transaction back) unless foreign keys are off,
// so where the pragma had no effect (a runner that wraps the script in its own transaction) a
// runner that stops at the first error (sqlite3_exec, `sqlite3 -bail`) stops before any DROP
// TABLE could cascade. SQL cannot branch: the failure is a CHECK constraint on a
// temporary table, `INSERT OR ROLLBACK`, whose message names the constraint:
// `CHECK constraint failed: foreign_keys_must_be_off_for_rebuild`.
[[nodiscard]] std::vector<std::string> foreign_keys_off_guard();

// Last in the transaction: counts the rows of `pragma_foreign_key_check` (the whole database,
// as sqlite.org/lang_altertable.html §7 step 10 says) and rolls the transaction back when there
// is any, with `CHECK constraint failed: foreign_key_violations_found`. The statements after it
// then fail harmlessly (no such table, no transaction to commit).
[[nodiscard]] std::vector<std::string> foreign_key_check();

}  // namespace schemac::backends::sqlite
