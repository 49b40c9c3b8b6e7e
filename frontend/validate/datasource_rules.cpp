// Rules about the configuration blocks: preview features, views, multi-schema support.
#include <algorithm>

#include "frontend/validate/messages.hpp"
#include "frontend/validate/rules.hpp"

namespace schemac::frontend::rules {

// Prisma 6.19 warns about features that no longer need a flag or were renamed
// (psl-core common/preview_features.rs); Prisma 7 files (no datasource url) use 7's rules,
// where "metrics" is gone: such files are judged by what 6.19 says, which only warns.
void preview_features_are_current(Context& ctx) {
  for (const auto& g : ctx.db.generators) {
    for (const auto& f : g.preview_features) {
      if (f == "metrics") {
        ctx.diags.push(msg::preview_feature_deprecated(
            g.preview_features_span, f, "It will be removed in a future version of Prisma."));
      } else if (f == "fullTextIndex" || f == "multiSchema") {
        ctx.diags.push(msg::preview_feature_deprecated(
            g.preview_features_span, f,
            "The functionality can be used without specifying it as a preview feature."));
      } else if (f == "fullTextSearch" && ctx.db.provider() == db::Provider::PostgreSql) {
        ctx.diags.push(msg::preview_feature_renamed(g.preview_features_span, "postgresql", f,
                                                    "fullTextSearchPostgres",
                                                    "https://pris.ly/d/fts-postgres"));
      }
    }
  }
}

void views_are_enabled(Context& ctx) {
  if (ctx.db.has_preview_feature("views")) {
    return;
  }
  for (const auto& m : ctx.db.models) {
    if (m.is_view) {
      ctx.diags.push(msg::views_need_preview_feature(m.span));
    }
  }
}

void schemas_are_supported(Context& ctx) {
  const auto& ds = ctx.db.datasource;
  if (ds && ds->schemas_span && !ctx.connector.supports_multi_schema) {
    ctx.diags.push(msg::schemas_not_supported(*ds->schemas_span));
  }
}

}  // namespace schemac::frontend::rules
