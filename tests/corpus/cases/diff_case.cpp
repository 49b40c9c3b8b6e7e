// A golden case of `schemac diff` and the ways the tests run it (see diff_case.hpp).
#include "tests/corpus/cases/diff_case.hpp"

#include <algorithm>
#include <cstdlib>
#include <fstream>
#include <iostream>
#include <map>
#include <sstream>
#include <sys/wait.h>
#include <unistd.h>

namespace schemac::test {

namespace fs = std::filesystem;

std::string read_text(const fs::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

namespace {

std::vector<std::string> lines_of(const std::string& text) {
  std::vector<std::string> out;
  std::istringstream in(text);
  std::string line;
  while (std::getline(in, line)) {
    if (!line.empty() && line.back() == '\r') {
      line.pop_back();
    }
    out.push_back(line);
  }
  return out;
}

std::string trim(const std::string& s) {
  const auto b = s.find_first_not_of(" \t\r\n");
  const auto e = s.find_last_not_of(" \t\r\n");
  return b == std::string::npos ? "" : s.substr(b, e - b + 1);
}

// The string literal after `marker` in `line` (`@map("a\"b")` → `a"b`), or "" when absent.
std::string literal_after(const std::string& line, const std::string& marker) {
  const auto at = line.find(marker);
  if (at == std::string::npos) {
    return "";
  }
  std::string out;
  for (std::size_t i = at + marker.size(); i < line.size() && line[i] != '"'; ++i) {
    if (line[i] == '\\' && i + 1 < line.size()) {
      ++i;
    }
    out += line[i];
  }
  return out;
}

struct Model {
  std::string table;
  std::map<std::string, std::string> columns;  // field → column
};

std::map<std::string, Model> scan_models(const std::string& text) {
  std::map<std::string, Model> models;
  Model* current = nullptr;
  for (const std::string& raw : lines_of(text)) {
    const std::string line = trim(raw);
    if (current == nullptr) {
      if (line.rfind("model ", 0) == 0) {
        std::string name = trim(line.substr(6));
        name = trim(name.substr(0, name.find_first_of(" {")));
        current = &models[name];
        current->table = name;
      }
      continue;
    }
    if (line.rfind("}", 0) == 0) {
      current = nullptr;
    } else if (line.rfind("@@map(\"", 0) == 0) {
      current->table = literal_after(line, "@@map(\"");
    } else if (!line.empty() && line[0] != '@' && line[0] != '/') {
      const std::string field = line.substr(0, line.find_first_of(" \t"));
      const std::string mapped = literal_after(line, " @map(\"");
      current->columns[field] = mapped.empty() ? field : mapped;
    }
  }
  return models;
}

std::string shell_quote(const std::string& s) {
  std::string out = "'";
  for (const char c : s) {
    if (c == '\'') {
      out += "'\\''";
    } else {
      out += c;
    }
  }
  return out + "'";
}

int exit_code_of(int status) {
  if (status == -1) {
    return -1;
  }
  return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}

fs::path scratch_file(const std::string& stem) {
  static int counter = 0;
  return scratch_path(std::to_string(++counter) + "-" + stem);
}

}  // namespace

fs::path scratch_path(const std::string& name) {
  return fs::temp_directory_path() / ("schemac-cases-" + std::to_string(::getpid()) + "-" + name);
}

std::vector<DiffCase> list_diff_cases(const fs::path& root) {
  std::vector<DiffCase> out;
  if (!fs::is_directory(root)) {
    return out;
  }
  for (const fs::directory_entry& e : fs::directory_iterator(root)) {
    if (!e.is_directory() || !fs::exists(e.path() / "from.prisma")) {
      continue;
    }
    DiffCase c;
    c.name = e.path().filename().string();
    c.dir = e.path();
    if (fs::exists(c.dir / "args")) {
      for (const std::string& line : lines_of(read_text(c.dir / "args"))) {
        if (!line.empty()) {
          c.args.push_back(line);
        }
      }
    }
    if (fs::exists(c.dir / "expect")) {
      const std::string expect = trim(read_text(c.dir / "expect"));
      c.up_fails = expect == "up-fails";
      c.down_fails = expect == "down-fails";
    }
    out.push_back(std::move(c));
  }
  std::sort(out.begin(), out.end(),
            [](const DiffCase& a, const DiffCase& b) { return a.name < b.name; });
  return out;
}

ir::RenameHints rename_hints(const DiffCase& c) {
  const auto from = scan_models(read_text(c.dir / "from.prisma"));
  const auto to = scan_models(read_text(c.dir / "to.prisma"));
  std::map<std::string, std::string> model_renames;  // FROM model → TO model
  std::vector<std::pair<std::string, std::string>> field_renames;
  for (std::size_t i = 0; i + 1 < c.args.size(); ++i) {
    if (c.args[i] != "--rename") {
      continue;
    }
    const std::string& spec = c.args[i + 1];
    const auto eq = spec.find('=');
    if (eq == std::string::npos) {
      continue;
    }
    const std::string lhs = spec.substr(0, eq);
    const std::string rhs = spec.substr(eq + 1);
    if (lhs.find('.') == std::string::npos) {
      model_renames[lhs] = rhs;
    } else {
      field_renames.emplace_back(lhs, rhs);
    }
  }
  ir::RenameHints hints;
  for (const auto& [old_model, new_model] : model_renames) {
    const auto f = from.find(old_model);
    const auto t = to.find(new_model);
    if (f != from.end() && t != to.end() && f->second.table != t->second.table) {
      hints.tables.push_back({"", f->second.table, t->second.table});
    }
  }
  for (const auto& [lhs, new_field] : field_renames) {
    // The model is named as in TO (as the CLI reads it); in FROM it has its old name when a
    // model rename renames it too.
    const std::string model = lhs.substr(0, lhs.find('.'));
    const std::string old_field = lhs.substr(lhs.find('.') + 1);
    std::string old_model = model;
    for (const auto& [old_name, new_name] : model_renames) {
      if (new_name == model) {
        old_model = old_name;
      }
    }
    const auto f = from.find(old_model);
    const auto t = to.find(model);
    if (f == from.end() || t == to.end()) {
      continue;
    }
    const auto fc = f->second.columns.find(old_field);
    const auto tc = t->second.columns.find(new_field);
    if (fc != f->second.columns.end() && tc != t->second.columns.end() &&
        fc->second != tc->second) {
      hints.columns.push_back({"", t->second.table, fc->second, tc->second});
    }
  }
  // Tables whose rows must follow a change the CLI is not told about, in database names:
  // `FROM_TABLE=TO_TABLE [from_column=to_column]...` per line.
  if (fs::exists(c.dir / "rows-follow")) {
    for (const std::string& line : lines_of(read_text(c.dir / "rows-follow"))) {
      std::istringstream words(line);
      std::string word;
      std::string to_table;
      while (words >> word) {
        const auto eq = word.find('=');
        if (eq == std::string::npos) {
          continue;
        }
        if (to_table.empty()) {
          to_table = word.substr(eq + 1);
          hints.tables.push_back({"", word.substr(0, eq), to_table});
        } else {
          hints.columns.push_back({"", to_table, word.substr(0, eq), word.substr(eq + 1)});
        }
      }
    }
  }
  return hints;
}

CommandResult run_schemac(const fs::path& cwd, const std::vector<std::string>& args) {
  const fs::path out_file = scratch_file("stdout");
  const fs::path err_file = scratch_file("stderr");
  std::string command = "cd " + shell_quote(cwd.string()) + " && " + shell_quote(SCHEMAC_BINARY);
  for (const std::string& a : args) {
    command += " " + shell_quote(a);
  }
  command += " >" + shell_quote(out_file.string()) + " 2>" + shell_quote(err_file.string());
  CommandResult r;
  r.exit_code = exit_code_of(std::system(command.c_str()));
  r.out = read_text(out_file);
  r.err = read_text(err_file);
  std::error_code ec;
  fs::remove(out_file, ec);
  fs::remove(err_file, ec);
  return r;
}

std::string unified_diff(const std::string& want, const std::string& got,
                         const std::string& label) {
  const fs::path a = scratch_file("expected");
  const fs::path b = scratch_file("actual");
  std::ofstream(a, std::ios::binary) << want;
  std::ofstream(b, std::ios::binary) << got;
  const fs::path d = scratch_file("diff");
  const std::string command = "diff -u --label " + shell_quote(label) + " --label actual " +
                              shell_quote(a.string()) + " " + shell_quote(b.string()) + " >" +
                              shell_quote(d.string());
  (void)std::system(command.c_str());
  std::string out = read_text(d);
  std::error_code ec;
  fs::remove(a, ec);
  fs::remove(b, ec);
  fs::remove(d, ec);
  constexpr std::size_t kMax = 6000;
  if (out.size() > kMax) {
    out = out.substr(0, kMax) + "\n… (diff cut)\n";
  }
  return out;
}

bool env_is(const char* name, std::string_view value) {
  const char* v = std::getenv(name);
  return v != nullptr && value == v;
}

std::string check_golden(const DiffCase& c, const std::string& name, const std::string& got,
                         bool update) {
  const fs::path path = c.dir / name;
  if (update) {
    if (!fs::exists(path) || read_text(path) != got) {
      std::ofstream(path, std::ios::binary) << got;
      std::cout << "rewrote tests/cases/" << c.name << "/" << name << "\n";
    }
    return "";
  }
  if (!fs::exists(path)) {
    return "tests/cases/" + c.name + "/" + name +
           " is missing: run tests/update-goldens and review the diff";
  }
  const std::string want = read_text(path);
  if (want == got) {
    return "";
  }
  return "tests/cases/" + c.name + "/" + name + " differs from the CLI's output:\n" +
         unified_diff(want, got, "tests/cases/" + c.name + "/" + name);
}

void remove_golden(const DiffCase& c, const std::string& name, bool update) {
  if (update && fs::exists(c.dir / name)) {
    fs::remove(c.dir / name);
    std::cout << "removed tests/cases/" << c.name << "/" << name << "\n";
  }
}

std::map<std::string, KnownFailure> known_failures(const fs::path& list) {
  std::map<std::string, KnownFailure> out;
  std::istringstream in(read_text(list));
  std::string line;
  while (std::getline(in, line)) {
    if (line.empty() || line[0] == '#') {
      continue;
    }
    std::istringstream words(line);
    std::string name;
    KnownFailure f;
    words >> name >> f.stage;
    std::getline(words, f.reason);
    out[name] = f;
  }
  return out;
}

}  // namespace schemac::test
