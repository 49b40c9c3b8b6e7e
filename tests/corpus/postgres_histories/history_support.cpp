// The PostgreSQL history tests' shared parts (see history_support.hpp).
#include "tests/corpus/postgres_histories/history_support.hpp"

#include <fstream>
#include <sstream>

#include <doctest/doctest.h>

#include "backends/migration.hpp"
#include "backends/postgres/introspect.hpp"
#include "ir/change.hpp"
#include "tests/corpus/ir/pipeline.hpp"

namespace schemac::test::pg_history {

namespace fs = std::filesystem;

namespace {

// The rows of a tab-separated file without its header and `#` lines, each split at tabs.
std::vector<std::vector<std::string>> read_tsv(const fs::path& path) {
  std::vector<std::vector<std::string>> rows;
  std::ifstream in(path);
  std::string line;
  bool header = true;
  while (std::getline(in, line)) {
    if (header) {
      header = false;
      continue;
    }
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::vector<std::string> row;
    std::size_t start = 0;
    for (std::size_t tab = line.find('\t'); tab != std::string::npos;
         start = tab + 1, tab = line.find('\t', start)) {
      row.push_back(line.substr(start, tab - start));
    }
    row.push_back(line.substr(start));
    rows.push_back(std::move(row));
  }
  return rows;
}

// steps/<name>.prisma, or steps/<name>/ for a step of a multi-file schema (or one taken from a
// single file before the project split its schema: steps/<name>/schema.prisma).
fs::path step_schema(const fs::path& history, const std::string& name) {
  const fs::path file = history / "steps" / (name + ".prisma");
  return fs::exists(file) ? file : history / "steps" / name;
}

}  // namespace

std::vector<History> postgres_histories() {
  const fs::path shared(SCHEMAC_SHARED_DIR);
  const fs::path root = shared / "corpus" / "histories";
  std::vector<History> out;
  for (const auto& row : read_tsv(root / "INDEX.tsv")) {
    // project path provider lock_provider …
    if (row.size() < 4 || row[3] != "postgresql") {
      continue;
    }
    History h;
    h.project = row[0];
    h.dir = root / row[0];
    h.schema = fs::exists(h.dir / "schema.prisma") ? h.dir / "schema.prisma" : h.dir / "schema";
    for (const fs::path& prelude : {shared / "corpus" / "tools" / "replay-env" / (row[0] + ".sql"),
                                    fs::path(SCHEMAC_SOURCE_DIR) / "tests" / "corpus" /
                                        "postgres_histories" / "replay-env" / (row[0] + ".sql")}) {
      if (fs::exists(prelude)) {
        h.preludes.push_back(prelude);
      }
    }
    for (const auto& step : read_tsv(h.dir / "steps.tsv")) {
      // migration commit commit_date prefix_identical status
      if (step.size() >= 5 && step[4] == "ok") {
        h.steps[step[0]] = step_schema(h.dir, step[0]);
      }
    }
    out.push_back(std::move(h));
  }
  return out;
}

std::string slurp(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream ss;
  ss << in.rdbuf();
  return ss.str();
}

namespace {

// The `view` blocks' `@id` and `@@id` of one file's text made `@unique` and `@@unique`; false
// when there was none.
bool rewrite_view_ids(std::string& text) {
  std::istringstream in(text);
  std::string out;
  std::string line;
  bool in_view = false;
  bool changed = false;
  while (std::getline(in, line)) {
    const std::size_t first = line.find_first_not_of(" \t");
    const std::string_view trimmed =
        first == std::string::npos ? std::string_view() : std::string_view(line).substr(first);
    if (trimmed.rfind("view ", 0) == 0 && trimmed.find('{') != std::string_view::npos) {
      in_view = true;
    } else if (in_view && trimmed.rfind("}", 0) == 0) {
      in_view = false;
    } else if (in_view) {
      for (std::size_t at = line.find("@id"); at != std::string::npos; at = line.find("@id", at)) {
        const std::size_t end = at + 3;
        if (end == line.size() || line[end] == ' ' || line[end] == '(' || line[end] == '\t') {
          line.replace(at, 3, "@unique");
          changed = true;
        }
        at = end;
      }
    }
    out += line + "\n";
  }
  if (changed) {
    text = std::move(out);
  }
  return changed;
}

}  // namespace

fs::path view_ids_as_unique(const fs::path& schema, const fs::path& scratch) {
  std::vector<fs::path> files;
  if (fs::is_directory(schema)) {
    for (const auto& entry : fs::recursive_directory_iterator(schema)) {
      if (entry.is_regular_file() && entry.path().extension() == ".prisma") {
        files.push_back(entry.path());
      }
    }
  } else {
    files.push_back(schema);
  }
  bool changed = false;
  std::vector<std::pair<fs::path, std::string>> texts;
  for (const fs::path& file : files) {
    std::string text = slurp(file);
    changed = rewrite_view_ids(text) || changed;
    const fs::path relative =
        fs::is_directory(schema) ? fs::relative(file, schema) : file.filename();
    texts.emplace_back(relative, std::move(text));
  }
  if (!changed) {
    return schema;
  }
  std::error_code ec;
  fs::remove_all(scratch, ec);
  for (const auto& [relative, text] : texts) {
    fs::create_directories((scratch / relative).parent_path());
    std::ofstream(scratch / relative, std::ios::binary) << text;
  }
  return fs::is_directory(schema) ? scratch : scratch / schema.filename();
}

std::vector<std::string> diff_to_schema(backends::postgres::Connection& db,
                                        const fs::path& schema) {
  const PipelineResult lowered = lower_schema_at(schema.string());
  if (!lowered.ok) {
    return {"does not lower: " + lowered.error};
  }
  Result<ir::Schema> got = backends::postgres::introspect(db, std::string("public"));
  if (!got) {
    return {"does not introspect: " + got.error().message};
  }
  const backends::MigrationRequest request{.from = got.value(),
                                           .to = lowered.lowered.schema,
                                           .from_label = db.redacted_url(),
                                           .to_label = schema.string()};
  Result<backends::Migration> migration = backends::make_migration(request);
  if (!migration) {
    return {"does not diff: " + migration.error().message};
  }
  std::vector<std::string> out;
  for (const ir::Change& change : migration.value().changes) {
    out.push_back(ir::describe(change));
  }
  return out;
}

KnownExceptions::KnownExceptions() {
  for (const auto& row : read_tsv(fs::path(SCHEMAC_SOURCE_DIR) / "tests" / "corpus" /
                                  "postgres_histories" / "known_exceptions.tsv")) {
    if (row.size() >= 2) {
      reasons_[row[0]] = row[1];
    }
  }
}

bool KnownExceptions::record(const std::string& id, const std::vector<std::string>& diffs) {
  seen_[id] = true;
  const bool listed = reasons_.count(id) != 0;
  if (diffs.empty()) {
    CHECK_MESSAGE(!listed, id << " now passes: remove it from known_exceptions.tsv");
    return true;
  }
  if (!listed) {
    std::string report;
    for (std::size_t i = 0; i < diffs.size() && i < 25; ++i) {
      report += "\n    " + diffs[i];
    }
    if (diffs.size() > 25) {
      report += "\n    … and " + std::to_string(diffs.size() - 25) + " more";
    }
    FAIL_CHECK(id << ": " << diffs.size() << " differences" << report);
  }
  return false;
}

std::vector<std::string> KnownExceptions::unused(const std::string& prefix) const {
  std::vector<std::string> out;
  for (const auto& [id, reason] : reasons_) {
    if (id.rfind(prefix, 0) == 0 && seen_.count(id) == 0) {
      out.push_back(id);
    }
  }
  return out;
}

}  // namespace schemac::test::pg_history
