// `--rename` and `--backfill` arguments: Prisma model and field names made database names.
#pragma once

#include <string>
#include <vector>

#include "backends/plan.hpp"
#include "ir/change.hpp"
#include "support/result.hpp"
#include "tools/sources.hpp"

namespace schemac::tools {

// `Old=New` renames a model (its table); `Model.old=new` renames a field (its column), Model
// being the model's name in TO. Names resolve through each side's schema (`@@map`, `@map`);
// a database side has no models, so there the names are taken as table and column names.
[[nodiscard]] Result<ir::RenameHints> resolve_renames(const std::vector<std::string>& args,
                                                      const Source& from, const Source& to);

// `Model.field=SQL` (TO's names): the value existing rows get for that column.
[[nodiscard]] Result<std::vector<backends::Backfill>> resolve_backfills(
    const std::vector<std::string>& args, const Source& to);

}  // namespace schemac::tools
