// Comment blocks as table rows: `//` and `///` comments as written, `/* */` comments in
// Prisma's canonical form.
#pragma once

#include "frontend/format/source_items.hpp"
#include "frontend/format/table.hpp"

namespace schemac::frontend::format {

// One row per line, each a suffix only, so comments never move the columns around them.
// A `/* ... */` comment becomes `/**`, one ` * text` row per non-empty line (leading `*` and
// blanks removed) and ` */` (reformat_comment_block in psl/schema-ast/src/reformat.rs).
void add_comment_rows(Table& table, const CommentsItem& comments);

}  // namespace schemac::frontend::format
