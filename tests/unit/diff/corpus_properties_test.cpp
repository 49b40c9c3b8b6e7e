// Properties of ir/diff over the real schemas of ../shared/corpus/schemas, lowered by the
// front end: a schema does not differ from itself or from a reordering of itself, from-empty
// and to-empty diffs create and drop exactly what is there, and hinted table renames are only
// renames even though foreign keys name the renamed tables.
#include <algorithm>
#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "frontend/lower/lower.hpp"
#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"
#include "tests/unit/diff/ir_builders.hpp"

using namespace schemac;
using namespace schemac::ir;

namespace {

// The lowered IR of the schema at `path` (file or folder); nullopt when it does not validate
// (MySQL, MongoDB and view schemas of the corpus are outside what schemac lowers today).
std::optional<Schema> lower_at(const std::string& path) {
  const auto files = list_schema_files(path);
  if (!files) {
    return std::nullopt;
  }
  SourceManager sources;
  std::vector<FileId> ids;
  for (const std::string& file : files.value()) {
    auto text = read_file(file);
    if (!text) {
      return std::nullopt;
    }
    ids.push_back(sources.add(file, std::move(text.value())));
  }
  Diagnostics diags;
  const frontend::ast::Schema ast = frontend::parse_schema(sources, ids, diags);
  const frontend::ValidatedSchema validated = frontend::validate(ast, sources, diags);
  if (diags.has_errors() || !validated.valid) {
    return std::nullopt;
  }
  return frontend::lower(validated).schema;
}

struct CorpusSchema {
  std::string project;
  Schema schema;
};

// Every corpus schema that lowers, by INDEX.tsv's `path` column.
std::vector<CorpusSchema> corpus_schemas() {
  const std::string root = std::string(SCHEMAC_SHARED_DIR) + "/corpus/schemas/";
  std::ifstream index(root + "INDEX.tsv");
  std::vector<CorpusSchema> out;
  std::string line;
  std::getline(index, line);  // header
  while (std::getline(index, line)) {
    std::istringstream fields(line);
    std::string project;
    std::string path;
    std::getline(fields, project, '\t');
    std::getline(fields, path, '\t');
    // A multi-file schema is listed by one of its files; the folder is the schema.
    const std::string full = root + path;
    if (auto schema = lower_at(full)) {
      out.push_back({project, std::move(*schema)});
    } else if (auto folder = lower_at(full.substr(0, full.rfind('/')))) {
      out.push_back({project, std::move(*folder)});
    }
  }
  return out;
}

const std::vector<CorpusSchema>& lowered_corpus() {
  static const std::vector<CorpusSchema> schemas = corpus_schemas();
  return schemas;
}

std::size_t count_kind(const std::vector<Change>& changes, std::size_t kind_index) {
  return static_cast<std::size_t>(
      std::count_if(changes.begin(), changes.end(),
                    [&](const Change& c) { return c.kind.index() == kind_index; }));
}

template <typename Kind>
constexpr std::size_t kind_index() {
  return ChangeKind(Kind{}).index();
}

}  // namespace

TEST_CASE("differ on the corpus: the lowered schemas are there to diff") {
  // Postgres and SQLite schemas of the corpus lower today; keep this test honest if the
  // corpus or the front end loses them.
  MESSAGE(lowered_corpus().size() << " corpus schemas lowered");
  CHECK(lowered_corpus().size() >= 15);
}

TEST_CASE("differ on the corpus: a schema does not differ from itself, in any order") {
  for (const CorpusSchema& c : lowered_corpus()) {
    CAPTURE(c.project);
    CHECK(test::diff_ok(c.schema, c.schema).empty());
    Schema reordered = c.schema;
    std::reverse(reordered.tables.begin(), reordered.tables.end());
    for (Table& t : reordered.tables) {
      std::reverse(t.columns.begin(), t.columns.end());
      std::reverse(t.indexes.begin(), t.indexes.end());
      std::reverse(t.foreign_keys.begin(), t.foreign_keys.end());
    }
    std::reverse(reordered.enums.begin(), reordered.enums.end());
    CHECK(test::diff_ok(c.schema, reordered).empty());
  }
}

TEST_CASE("differ on the corpus: from empty creates everything, to empty drops every table") {
  for (const CorpusSchema& c : lowered_corpus()) {
    CAPTURE(c.project);
    Schema empty;
    empty.dialect = c.schema.dialect;
    std::size_t indexes = 0;
    std::size_t foreign_keys = 0;
    for (const Table& t : c.schema.tables) {
      indexes += t.indexes.size();
      foreign_keys += t.foreign_keys.size();
    }
    const auto created = test::diff_ok(empty, c.schema);
    CHECK(count_kind(created, kind_index<CreateTable>()) == c.schema.tables.size());
    CHECK(count_kind(created, kind_index<CreateIndex>()) == indexes);
    CHECK(count_kind(created, kind_index<AddForeignKey>()) == foreign_keys);
    CHECK(count_kind(created, kind_index<CreateEnum>()) == c.schema.enums.size());
    CHECK(created.size() == c.schema.tables.size() + indexes + foreign_keys +
                                c.schema.enums.size() + c.schema.namespaces.size() +
                                c.schema.extensions.size());

    const auto dropped = test::diff_ok(c.schema, empty);
    CHECK(count_kind(dropped, kind_index<DropTable>()) == c.schema.tables.size());
    CHECK(count_kind(dropped, kind_index<DropForeignKey>()) == foreign_keys);
    CHECK(count_kind(dropped, kind_index<DropEnum>()) == c.schema.enums.size());
    CHECK(dropped.size() == c.schema.tables.size() + foreign_keys + c.schema.enums.size());
  }
}

TEST_CASE("differ on the corpus: hinted renames of every table are renames and nothing else") {
  for (const CorpusSchema& c : lowered_corpus()) {
    CAPTURE(c.project);
    Schema renamed = c.schema;
    RenameHints hints;
    const auto new_name = [](const std::string& name) { return name + "_v2"; };
    for (Table& t : renamed.tables) {
      hints.tables.push_back({t.schema_name, t.name, new_name(t.name)});
      t.name = new_name(t.name);
      for (ForeignKey& fk : t.foreign_keys) {
        fk.referenced_table = new_name(fk.referenced_table);
      }
    }
    const auto changes = test::diff_ok(c.schema, renamed, hints);
    CHECK(changes.size() == c.schema.tables.size());
    CHECK(count_kind(changes, kind_index<RenameTable>()) == c.schema.tables.size());
  }
}
