// The foreign-key framing of a SQLite plan (see render_foreign_keys.hpp).
#include "backends/sqlite/render_foreign_keys.hpp"

namespace schemac::backends::sqlite {

std::string foreign_keys_off() {
  return "PRAGMA foreign_keys=OFF";
}

std::string foreign_keys_on() {
  return "PRAGMA foreign_keys=ON";
}

// INSERT OR ROLLBACK, not a plain INSERT: a runner that goes on after an error (the sqlite3
// shell without -bail does) would otherwise COMMIT the rest of the script; after a ROLLBACK
// there is nothing left to commit. Checked with the sqlite3 3.40 shell, with and without -bail.
std::vector<std::string> foreign_keys_off_guard() {
  return {
      "CREATE TEMP TABLE \"schemac_foreign_keys_off\" (\"foreign_keys\" INTEGER NOT NULL, "
      "CONSTRAINT \"foreign_keys_must_be_off_for_rebuild\" CHECK (\"foreign_keys\" = 0))",
      "INSERT OR ROLLBACK INTO \"schemac_foreign_keys_off\" SELECT \"foreign_keys\" FROM "
      "pragma_foreign_keys",
      "DROP TABLE \"schemac_foreign_keys_off\"",
  };
}

std::vector<std::string> foreign_key_check() {
  return {
      "CREATE TEMP TABLE \"schemac_foreign_key_check\" (\"violations\" INTEGER NOT NULL, "
      "CONSTRAINT \"foreign_key_violations_found\" CHECK (\"violations\" = 0))",
      "INSERT OR ROLLBACK INTO \"schemac_foreign_key_check\" SELECT count(*) FROM "
      "pragma_foreign_key_check",
      "DROP TABLE \"schemac_foreign_key_check\"",
  };
}

}  // namespace schemac::backends::sqlite
