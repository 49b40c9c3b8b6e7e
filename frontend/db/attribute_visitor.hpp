// Visiting the attributes of one field or block: the state machine of Prisma's
// psl/parser-database/src/context.rs, which reports duplicate, unknown and unused
// attributes and arguments so each attribute's reader only asks for what it knows.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "frontend/ast.hpp"
#include "support/diagnostic.hpp"
#include "support/source_manager.hpp"

namespace schemac::frontend::db {

// One visitor serves a whole pass: start() moves it to the next field or block and reuses its
// buffers, so visiting every attribute of a schema allocates nothing per field (it used to be
// three vectors per field, a tenth of resolution at 10,000 models).
class AttributeVisitor {
 public:
  // `sources` locates a trailing comma for its message.
  AttributeVisitor(const SourceManager& sources, Diagnostics& diags);
  AttributeVisitor(const AttributeVisitor&) = delete;
  AttributeVisitor& operator=(const AttributeVisitor&) = delete;

  // Starts on the attributes of a field or enum value (`@`).
  void start(const std::vector<ast::Attribute>& attributes);

  // Starts on the block attributes (`@@`, messages then say "@@index") among a block's
  // members: ast::Model::members or ast::Enum::members.
  template <typename Member>
  void start_block(const std::vector<Member>& members) {
    restart();
    for (const Member& m : members) {
      if (const auto* a = std::get_if<ast::BlockAttribute>(&m)) {
        attributes_.push_back(&a->attribute);
      }
    }
    used_.assign(attributes_.size(), false);
  }

  // An attribute that may appear once: false if absent, or present several times (each
  // occurrence is then reported) or unusable (empty arguments). On true, the attribute
  // becomes current until validate_arguments() or discard_arguments().
  [[nodiscard]] bool visit_optional_single(std::string_view name);
  // The next occurrence of a repeatable attribute (`@@index`); O(attributes) over all the
  // calls for one name.
  [[nodiscard]] bool visit_repeated(std::string_view name);
  // The native type attribute (`@db.VarChar(255)`), if any; duplicates are reported.
  [[nodiscard]] const ast::Attribute* visit_datasource_scoped();

  // The argument named `name`, else the first unnamed one. Reports and returns null when
  // absent ("Argument \"x\" is missing.") or given both ways.
  const ast::Expression* default_argument(std::string_view name);
  // Like default_argument, but absent is not an error.
  const ast::Expression* optional_default_argument(std::string_view name);
  // The argument named `name`, or null.
  const ast::Expression* optional_argument(std::string_view name);
  // The whole argument (`map: "x"`) last returned by one of the calls above; the current
  // attribute's span when none was.
  [[nodiscard]] Span last_argument_span() const { return last_argument_span_; }
  // Reports every argument of the current attribute nobody asked for ("No such argument.").
  void validate_arguments();
  void discard_arguments();

  [[nodiscard]] const ast::Attribute& current() const { return *current_; }
  // "@id", "@index" (also for `@@index`): as Prisma's parser database names the current
  // attribute in messages.
  [[nodiscard]] std::string current_display_name() const;

  // Reports the attributes nobody visited ("Attribute not known: \"@x\".").
  void finish();

 private:
  bool set_current(std::size_t index);
  void restart();

  std::vector<const ast::Attribute*> attributes_;
  std::vector<bool> used_;
  const SourceManager& sources_;
  Diagnostics& diags_;
  Span last_argument_span_;
  const ast::Attribute* current_ = nullptr;
  // Where visit_repeated(repeated_name_) resumes.
  std::string_view repeated_name_;
  std::size_t repeated_next_ = 0;
  // Arguments of the current attribute not yet asked for: (name or empty, index).
  std::vector<std::pair<std::optional<std::string_view>, std::size_t>> pending_args_;
};

}  // namespace schemac::frontend::db
