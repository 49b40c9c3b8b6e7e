// The parser's diagnostics, one named constructor per kind of diagnostic_kinds.def.
#pragma once

#include <cstdint>
#include <string_view>

#include "support/diagnostic.hpp"

namespace schemac::frontend::parse {

// Deeper nesting of `(…)` and `[…]` in one expression than this is not read (the line becomes
// unreadable); real schemas nest at most 4 deep (`@@index([a(ops: raw("…"))])`).
inline constexpr unsigned kMaxExpressionDepth = 64;

// The wording is Prisma's where Prisma has one (psl/schema-ast/src/parser/*.rs and
// psl/diagnostics/src/error.rs), because the validation tests compare with it.
[[nodiscard]] Diagnostic invalid_top_level_line(Span span);
[[nodiscard]] Diagnostic invalid_block(Span span);
[[nodiscard]] Diagnostic invalid_type_alias(Span span);
[[nodiscard]] Diagnostic invalid_model_line(Span span);
[[nodiscard]] Diagnostic invalid_enum_line(Span span);
// `keyword`: `datasource` or `generator`.
[[nodiscard]] Diagnostic invalid_config_line(Span span, std::string_view keyword);
// `container`: `model`, `view` or `type`.
[[nodiscard]] Diagnostic incomplete_field(Span span, std::string_view container,
                                          std::string_view container_name);
[[nodiscard]] Diagnostic legacy_colon(Span span);
[[nodiscard]] Diagnostic legacy_required_type(Span span);
[[nodiscard]] Diagnostic legacy_list_type(Span span);
[[nodiscard]] Diagnostic optional_list_type(Span span);
[[nodiscard]] Diagnostic unknown_escape_sequence(Span span);
[[nodiscard]] Diagnostic invalid_unicode_escape(Span span);
// `attribute`: the name after `@@`, e.g. `index`.
[[nodiscard]] Diagnostic composite_type_block_attribute(Span span, std::string_view attribute);
// `attribute`: `id`, `unique` or `relation`.
[[nodiscard]] Diagnostic composite_type_field_attribute(Span span, std::string_view attribute);
[[nodiscard]] Diagnostic nesting_too_deep(Span span);
[[nodiscard]] Diagnostic invalid_utf8(Span span, std::uint8_t byte);
// The grammar stopped before the end of the file: a parser bug, reported instead of aborting.
[[nodiscard]] Diagnostic parse_failure(Span span);

}  // namespace schemac::frontend::parse
