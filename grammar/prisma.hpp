// The PEGTL grammar of the Prisma schema language: rules only, no actions, no messages.
#pragma once

#include <tao/pegtl.hpp>
#include <tao/pegtl/contrib/predicates.hpp>

#include "grammar/unicode_letter.hpp"

// Modelled on Prisma's pest grammar (prisma-engines psl/schema-ast/src/parser/datamodel.pest)
// as Prisma 7.10.1 runs it; where that file and the shipped engine differ (`/* */` comments,
// non-ASCII letters in identifiers) the engine, asked through ../shared/oracle, decides.
//
// What must stay true:
// - The grammar never fails as a whole: every line it cannot read becomes a `catch_all` (top
//   level) or `block_level_catch_all` (inside a block), which the parser reports.
// - pest inserts optional WHITESPACE (spaces, tabs, Unicode space separators; never a line end)
//   between the items of its non-atomic rules; here that is an explicit `ws`. It is placed
//   before an optional item (`opt<ws, x>`), never after, so a node's span ends at its last
//   character. Hence `modelUser {` is a model named `User`, exactly as in Prisma.
// - Members of a block are whole lines, so a block ends at the first line whose first
//   non-blank character is `}`.
// - Expressions nest through `arguments_list` and `array_expression` only; the parser caps that
//   depth. `path` is iterative (pest's is recursive) so that `a.a.a…` cannot exhaust the stack.
namespace schemac::grammar {

namespace pegtl = tao::pegtl;
using pegtl::any;
using pegtl::at;
using pegtl::eof;
using pegtl::not_at;
using pegtl::not_one;
using pegtl::one;
using pegtl::opt;
using pegtl::plus;
using pegtl::seq;
using pegtl::sor;
using pegtl::star;
using pegtl::string;
using pegtl::two;
using pegtl::ascii::alnum;
using pegtl::ascii::digit;
using pegtl::ascii::range;
using pegtl::utf8::predicates_or;

// clang-format off

// ---- whitespace, line ends -------------------------------------------------------------------
// pest's SPACE_SEPARATOR is Unicode category Zs; "\t" is added by Prisma's WHITESPACE.
struct unicode_space : pegtl::utf8::one<0xA0, 0x1680, 0x2000, 0x2001, 0x2002, 0x2003, 0x2004, 0x2005, 0x2006, 0x2007, 0x2008, 0x2009, 0x200A, 0x202F, 0x205F, 0x3000> {};
// Every `ws` ends at a character that is not a space, nearly always ASCII: look at its first
// byte before decoding it. Those code points are written C2 A0, E1 9A 80, E2 80/81 xx, E3 80 80.
struct unicode_space_lead : one<'\xC2', '\xE1', '\xE2', '\xE3'> {};
struct sp : sor<one<' ', '\t'>, seq<at<unicode_space_lead>, unicode_space>> {};
struct ws : star<sp> {};
struct newline : sor<string<'\r', '\n'>, one<'\n'>, one<'\r'>> {};
struct rest_of_line : star<not_at<newline>, any> {};

// ---- identifiers and paths -------------------------------------------------------------------
// Decoded only when the byte is not ASCII: every identifier ends at an ASCII character.
struct non_ascii_byte : pegtl::ascii::not_range<'\x00', '\x7F'> {};
struct non_ascii_letter : seq<at<non_ascii_byte>, predicates_or<non_ascii_letter_test>> {};
struct identifier_first : sor<alnum, non_ascii_letter> {};
struct identifier_other : sor<alnum, one<'_', '-'>, non_ascii_letter> {};
struct identifier : seq<identifier_first, star<identifier_other>> {};
struct path : seq<identifier, star<one<'.'>, opt<identifier>>> {};

// ---- comments --------------------------------------------------------------------------------
// A `*_body` starts at the slashes, so that a comment's span does not include indentation.
struct doc_content : rest_of_line {};
struct doc_comment_body : seq<string<'/', '/', '/'>, doc_content> {};
struct doc_comment : seq<ws, doc_comment_body> {};
struct line_comment_body : seq<two<'/'>, doc_content> {};
struct line_comment : seq<ws, not_at<string<'/', '/', '/'>>, line_comment_body> {};
// `/* … */` (Prisma 7; absent from older pest files): documentation, may span lines.
struct block_comment_open : string<'/', '*'> {};
struct block_comment_close : string<'*', '/'> {};
struct block_comment_content : star<not_at<block_comment_close>, any> {};
struct multi_line_comment_body : seq<block_comment_open, block_comment_content, block_comment_close> {};
struct multi_line_comment : seq<ws, multi_line_comment_body> {};
struct any_comment : sor<doc_comment, multi_line_comment, line_comment> {};
struct comment_block : plus<any_comment, opt<newline>> {};
struct trailing_comment : any_comment {};

// ---- literals --------------------------------------------------------------------------------
struct numeric_literal : seq<opt<one<'-'>>, plus<digit>, opt<one<'.'>, plus<digit>>> {};
// JSON strings: a backslash escapes any one character (unescaping judges it); raw control
// characters, line ends included, end the literal unread.
struct string_escape : seq<one<'\\'>, any> {};
struct string_plain : seq<not_at<one<'"'>>, not_at<range<'\x00', '\x1F'>>, any> {};
struct string_content : star<sor<string_escape, string_plain>> {};
struct string_literal : seq<one<'"'>, string_content, one<'"'>> {};

// ---- expressions and arguments ---------------------------------------------------------------
struct expression;
struct argument_name : identifier {};
// pest's `named_argument | empty_argument | expression`, where empty_argument is what is left
// of a named argument without its value (`name:`): one rule reads both.
struct named_argument : seq<argument_name, ws, one<':'>, opt<ws, expression>> {};
struct positional_argument : seq<expression> {};
struct argument : sor<named_argument, positional_argument> {};
struct argument_separator : seq<ws, one<','>, ws> {};
struct trailing_comma : one<','> {};
struct arguments_open : one<'('> {};
struct arguments_close : one<')'> {};
struct arguments_list : seq<arguments_open, ws, opt<argument, star<argument_separator, argument>>, ws, opt<trailing_comma>, ws, arguments_close> {};
struct function_name : path {};
struct function_call : seq<function_name, ws, arguments_list> {};
struct array_item : seq<expression> {};
struct array_separator : seq<ws, one<','>, ws> {};
struct array_expression : seq<one<'['>, ws, opt<array_item, star<array_separator, array_item>>, ws, one<']'>> {};
struct constant_value : path {};
struct expression : sor<function_call, array_expression, numeric_literal, string_literal, constant_value> {};

// ---- attributes ------------------------------------------------------------------------------
struct attribute_name : path {};
struct field_attribute : seq<one<'@'>, ws, attribute_name, opt<ws, arguments_list>> {};
struct block_attribute : seq<two<'@'>, ws, attribute_name, opt<ws, arguments_list>, opt<trailing_comment>> {};

// ---- field types (pest is greedy: the order matters) -----------------------------------------
// pest's field_type is `unsupported_optional_list_type | list_type | optional_type |
// legacy_required_type | legacy_list_type | base_type`, where all but legacy_list_type start
// with base_type. base_type matches the same text wherever it is tried from one place, and
// cannot start with `[`, so reading it once and then the first suffix that fits, in pest's
// order, accepts exactly the same: without re-reading the base type five times per field.
struct unsupported_keyword : string<'U', 'n', 's', 'u', 'p', 'p', 'o', 'r', 't', 'e', 'd', '('> {};
struct unsupported_type : seq<unsupported_keyword, ws, string_literal, ws, one<')'>> {};
struct type_name : identifier {};
struct base_type : sor<unsupported_type, type_name> {};
struct list_marker : string<'[', ']'> {};
struct unsupported_optional_list_suffix : seq<ws, list_marker, ws, one<'?'>> {};
struct list_suffix : seq<ws, list_marker> {};
struct optional_suffix : seq<ws, one<'?'>> {};
struct legacy_required_suffix : seq<ws, one<'!'>> {};
struct type_suffix : sor<unsupported_optional_list_suffix, list_suffix, optional_suffix, legacy_required_suffix> {};
struct legacy_list_type : seq<one<'['>, ws, base_type, ws, one<']'>> {};
struct field_type : sor<seq<base_type, opt<type_suffix>>, legacy_list_type> {};

// ---- blocks ----------------------------------------------------------------------------------
// Anything after `{` on its line is kept (pest's BLOCK_OPEN does the same).
struct after_open_brace : rest_of_line {};
struct block_open : seq<one<'{'>, after_open_brace, newline> {};
struct block_close : one<'}'> {};
struct empty_lines : plus<ws, newline> {};
struct catch_all_text : plus<not_at<newline>, any> {};
struct catch_all : seq<catch_all_text, opt<newline>> {};
struct block_level_catch_all : seq<not_at<block_close>, catch_all> {};
struct block_name : identifier {};

// model, view and composite type: one shape, as in Prisma.
struct legacy_colon : one<':'> {};
struct field_name : identifier {};
struct field_declaration : seq<field_name, opt<ws, legacy_colon>, opt<ws, field_type>, star<ws, field_attribute>, opt<trailing_comment>, ws, newline> {};
struct block_attribute_line : seq<block_attribute, ws, newline> {};
struct model_member : sor<field_declaration, block_attribute_line, comment_block, empty_lines, block_level_catch_all> {};
struct model_keyword : sor<string<'m', 'o', 'd', 'e', 'l'>, string<'t', 'y', 'p', 'e'>, string<'v', 'i', 'e', 'w'>> {};
struct model_contents : star<ws, model_member> {};
struct model_declaration : seq<model_keyword, ws, block_name, ws, block_open, model_contents, ws, block_close> {};

struct enum_value_name : identifier {};
struct enum_value_declaration : seq<enum_value_name, star<ws, field_attribute>, opt<trailing_comment>, ws, newline> {};
struct enum_member : sor<enum_value_declaration, block_attribute_line, comment_block, empty_lines, block_level_catch_all> {};
struct enum_keyword : string<'e', 'n', 'u', 'm'> {};
struct enum_contents : star<ws, enum_member> {};
struct enum_declaration : seq<enum_keyword, ws, block_name, ws, block_open, enum_contents, ws, block_close> {};

struct property_name : identifier {};
// The value may be missing (`key =`): Prisma parses that and its validator reports it.
struct key_value : seq<property_name, ws, one<'='>, opt<ws, expression>, opt<trailing_comment>, ws, newline> {};
struct config_member : sor<key_value, comment_block, empty_lines, block_level_catch_all> {};
struct config_keyword : sor<string<'d', 'a', 't', 'a', 's', 'o', 'u', 'r', 'c', 'e'>, string<'g', 'e', 'n', 'e', 'r', 'a', 't', 'o', 'r'>> {};
struct config_contents : star<ws, config_member> {};
struct config_block : seq<config_keyword, ws, block_name, ws, block_open, config_contents, ws, block_close> {};

// `type Name = Base @attr`: removed from the language, parsed to be reported.
struct type_alias_keyword : string<'t', 'y', 'p', 'e'> {};
struct type_alias : seq<type_alias_keyword, ws, block_name, ws, one<'='>, ws, base_type, star<ws, field_attribute>> {};

// `name { … }` without a keyword: parsed to be reported; runs to the next `}` anywhere.
struct arbitrary_block_body : star<not_one<'}'>> {};
struct arbitrary_block : seq<block_name, ws, block_open, arbitrary_block_body, block_close> {};

// ---- the file --------------------------------------------------------------------------------
struct top : sor<model_declaration, enum_declaration, config_block, type_alias, arbitrary_block, comment_block, empty_lines, catch_all> {};
struct schema : seq<star<ws, top>, ws, eof> {};

// clang-format on

}  // namespace schemac::grammar
