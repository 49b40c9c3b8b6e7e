// PEGTL actions that build the AST from grammar/prisma.hpp: one specialisation per rule that
// contributes to the tree. Included by parse.cpp only.
#pragma once

#include <algorithm>
#include <string_view>

#include <tao/pegtl.hpp>

#include "frontend/parse/builders.hpp"
#include "frontend/parse/messages.hpp"
#include "grammar/prisma.hpp"

namespace schemac::frontend::parse {

namespace pegtl = tao::pegtl;
namespace g = schemac::grammar;

template <typename Rule>
struct action : pegtl::nothing<Rule> {};

// Matches Rule with a fresh Inner builder as the only state and, if Rule succeeds, hands the
// result to the enclosing builder. When actions are off (inside at<>/not_at<>) it just matches.
template <typename Inner>
struct nest : pegtl::maybe_nothing {
  template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M,
            template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename Outer>
  [[nodiscard]] static bool match(ParseInput& in, Outer& outer) {
    if constexpr (A == pegtl::apply_mode::nothing) {
      return pegtl::match<Rule, A, M, Action, Control>(in, outer);
    } else {
      Inner inner(outer.ctx, in.current());
      if (!pegtl::match<Rule, A, M, Action, Control>(in, inner)) {
        return false;
      }
      inner.finish(in.current(), outer);
      return true;
    }
  }
};

// An expression, with the depth cap: deeper than kMaxExpressionDepth the rule fails (the line
// becomes unreadable) and the place is remembered for a diagnostic.
struct nest_expression : pegtl::maybe_nothing {
  template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M,
            template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename Outer>
  [[nodiscard]] static bool match(ParseInput& in, Outer& outer) {
    ParseContext& ctx = outer.ctx;
    if (ctx.depth >= kMaxExpressionDepth) {
      ctx.too_deep.push_back(ctx.offset(in.current()));
      return false;
    }
    ++ctx.depth;
    const bool ok = nest<ExpressionBuilder>::match<Rule, A, M, Action, Control>(in, outer);
    --ctx.depth;
    return ok;
  }
};

// A block (model, enum, config): records where its members start and, if it does not close,
// marks those starts dead for its kind (see ParseContext::dead).
template <typename Inner>
struct nest_block : pegtl::maybe_nothing {
  template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M,
            template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename Outer>
  [[nodiscard]] static bool match(ParseInput& in, Outer& outer) {
    Inner inner(outer.ctx, in.current());
    ParseContext& ctx = outer.ctx;
    std::vector<std::uint32_t>* const saved = ctx.member_starts;
    ctx.member_starts = &inner.member_starts;
    const bool ok = pegtl::match<Rule, A, M, Action, Control>(in, inner);
    ctx.member_starts = saved;
    if (!ok) {
      ctx.mark_dead(Inner::kind, inner.member_starts);
      return false;
    }
    inner.finish(in.current(), outer);
    return true;
  }
};

// One member line of a block: refused at once where an earlier block of this kind already
// read to the end of the file without closing.
template <BlockKind Kind>
struct guard_member : pegtl::maybe_nothing {
  template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M,
            template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename State>
  [[nodiscard]] static bool match(ParseInput& in, State& state) {
    ParseContext& ctx = state.ctx;
    if (ctx.is_dead(Kind, in.current())) {
      return false;
    }
    if (ctx.member_starts != nullptr) {
      ctx.member_starts->push_back(ctx.offset(in.current()));
    }
    return pegtl::match<Rule, A, M, Action, Control>(in, state);
  }
};

template <typename Input, typename State>
[[nodiscard]] ast::Identifier identifier_of(const Input& in, const State& s) {
  return ast::Identifier{in.string_view(), s.ctx.span(in.begin(), in.end())};
}

// ---- blocks ------------------------------------------------------------------------------
template <>
struct action<g::model_declaration> : nest_block<ModelBuilder> {};

template <>
struct action<g::enum_declaration> : nest_block<EnumBuilder> {};

template <>
struct action<g::config_block> : nest_block<ConfigBuilder> {};

template <>
struct action<g::model_member> : guard_member<BlockKind::Model> {};

template <>
struct action<g::enum_member> : guard_member<BlockKind::Enum> {};

template <>
struct action<g::config_member> : guard_member<BlockKind::Config> {};

template <>
struct action<g::type_alias> : nest<TypeAliasBuilder> {};

template <>
struct action<g::arbitrary_block> : pegtl::maybe_nothing {
  template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M,
            template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename State>
  [[nodiscard]] static bool match(ParseInput& in, State& state) {
    const std::size_t last = state.ctx.last_close_brace;
    if (last == std::string_view::npos || state.ctx.offset(in.current()) > last) {
      return false;  // no `}` ahead: it cannot close
    }
    return nest<ArbitraryBlockBuilder>::match<Rule, A, M, Action, Control>(in, state);
  }
};

template <>
struct action<g::model_keyword> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    const std::string_view k = in.string_view();
    s.set_model_kind(k == "model"  ? ast::ModelKind::Model
                     : k == "view" ? ast::ModelKind::View
                                   : ast::ModelKind::CompositeType);
    s.set_keyword(in.begin(), in.end());
  }
};

template <>
struct action<g::enum_keyword> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_keyword(in.begin(), in.end());
  }
};

template <>
struct action<g::config_keyword> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_config_kind(in.string_view() == "datasource" ? ast::ConfigKind::Datasource
                                                       : ast::ConfigKind::Generator);
    s.set_keyword(in.begin(), in.end());
  }
};

template <>
struct action<g::block_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_block_name(identifier_of(in, s));
  }
};

template <>
struct action<g::after_open_brace> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_after_open_brace(in.string_view());
  }
};

template <>
struct action<g::empty_lines> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    // A line end is LF, CR LF or a lone CR.
    const std::string_view t = in.string_view();
    unsigned lines = 0;
    for (std::size_t i = 0; i < t.size(); ++i) {
      if (t[i] == '\n' || (t[i] == '\r' && (i + 1 == t.size() || t[i + 1] != '\n'))) {
        ++lines;
      }
    }
    s.add(ast::EmptyLines{lines, s.ctx.span(in.begin(), in.end())});
  }
};

template <>
struct action<g::catch_all_text> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.add(ast::CatchAll{in.string_view(), s.ctx.span(in.begin(), in.end())});
  }
};

// ---- comments ----------------------------------------------------------------------------
template <>
struct action<g::comment_block> : nest<CommentBlockBuilder> {};

// `/* … */`: matches exactly what grammar::multi_line_comment_body describes (from `/*` to the
// first `*/` after it) but jumps there instead of scanning; see ParseContext::block_comment_end.
template <>
struct action<g::multi_line_comment_body> : pegtl::maybe_nothing {
  template <typename Rule, pegtl::apply_mode A, pegtl::rewind_mode M,
            template <typename...> class Action, template <typename...> class Control,
            typename ParseInput, typename State>
  [[nodiscard]] static bool match(ParseInput& in, State& s) {
    const char* const begin = in.current();
    if (in.size(2) < 2 || begin[0] != '/' || begin[1] != '*') {
      return false;
    }
    const char* const end = s.ctx.block_comment_end(begin);
    if (end == nullptr) {
      return false;
    }
    in.bump(static_cast<std::size_t>(end - begin));
    if constexpr (A == pegtl::apply_mode::action) {
      const std::string_view t = text_of(begin, end);
      s.add_comment(ast::Comment{t.substr(2, t.size() - 4), true, true, s.ctx.span(begin, end)});
    }
    return true;
  }
};

template <>
struct action<g::doc_comment_body> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.add_comment(
        ast::Comment{in.string_view().substr(3), true, false, s.ctx.span(in.begin(), in.end())});
  }
};

template <>
struct action<g::line_comment_body> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.add_comment(
        ast::Comment{in.string_view().substr(2), false, false, s.ctx.span(in.begin(), in.end())});
  }
};

// ---- fields, enum values, properties -----------------------------------------------------
template <>
struct action<g::field_declaration> : nest<FieldBuilder> {};

template <>
struct action<g::enum_value_declaration> : nest<EnumValueBuilder> {};

template <>
struct action<g::key_value> : nest<PropertyBuilder> {};

template <>
struct action<g::block_attribute_line> : nest<BlockAttributeBuilder> {};

template <>
struct action<g::field_attribute> : nest<AttributeBuilder> {};

template <>
struct action<g::field_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_field_name(identifier_of(in, s));
  }
};

template <>
struct action<g::enum_value_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_enum_value_name(identifier_of(in, s));
  }
};

template <>
struct action<g::property_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_property_name(identifier_of(in, s));
  }
};

template <>
struct action<g::legacy_colon> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.field.legacy_colon = true;
  }
};

template <>
struct action<g::attribute_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_name(identifier_of(in, s), in.end());
  }
};

// ---- field types -------------------------------------------------------------------------
template <>
struct action<g::field_type> : nest<FieldTypeBuilder> {};

template <>
struct action<g::base_type> : nest<BaseTypeBuilder> {};

template <>
struct action<g::type_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.set_type_name(identifier_of(in, s));
  }
};

template <>
struct action<g::unsupported_keyword> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    // `Unsupported(`: the name is the word without its parenthesis.
    s.set_unsupported_keyword(
        ast::Identifier{in.string_view().substr(0, 11), s.ctx.span(in.begin(), in.end() - 1)});
  }
};

template <>
struct action<g::list_suffix> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.type.arity = ast::Arity::List;
  }
};

template <>
struct action<g::optional_suffix> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.type.arity = ast::Arity::Optional;
  }
};

template <>
struct action<g::unsupported_optional_list_suffix> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.type.arity = ast::Arity::List;
    s.type.optional_list = true;
  }
};

template <>
struct action<g::legacy_required_suffix> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.type.legacy_required = true;
  }
};

template <>
struct action<g::legacy_list_type> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.type.arity = ast::Arity::List;
    s.type.legacy_list = true;
  }
};

// ---- expressions -------------------------------------------------------------------------
template <>
struct action<g::expression> : nest_expression {};

template <>
struct action<g::arguments_list> : nest<ArgumentListBuilder> {};

template <>
struct action<g::argument> : nest<ArgumentBuilder> {};

template <>
struct action<g::argument_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.pending_name = identifier_of(in, s);
  }
};

template <>
struct action<g::named_argument> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.argument.name = s.pending_name;
  }
};

template <>
struct action<g::trailing_comma> {
  template <typename Input, typename State>
  static void apply(const Input& /*in*/, State& s) {
    s.list.trailing_comma = true;
  }
};

template <>
struct action<g::numeric_literal> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.value = ast::NumericLiteral{in.string_view(), s.ctx.span(in.begin(), in.end())};
  }
};

// The value is unescaped after parsing (frontend/parse/unescape.cpp), so that a literal read
// again on backtracking is reported once.
template <>
struct action<g::string_literal> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.add_string(ast::StringLiteral{{}, in.string_view(), s.ctx.span(in.begin(), in.end())});
  }
};

template <>
struct action<g::constant_value> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.value = ast::ConstantValue{in.string_view(), s.ctx.span(in.begin(), in.end())};
  }
};

template <>
struct action<g::function_name> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.function_name = identifier_of(in, s);
  }
};

template <>
struct action<g::function_call> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.value = ast::FunctionCall{*s.function_name, std::move(*s.arguments),
                                s.ctx.span(in.begin(), in.end())};
  }
};

template <>
struct action<g::array_expression> {
  template <typename Input, typename State>
  static void apply(const Input& in, State& s) {
    s.value = ast::ArrayExpression{std::move(s.items), s.ctx.span(in.begin(), in.end())};
  }
};

}  // namespace schemac::frontend::parse
