// What the PostgreSQL history tests share: the corpus's histories, the diff between a database
// and a schema as `schemac diff` computes it, and the committed list of known exceptions.
#pragma once

#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "backends/postgres/connection.hpp"

namespace schemac::test::pg_history {

// One postgresql row of ../shared/corpus/histories/INDEX.tsv.
struct History {
  std::string project;
  std::filesystem::path dir;     // histories/<project>
  std::filesystem::path schema;  // schema.prisma, or schema/ for a multi-file schema
  // What the project's hosting provides, run before the first migration (empty when nothing):
  // ../shared/corpus/tools/replay-env/<project>.sql, then this folder's replay-env/<project>.sql.
  std::vector<std::filesystem::path> preludes;
  std::map<std::string, std::filesystem::path> steps;  // migration → its steps/ schema (ok)
};

// Every postgresql history of the corpus, in INDEX.tsv order.
[[nodiscard]] std::vector<History> postgres_histories();

// The whole file, or "" when it cannot be read.
[[nodiscard]] std::string slurp(const std::filesystem::path& path);

// `schema` as Prisma 7 accepts it: when a `view` block has `@id` or `@@id` ("Views cannot have
// primary keys", Prisma 6.19 and 7 alike; webstudio, early langfuse steps), a copy under
// `scratch` where those are `@unique` / `@@unique`, as Prisma's own replay of the corpus did
// (tools/replay-with-prisma.sh; migrate never creates or compares views); else `schema`.
[[nodiscard]] std::filesystem::path view_ids_as_unique(const std::filesystem::path& schema,
                                                       const std::filesystem::path& scratch);

// What `schemac diff --from <db> --to <schema>` would change, one line per change
// (ir::describe), the database read in namespace public; empty when nothing. A schema that does
// not lower or a database that does not introspect is one line saying so.
[[nodiscard]] std::vector<std::string> diff_to_schema(backends::postgres::Connection& db,
                                                      const std::filesystem::path& schema);

// tests/corpus/postgres_histories/known_exceptions.tsv: case id → reason. A listed case that
// passes, a listed case that never ran and an unlisted case that fails all fail the test.
class KnownExceptions {
 public:
  KnownExceptions();

  // Records one case's outcome; false when it failed (listed or not). An unlisted failure and a
  // listed pass are reported as test failures.
  bool record(const std::string& id, const std::vector<std::string>& diffs);

  // Listed ids starting with `prefix` that were never recorded.
  [[nodiscard]] std::vector<std::string> unused(const std::string& prefix) const;

 private:
  std::map<std::string, std::string> reasons_;
  std::map<std::string, bool> seen_;
};

}  // namespace schemac::test::pg_history
