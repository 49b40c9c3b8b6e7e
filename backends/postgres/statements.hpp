// A PostgreSQL script cut into statements as psql cuts it, and what a statement asks of the
// session it runs in (a transaction block or none).
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace schemac::backends::postgres {

// One statement of a script: a view into the script's text, from its first token (leading
// comments skipped) to just before its `;` (trailing blanks trimmed; comments inside kept).
struct Statement {
  std::string_view text;
  std::size_t offset = 0;  // byte offset of `text` in the script
  std::size_t line = 0;    // 1-based line of its first token
};

// The statements of `script`, in order. A `;` ends a statement except inside '…' strings
// (E'…' with backslash escapes), "…" identifiers, $tag$…$tag$ dollar quotes, -- and (nested)
// /* */ comments, parentheses, and the BEGIN … END body of a CREATE FUNCTION or PROCEDURE
// (PostgreSQL 14's BEGIN ATOMIC, tracked as psql's lexer does: psqlscan.l, begin_depth).
// Text after the last `;` is a statement too; blank and comment-only pieces are none. Never
// fails: an unterminated quote or comment runs to the end (the server then says what is wrong).
// Assumes standard_conforming_strings on (PostgreSQL's default since 9.1, and Prisma's), so a
// backslash in '…' is an ordinary character. O(n) in the script's length.
[[nodiscard]] std::vector<Statement> split_statements(std::string_view script);

// The first `count` words of a statement, upper-cased, comments and blanks skipped; stops at
// the first token that is not a word (`(`, a quote, …).
[[nodiscard]] std::vector<std::string> leading_words(std::string_view statement, std::size_t count);

// PostgreSQL refuses to run the statement inside a transaction block: CREATE [UNIQUE] INDEX
// CONCURRENTLY, DROP INDEX CONCURRENTLY, REINDEX … CONCURRENTLY, ALTER TABLE … DETACH
// PARTITION … CONCURRENTLY, VACUUM, CREATE/DROP DATABASE, CREATE/DROP TABLESPACE, ALTER
// SYSTEM. (The server decides; this only says where schemac expects it.)
[[nodiscard]] bool runs_only_outside_transaction(std::string_view statement);

// `CREATE [UNIQUE] INDEX CONCURRENTLY [IF NOT EXISTS] name ON [ONLY] table …`: the index as
// a name PostgreSQL resolves (`"name"`, or `"schema"."name"` when the table is qualified:
// an index lives in its table's namespace), or nothing when the statement is not one or
// names no index. Used to point at the INVALID index a failed build leaves behind.
[[nodiscard]] std::optional<std::string> concurrent_index_name(std::string_view statement);

// The statement without line breaks and runs of blanks, cut to about `limit` bytes with `…`:
// how an error message quotes it.
[[nodiscard]] std::string statement_excerpt(std::string_view statement, std::size_t limit = 80);

}  // namespace schemac::backends::postgres
