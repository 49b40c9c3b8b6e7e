// Helpers of the SQLite planner tests (see test_support.hpp).
#include "tests/unit/sqlite_plan/test_support.hpp"

#include <cstdio>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unistd.h>

#include <sqlite3.h>

#include "backends/sqlite/planner.hpp"
#include "frontend/lower/lower.hpp"
#include "frontend/parse/parse.hpp"
#include "frontend/validate/validate.hpp"
#include "support/read_file.hpp"
#include "support/render.hpp"

namespace schemac::test {

std::string source_dir() {
  return SCHEMAC_SOURCE_DIR;
}

std::string shared_dir() {
  return SCHEMAC_SHARED_DIR;
}

Lowered lower_file(const std::string& path) {
  Lowered out;
  const auto files = list_schema_files(path);
  if (!files) {
    out.error = files.error().message;
    return out;
  }
  SourceManager sources;
  std::vector<FileId> ids;
  for (const std::string& file : files.value()) {
    auto text = read_file(file);
    if (!text) {
      out.error = text.error().message;
      return out;
    }
    ids.push_back(sources.add(file, std::move(text.value())));
  }
  Diagnostics diags;
  const frontend::ast::Schema ast = frontend::parse_schema(sources, ids, diags);
  frontend::ValidatedSchema validated = frontend::validate(ast, sources, diags);
  if (diags.has_errors() || !validated.valid) {
    for (const Diagnostic& d : diags.sorted()) {
      if (d.severity == Severity::Error && out.error.size() < 2000) {
        out.error += render(d, sources);
      }
    }
    if (out.error.empty()) {
      out.error = "validation failed without an error diagnostic";
    }
    return out;
  }
  out.schema = frontend::lower(validated).schema;
  out.ok = true;
  return out;
}

Lowered lower_text(const std::string& schema_text) {
  // Named by process: several builds may run the suite at once.
  const std::filesystem::path dir = std::filesystem::temp_directory_path() /
                                    ("schemac_sqlite_plan_test_" + std::to_string(::getpid()));
  std::filesystem::create_directories(dir);
  const std::filesystem::path file = dir / "schema.prisma";
  {
    std::ofstream out(file, std::ios::binary | std::ios::trunc);
    out << schema_text;
  }
  Lowered lowered = lower_file(file.string());
  std::error_code ignored;
  std::filesystem::remove_all(dir, ignored);
  return lowered;
}

std::vector<ir::Change> changes_from_empty(const ir::Schema& to) {
  std::vector<ir::Change> changes;
  for (const ir::Table& t : to.tables) {
    changes.push_back({ir::CreateTable{t}});
  }
  for (const ir::Table& t : to.tables) {
    for (const ir::Index& i : t.indexes) {
      changes.push_back({ir::CreateIndex{{t.schema_name, t.name}, i}});
    }
  }
  for (const ir::Table& t : to.tables) {
    for (const ir::ForeignKey& fk : t.foreign_keys) {
      changes.push_back({ir::AddForeignKey{{t.schema_name, t.name}, fk}});
    }
  }
  return changes;
}

backends::Plan plan_from_empty(const ir::Schema& to) {
  ir::Schema empty;
  empty.dialect = to.dialect;
  const std::vector<ir::Change> changes = changes_from_empty(to);
  auto plan = backends::sqlite::plan({empty, to, changes, {}, false});
  return plan ? plan.value() : backends::Plan{};
}

namespace {

void append_lines(const std::string& text, std::vector<std::string>& out, bool drop_comments) {
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || (drop_comments && line.rfind("--", 0) == 0)) {
      continue;
    }
    out.push_back(line);
  }
}

}  // namespace

std::vector<std::string> statement_lines(const backends::Plan& plan) {
  std::vector<std::string> out;
  for (const backends::Step& step : plan.steps) {
    for (const std::string& statement : step.statements) {
      append_lines(statement + ";", out, false);
    }
  }
  return out;
}

std::vector<std::string> prisma_statement_lines(const std::string& script) {
  std::vector<std::string> out;
  append_lines(script, out, true);
  return out;
}

std::string script_text(const backends::Plan& plan) {
  std::string out;
  const auto emit = [&](backends::Placement placement) {
    for (const backends::Step& step : plan.steps) {
      if (step.placement != placement) {
        continue;
      }
      out += "-- " + step.comment + "\n";
      for (const std::string& statement : step.statements) {
        out += statement + ";\n";
      }
    }
  };
  emit(backends::Placement::BeforeTransaction);
  out += "BEGIN;\n";
  emit(backends::Placement::InTransaction);
  out += "COMMIT;\n";
  emit(backends::Placement::AfterTransaction);
  return out;
}

Db::Db(const std::string& path) {
  if (sqlite3_open(path.c_str(), &db_) != SQLITE_OK) {
    std::fprintf(stderr, "cannot open %s\n", path.c_str());
  }
}

Db::~Db() {
  sqlite3_close(db_);
}

std::string Db::exec(const std::string& sql) {
  char* message = nullptr;
  if (sqlite3_exec(db_, sql.c_str(), nullptr, nullptr, &message) == SQLITE_OK) {
    return "";
  }
  std::string error = message != nullptr ? message : "unknown error";
  sqlite3_free(message);
  return error;
}

std::vector<std::string> Db::exec_all(const std::string& sql) {
  std::vector<std::string> errors;
  const char* rest = sql.c_str();
  while (*rest != '\0') {
    sqlite3_stmt* stmt = nullptr;
    const char* tail = nullptr;
    if (sqlite3_prepare_v2(db_, rest, -1, &stmt, &tail) != SQLITE_OK) {
      errors.emplace_back(sqlite3_errmsg(db_));
    } else if (stmt != nullptr) {
      while (sqlite3_step(stmt) == SQLITE_ROW) {
      }
      if (sqlite3_errcode(db_) != SQLITE_OK && sqlite3_errcode(db_) != SQLITE_DONE) {
        errors.emplace_back(sqlite3_errmsg(db_));
      }
      sqlite3_finalize(stmt);
    }
    if (tail == nullptr || tail == rest) {
      break;
    }
    rest = tail;
  }
  return errors;
}

std::vector<std::string> Db::column(const std::string& sql) {
  std::vector<std::string> out;
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v2(db_, sql.c_str(), -1, &stmt, nullptr) != SQLITE_OK) {
    out.push_back(std::string("error: ") + sqlite3_errmsg(db_));
    return out;
  }
  while (sqlite3_step(stmt) == SQLITE_ROW) {
    const unsigned char* text = sqlite3_column_text(stmt, 0);
    out.push_back(text != nullptr ? reinterpret_cast<const char*>(text) : "NULL");
  }
  sqlite3_finalize(stmt);
  return out;
}

std::string Db::value(const std::string& sql) {
  const std::vector<std::string> rows = column(sql);
  return rows.empty() ? "" : rows.front();
}

}  // namespace schemac::test
