// The formatter's driver: complete relations as Prisma does (by inserting text and parsing
// again, exactly Prisma's `enrich` step), then render each file.
#include "frontend/format/format.hpp"

#include <algorithm>

#include "frontend/format/missing_relation_bits.hpp"
#include "frontend/format/relation_model.hpp"
#include "frontend/format/render.hpp"
#include "frontend/format/resolution_errors.hpp"
#include "frontend/parse/parse.hpp"
#include "support/diagnostic.hpp"

namespace schemac::frontend {
namespace {

// `prisma format` always indents by two spaces.
constexpr unsigned kIndentWidth = 2;

std::vector<FormattedFile> render_all(const SourceManager& sources, const ast::Schema& schema,
                                      const std::vector<FileId>& output_ids) {
  std::vector<FormattedFile> out;
  for (std::size_t i = 0; i < schema.files.size(); ++i) {
    const ast::SchemaFile& file = schema.files[i];
    out.push_back(FormattedFile{output_ids[i],
                                format::render_file(sources.text(file.file), file, kIndentWidth)});
  }
  return out;
}

}  // namespace

std::vector<FormattedFile> format_schema(const SourceManager& sources, const ast::Schema& schema) {
  std::vector<FileId> ids;
  std::vector<std::string_view> texts;
  for (const ast::SchemaFile& file : schema.files) {
    ids.push_back(file.file);
    texts.push_back(sources.text(file.file));
  }
  if (format::schema_has_resolution_errors(schema)) {
    return render_all(sources, schema, ids);
  }
  const format::RelationModel relations = format::resolve_relations(texts, schema);
  const auto insertions = format::missing_relation_bits(relations, schema.files.size());
  const bool adds_anything = std::any_of(insertions.begin(), insertions.end(),
                                         [](const auto& file) { return !file.empty(); });
  if (!adds_anything) {
    return render_all(sources, schema, ids);
  }
  // Prisma formats the enriched text, not a patched tree: parse it again so that the added
  // lines go through exactly the same layout as written ones.
  SourceManager enriched;
  std::vector<FileId> enriched_ids;
  for (std::size_t i = 0; i < schema.files.size(); ++i) {
    enriched_ids.push_back(enriched.add(std::string(sources.name(ids[i])),
                                        format::apply_insertions(texts[i], insertions[i])));
  }
  Diagnostics ignored;  // the caller has the diagnostics of the text as written
  const ast::Schema reparsed = parse_schema(enriched, enriched_ids, ignored);
  return render_all(enriched, reparsed, ids);
}

}  // namespace schemac::frontend
