// build_database: the passes of Prisma's parser database, in Prisma's order.
#include "frontend/db/build.hpp"

#include "frontend/db/builder.hpp"

namespace schemac::frontend::db {

Database build_database(const ast::Schema& schema, const SourceManager& sources,
                        Diagnostics& diags) {
  Builder b{schema, sources, diags, {}, {}, {}, {}, nullptr, {}};

  // Prisma reads the datasource and generators after the parser database
  // (psl-core validate: ParserDatabase::new, then validate_configuration), so their
  // diagnostics come after; the builder needs the provider early, so it reads them first
  // into a side sink and appends that at the end.
  Diagnostics config_diags;
  read_configuration(b, config_diags);

  // Only errors of the names and types passes stop resolution; syntax errors do not (Prisma
  // still reports unknown types and attributes in a file with an unreadable line; checked
  // against ../shared/oracle). The rules then do not run at all (validate.cpp).
  const std::size_t errors_before = diags.error_count();
  resolve_names(b);
  if (diags.error_count() == errors_before) {
    resolve_types(b);
    if (diags.error_count() == errors_before) {
      resolve_attributes(b);
      infer_relations(b);
      compute_constraint_names(b);
    }
  }
  for (const auto& d : config_diags.items()) {
    diags.push(d);
  }
  return std::move(b.db);
}

}  // namespace schemac::frontend::db
