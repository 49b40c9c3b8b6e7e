// Message text of every parser diagnostic: the only place that words them.
#include "frontend/parse/messages.hpp"

#include <string>

#include <fmt/format.h>

namespace schemac::frontend::parse {
namespace {

Diagnostic error(std::string_view code, Span span, std::string message) {
  return Diagnostic{Severity::Error, std::string(code), std::move(message), span, {}};
}

// Prisma's DatamodelError::new_validation_error.
std::string validation(std::string_view message) {
  return fmt::format("Error validating: {}", message);
}

}  // namespace

Diagnostic invalid_top_level_line(Span span) {
  return error("invalid_top_level_line", span,
               validation("This line is invalid. It does not start with any known Prisma "
                          "schema keyword."));
}

Diagnostic invalid_block(Span span) {
  return error("invalid_block", span,
               validation("This block is invalid. It does not start with any known Prisma "
                          "schema keyword. Valid keywords include 'model', 'enum', 'type', "
                          "'datasource' and 'generator'."));
}

Diagnostic invalid_type_alias(Span span) {
  return error("invalid_type_alias", span,
               validation("Invalid type definition. Please check the documentation in "
                          "https://pris.ly/d/composite-types"));
}

Diagnostic invalid_model_line(Span span) {
  return error("invalid_model_line", span,
               validation("This line is not a valid field or attribute definition."));
}

Diagnostic invalid_enum_line(Span span) {
  return error("invalid_enum_line", span, validation("This line is not an enum value definition."));
}

Diagnostic invalid_config_line(Span span, std::string_view keyword) {
  return error(
      "invalid_config_line", span,
      validation(fmt::format("This line is not a valid definition within a {}.", keyword)));
}

Diagnostic incomplete_field(Span span, std::string_view container,
                            std::string_view container_name) {
  // Prisma's DatamodelError::new_model_validation_error.
  return error("incomplete_field", span,
               fmt::format("Error validating {} \"{}\": This field declaration is invalid. It "
                           "is either missing a name or a type.",
                           container, container_name));
}

Diagnostic legacy_colon(Span span) {
  return error("legacy_colon", span, "Field declarations don't require a `:`.");
}

Diagnostic legacy_required_type(Span span) {
  return error("legacy_required_type", span,
               "Fields are required by default, `!` is no longer required.");
}

Diagnostic legacy_list_type(Span span) {
  return error("legacy_list_type", span,
               "To specify a list, please use `Type[]` instead of `[Type]`.");
}

Diagnostic optional_list_type(Span span) {
  return error("optional_list_type", span,
               "Optional lists are not supported. Use either `Type[]` or `Type?`.");
}

Diagnostic unknown_escape_sequence(Span span) {
  return error("unknown_escape_sequence", span,
               "Unknown escape sequence. If the value is a windows-style path, `\\` must be "
               "escaped as `\\\\`.");
}

Diagnostic invalid_unicode_escape(Span span) {
  return error("invalid_unicode_escape", span, "Invalid unicode escape sequence.");
}

Diagnostic composite_type_block_attribute(Span span, std::string_view attribute) {
  // psl/schema-ast/src/parser/parse_composite_type.rs
  std::string_view text = "A composite type cannot have block-level attributes.";
  if (attribute == "map") {
    text =
        "The name of a composite type is not persisted in the database, therefore it does not "
        "need a mapped database name.";
  } else if (attribute == "unique") {
    text = "A unique constraint should be defined in the model containing the embed.";
  } else if (attribute == "index") {
    text = "An index should be defined in the model containing the embed.";
  } else if (attribute == "fulltext") {
    text = "A fulltext index should be defined in the model containing the embed.";
  } else if (attribute == "id") {
    text = "A composite type cannot define an id.";
  }
  return error("composite_type_block_attribute", span, validation(text));
}

Diagnostic composite_type_field_attribute(Span span, std::string_view attribute) {
  return error(
      "composite_type_field_attribute", span,
      validation(fmt::format(
          "Defining `@{}` attribute for a field in a composite type is not allowed.", attribute)));
}

Diagnostic nesting_too_deep(Span span) {
  return error("nesting_too_deep", span,
               fmt::format("expression nested deeper than {} levels; the rest of the line is "
                           "not read",
                           kMaxExpressionDepth));
}

Diagnostic invalid_utf8(Span span, std::uint8_t byte) {
  return error("invalid_utf8", span,
               fmt::format("byte 0x{:02X} is not valid UTF-8; schema files must be UTF-8", byte));
}

Diagnostic parse_failure(Span span) {
  return error("parse_failure", span,
               "internal error: the parser stopped here; the rest of the file is not read");
}

}  // namespace schemac::frontend::parse
