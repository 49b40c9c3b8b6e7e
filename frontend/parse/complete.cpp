// Unescaping and parse-time diagnostics over a freshly built tree (see complete.hpp). The
// order and the cases follow psl/schema-ast/src/parser/parse_*.rs.
#include "frontend/parse/complete.hpp"

#include <memory>
#include <string>
#include <variant>

#include "frontend/parse/messages.hpp"
#include "frontend/parse/unescape.hpp"

namespace schemac::frontend::parse {
namespace {

struct Completer {
  std::string_view text;
  Diagnostics& diags;
  std::vector<std::unique_ptr<const std::string>>& unescaped;

  // `report` false: fill values but stay silent, where Prisma never reads the literal.
  void expression(ast::Expression& e, bool report) {
    std::visit(
        [&](auto& v) {
          using T = std::decay_t<decltype(v)>;
          if constexpr (std::is_same_v<T, ast::StringLiteral>) {
            string(v, report);
          } else if constexpr (std::is_same_v<T, ast::FunctionCall>) {
            arguments(v.arguments, report);
          } else if constexpr (std::is_same_v<T, ast::ArrayExpression>) {
            for (ast::Expression& item : v.items) {
              expression(item, report);
            }
          }
        },
        e.value);
  }

  void string(ast::StringLiteral& s, bool report) {
    const std::string_view content = s.raw.substr(1, s.raw.size() - 2);
    if (content.find('\\') == std::string_view::npos) {
      s.value = content;  // nothing to unescape, nothing to report
      return;
    }
    unescaped.push_back(std::make_unique<const std::string>(
        unescape_string(s.raw, s.span, report ? &diags : nullptr)));
    s.value = *unescaped.back();
  }

  void arguments(ast::ArgumentList& list, bool report) {
    for (ast::Argument& a : list.arguments) {
      if (a.value) {
        expression(*a.value, report);
      }
    }
  }

  void attribute(ast::Attribute& a, bool report) {
    if (a.arguments) {
      arguments(*a.arguments, report);
    }
  }

  // Where the `:` of `name: Type` is (the field only records that there is one).
  Span colon_span(const ast::Field& f) const {
    std::uint32_t at = f.name.span.end;
    while (at < text.size() && text[at] != ':') {
      ++at;
    }
    return Span{f.span.file, at, at + 1};
  }

  void field(ast::Field& f, const ast::Model& model) {
    // Prisma stops at the first problem of a field and drops the field.
    bool report = true;
    if (f.legacy_colon) {
      diags.push(legacy_colon(colon_span(f)));
      report = false;
    } else if (f.type && f.type->legacy_required) {
      diags.push(legacy_required_type(f.type->span));
      report = false;
    } else if (f.type && f.type->legacy_list) {
      diags.push(legacy_list_type(f.type->span));
      report = false;
    } else if (f.type && f.type->optional_list) {
      diags.push(optional_list_type(f.type->span));
      report = false;
    }
    if (f.type && f.type->unsupported) {
      string(*f.type->unsupported, report);
    }
    for (ast::Attribute& a : f.attributes) {
      attribute(a, report);
    }
    if (!report) {
      return;
    }
    if (!f.type) {
      diags.push(incomplete_field(f.span, container_word(model.kind), model.name.name));
      return;
    }
    if (model.kind == ast::ModelKind::CompositeType) {
      for (const ast::Attribute& a : f.attributes) {
        if (a.name.name == "relation" || a.name.name == "unique" || a.name.name == "id") {
          diags.push(composite_type_field_attribute(f.span, a.name.name));
        }
      }
    }
  }

  static std::string_view container_word(ast::ModelKind kind) {
    switch (kind) {
      case ast::ModelKind::Model:
        return "model";
      case ast::ModelKind::View:
        return "view";
      case ast::ModelKind::CompositeType:
        return "type";
    }
    return "model";
  }

  void model(ast::Model& m) {
    for (ast::ModelMember& member : m.members) {
      if (auto* f = std::get_if<ast::Field>(&member)) {
        field(*f, m);
      } else if (auto* b = std::get_if<ast::BlockAttribute>(&member)) {
        attribute(b->attribute, true);
        if (m.kind == ast::ModelKind::CompositeType) {
          diags.push(composite_type_block_attribute(b->span, b->attribute.name.name));
        }
      } else if (const auto* c = std::get_if<ast::CatchAll>(&member)) {
        diags.push(invalid_model_line(c->span));
      }
    }
  }

  void enumeration(ast::Enum& e) {
    for (ast::EnumMember& member : e.members) {
      if (auto* v = std::get_if<ast::EnumValue>(&member)) {
        for (ast::Attribute& a : v->attributes) {
          attribute(a, true);
        }
      } else if (auto* b = std::get_if<ast::BlockAttribute>(&member)) {
        attribute(b->attribute, true);
      } else if (const auto* c = std::get_if<ast::CatchAll>(&member)) {
        diags.push(invalid_enum_line(c->span));
      }
    }
  }

  void config(ast::ConfigBlock& block) {
    const std::string_view keyword =
        block.kind == ast::ConfigKind::Datasource ? "datasource" : "generator";
    for (ast::ConfigMember& member : block.members) {
      if (auto* p = std::get_if<ast::Property>(&member)) {
        if (p->value) {
          expression(*p->value, true);
        }
      } else if (const auto* c = std::get_if<ast::CatchAll>(&member)) {
        diags.push(invalid_config_line(c->span, keyword));
      }
    }
  }

  void top(ast::Top& t) {
    if (auto* m = std::get_if<ast::Model>(&t)) {
      model(*m);
    } else if (auto* e = std::get_if<ast::Enum>(&t)) {
      enumeration(*e);
    } else if (auto* c = std::get_if<ast::ConfigBlock>(&t)) {
      config(*c);
    } else if (auto* alias = std::get_if<ast::TypeAlias>(&t)) {
      // Prisma reports the alias without reading it.
      if (alias->base.unsupported) {
        string(*alias->base.unsupported, false);
      }
      for (ast::Attribute& a : alias->attributes) {
        attribute(a, false);
      }
      diags.push(invalid_type_alias(alias->span));
    } else if (const auto* b = std::get_if<ast::ArbitraryBlock>(&t)) {
      diags.push(invalid_block(b->span));
    } else if (const auto* line = std::get_if<ast::CatchAll>(&t)) {
      diags.push(invalid_top_level_line(line->span));
    }
  }
};

}  // namespace

void complete_file(ast::SchemaFile& file, std::string_view text, Diagnostics& diags) {
  Completer completer{text, diags, file.unescaped_strings};
  for (ast::Top& t : file.tops) {
    completer.top(t);
  }
}

}  // namespace schemac::frontend::parse
