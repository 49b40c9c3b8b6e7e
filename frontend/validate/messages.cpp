// Every front-end diagnostic's wording, Prisma's exactly (psl/diagnostics/src/error.rs and
// the validations that format their own text). One named constructor per kind of
// diagnostic_kinds.def.
#include "frontend/validate/messages.hpp"

#include <fmt/format.h>

namespace schemac::frontend::msg {
namespace {

Diagnostic error(std::string_view code, Span s, std::string text) {
  return Diagnostic{Severity::Error, std::string(code), std::move(text), s, {}};
}

Diagnostic warning(std::string_view code, Span s, std::string text) {
  return Diagnostic{Severity::Warning, std::string(code), std::move(text), s, {}};
}

// Prisma's DatamodelError wrappers.
std::string attribute_text(Sv attribute, Sv message) {
  return fmt::format("Error parsing attribute \"{}\": {}", attribute, message);
}

std::string validation_text(Sv message) { return fmt::format("Error validating: {}", message); }

std::string model_text(Sv block_type, Sv model, Sv message) {
  return fmt::format("Error validating {} \"{}\": {}", block_type, model, message);
}

std::string field_text(Sv container, Sv model, Sv field, Sv message) {
  return fmt::format("Error validating field `{}` in {} `{}`: {}", field, container, model,
                     message);
}

std::string join(const Names& names, Sv separator) {
  std::string out;
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i > 0) {
      out += separator;
    }
    out += names[i];
  }
  return out;
}

std::string quoted_join(const Names& names) {
  Names q;
  for (const auto& n : names) {
    q.push_back("`" + n + "`");
  }
  return join(q, ", ");
}

// "field `a`" / "fields `a`, `b`" (psl-core format_fields_in_error_with_leading_word).
std::string leading_word(const Names& names) {
  return (names.size() == 1 ? "field " : "fields ") + quoted_join(names);
}

}  // namespace

const std::vector<std::string_view>& all_kinds() {
  static const std::vector<std::string_view> kinds = {
#define SCHEMAC_DIAGNOSTIC_KIND(code) #code,
#include "frontend/validate/diagnostic_kinds.def"
#undef SCHEMAC_DIAGNOSTIC_KIND
  };
  return kinds;
}

// Generic value and argument checks.

Diagnostic type_mismatch(Span s, Sv expected, Sv received_type, Sv text) {
  return error("type_mismatch", s,
               fmt::format("Expected a {} value, but received {} value `{}`.", expected,
                           received_type, text));
}

Diagnostic argument_missing(Span s, Sv argument) {
  return error("argument_missing", s, fmt::format("Argument \"{}\" is missing.", argument));
}

Diagnostic argument_missing_value(Span s, Sv attribute, Sv argument) {
  return error("argument_missing_value", s,
               attribute_text(attribute, fmt::format("The `{}` argument is missing a value.",
                                                     argument)));
}

Diagnostic argument_not_known(Span s, Sv argument) {
  return error("argument_not_known", s, fmt::format("Argument not known: \"{}\".", argument));
}

Diagnostic duplicate_argument(Span s, Sv argument) {
  return error("duplicate_argument", s,
               fmt::format("Argument \"{}\" is already specified.", argument));
}

Diagnostic duplicate_default_argument(Span s, Sv argument) {
  return error("duplicate_default_argument", s,
               fmt::format("Argument \"{}\" is already specified as unnamed argument.", argument));
}

Diagnostic multiple_unnamed_arguments(Span s, Sv attribute, Sv joined_values) {
  return error("multiple_unnamed_arguments", s,
               attribute_text(attribute,
                              fmt::format("You provided multiple unnamed arguments. This is not "
                                          "possible. Did you forget the brackets? Did you mean "
                                          "`[{}]`?",
                                          joined_values)));
}

Diagnostic no_such_argument(Span s) { return error("no_such_argument", s, "No such argument."); }

Diagnostic trailing_comma_in_arguments(Span s, Sv attribute) {
  return error("trailing_comma_in_arguments", s,
               attribute_text(attribute,
                              "Trailing commas are not valid in attribute arguments, please "
                              "remove the comma."));
}

Diagnostic attribute_not_known(Span s, Sv attribute) {
  return error("attribute_not_known", s, fmt::format("Attribute not known: \"@{}\".", attribute));
}

Diagnostic duplicate_attribute(Span s, Sv attribute) {
  return error("duplicate_attribute", s,
               fmt::format("Attribute \"@{}\" can only be defined once.", attribute));
}

Diagnostic empty_map_argument(Span s, Sv attribute) {
  return error("empty_map_argument", s,
               attribute_text(attribute, "The `map` argument cannot be an empty string."));
}

Diagnostic empty_name_argument(Span s, Sv attribute) {
  return error("empty_name_argument", s,
               attribute_text(attribute, "The `name` argument cannot be an empty string."));
}

// Names.

Diagnostic name_empty(Span s, Sv item) {
  return error("name_empty", s,
               validation_text(fmt::format("The name of a {} must not be empty.", item)));
}

Diagnostic name_starts_with_number(Span s, Sv item) {
  return error("name_starts_with_number", s,
               validation_text(fmt::format("The name of a {} must not start with a number.", item)));
}

Diagnostic name_contains_dash(Span s, Sv item) {
  return error("name_contains_dash", s,
               validation_text(fmt::format("The character `-` is not allowed in {} names.", item)));
}

Diagnostic reserved_model_name(Span s, Sv block_type, Sv name) {
  return error("reserved_model_name", s,
               model_text("model", name,
                          fmt::format("The {} name `{}` is invalid. It is a reserved name. Please "
                                      "change it. Read more at https://pris.ly/d/naming-models",
                                      block_type, name)));
}

Diagnostic reserved_enum_name(Span s, Sv name) {
  return error("reserved_enum_name", s,
               fmt::format("Error validating enum `{}`: The enum name `{}` is invalid. It is a "
                           "reserved name. Please change it. Read more at "
                           "https://www.prisma.io/docs/reference/tools-and-interfaces/"
                           "prisma-schema/data-model#naming-enums",
                           name, name));
}

Diagnostic reserved_scalar_type(Span s, Sv name) {
  return error("reserved_scalar_type", s,
               fmt::format("\"{}\" is a reserved scalar type name and cannot be used.", name));
}

Diagnostic duplicate_top(Span s, Sv name, Sv kind, Sv existing_kind) {
  return error("duplicate_top", s,
               fmt::format("The {} \"{}\" cannot be defined because a {} with that name already "
                           "exists.",
                           kind, name, existing_kind));
}

Diagnostic duplicate_field(Span s, Sv container, Sv model, Sv field) {
  return error("duplicate_field", s,
               fmt::format("Field \"{}\" is already defined on {} \"{}\".", field, container,
                           model));
}

Diagnostic duplicate_enum_value(Span s, Sv enum_name, Sv value) {
  return error("duplicate_enum_value", s,
               fmt::format("Value \"{}\" is already defined on enum \"{}\".", value, enum_name));
}

Diagnostic duplicate_config_key(Span s, Sv block_kind, Sv block_name, Sv key) {
  return error("duplicate_config_key", s,
               fmt::format("Key \"{}\" is already defined in {} \"{}\".", key, block_kind,
                           block_name));
}

Diagnostic duplicate_model_database_name(Span s, bool is_view, Sv database_name, Sv existing) {
  return error("duplicate_model_database_name", s,
               fmt::format("The {} with database name \"{}\" could not be defined because another "
                           "model or view with this name exists: \"{}\"",
                           is_view ? "view" : "model", database_name, existing));
}

Diagnostic duplicate_enum_database_name(Span s) {
  return error("duplicate_enum_database_name", s,
               "An enum with the same database name is already defined.");
}

Diagnostic duplicate_constraint_name(Span s, Sv attribute, Sv name, Sv namespace_text) {
  return error("duplicate_constraint_name", s,
               attribute_text(attribute,
                              fmt::format("The given constraint name `{}` has to be unique in the "
                                          "following namespace: {}. Please provide a different "
                                          "name using the `map` argument.",
                                          name, namespace_text)));
}

Diagnostic constraint_name_too_long(Span s, Sv model, Sv name, Sv attribute, std::size_t limit) {
  return error("constraint_name_too_long", s,
               model_text("model", model,
                          fmt::format("The constraint name '{}' specified in the `map` argument "
                                      "for the `{}` constraint is too long for your chosen "
                                      "provider. The maximum allowed length is {} bytes.",
                                      name, attribute, limit)));
}

// Types.

Diagnostic type_not_found(Span s, Sv type) {
  return error("type_not_found", s,
               fmt::format("Type \"{}\" is neither a built-in type, nor refers to another model, "
                           "composite type, or enum.",
                           type));
}

Diagnostic relation_field_in_composite_type(Span s, Sv composite, Sv model) {
  return error("relation_field_in_composite_type", s,
               fmt::format("Error validating composite type \"{}\": {} refers to a model, making "
                           "this a relation field. Relation fields inside composite types are not "
                           "supported.",
                           composite, model));
}

Diagnostic enum_without_values(Span s) {
  return error("enum_without_values", s,
               validation_text("An enum must have at least one value."));
}

// Field attributes.

Diagnostic relation_field_marked_id(Span s, Sv field) {
  return error("relation_field_marked_id", s,
               attribute_text("@id", fmt::format("The field `{}` is a relation field and cannot be "
                                                 "marked with `@id`. Only scalar fields can be "
                                                 "declared as id.",
                                                 field)));
}

Diagnostic relation_field_marked_unique(Span s, Sv field, const Names& suggested) {
  std::string suggestion;
  if (suggested.size() == 1) {
    suggestion = fmt::format(" Did you mean to put it on `{}`?", suggested.front());
  } else if (suggested.size() > 1) {
    suggestion = fmt::format(" Did you mean to provide `@@unique([{}])`?", join(suggested, ", "));
  }
  return error("relation_field_marked_unique", s,
               attribute_text("@unique",
                              fmt::format("The field `{}` is a relation field and cannot be "
                                          "marked with `unique`. Only scalar fields can be made "
                                          "unique.{}",
                                          field, suggestion)));
}

Diagnostic default_on_relation_field(Span s) {
  return error("default_on_relation_field", s,
               attribute_text("@default", "Cannot set a default value on a relation field."));
}

Diagnostic map_on_relation_field(Span s) {
  return error("map_on_relation_field", s,
               attribute_text("@map", "The attribute `@map` cannot be used on relation fields."));
}

Diagnostic ignore_on_unsupported(Span s) {
  return error("ignore_on_unsupported", s,
               attribute_text("@ignore",
                              "Fields of type `Unsupported` cannot take an `@ignore` attribute. "
                              "They are already treated as ignored by the client due to their "
                              "type."));
}

Diagnostic ignore_on_field_of_ignored_model(Span s) {
  return error("ignore_on_field_of_ignored_model", s,
               attribute_text("@ignore",
                              "Fields on an already ignored Model do not need an `@ignore` "
                              "annotation."));
}

Diagnostic relation_on_scalar_field(Span s) {
  return error("relation_on_scalar_field", s,
               attribute_text("@relation", "Invalid field type, not a relation."));
}

Diagnostic updated_at_not_datetime(Span s) {
  return error("updated_at_not_datetime", s,
               attribute_text("@updatedAt",
                              "Fields that are marked with @updatedAt must be of type DateTime."));
}

Diagnostic updated_at_on_list(Span s) {
  return error("updated_at_on_list", s,
               attribute_text("@updatedAt", "Fields that are marked with @updatedAt cannot be "
                                            "lists."));
}

// Defaults.

Diagnostic boolean_literal_invalid(Span s) {
  return error("boolean_literal_invalid", s,
               attribute_text("@default", "A boolean literal must be `true` or `false`."));
}

Diagnostic dbgenerated_empty_string(Span s, Sv attribute) {
  return error("dbgenerated_empty_string", s,
               attribute_text(attribute,
                              "dbgenerated() takes either no argument, or a single nonempty "
                              "string argument."));
}

Diagnostic dbgenerated_takes_single_string(Span s, Sv attribute) {
  return error("dbgenerated_takes_single_string", s,
               attribute_text(attribute, "`dbgenerated()` takes a single String argument"));
}

Diagnostic default_expected_enum_value(Span s, Sv attribute, Sv found) {
  return error("default_expected_enum_value", s,
               attribute_text(attribute, fmt::format("Expected an enum value, but found `{}`.",
                                                     found)));
}

Diagnostic default_function_bad_version(Span s, Sv attribute, Sv function) {
  std::string detail;
  if (function == "uuid") {
    detail = "`uuid()` takes either no argument, or a single integer argument which is either 4 "
             "or 7.";
  } else if (function == "cuid") {
    detail = "`cuid()` takes either no argument, or a single integer argument which is either 1 "
             "or 2.";
  } else {
    detail = "`nanoid()` takes either no argument, or a single integer argument between 2 and "
             "255.";
  }
  return error("default_function_bad_version", s, attribute_text(attribute, detail));
}

Diagnostic default_function_takes_no_argument(Span s, Sv attribute, Sv function) {
  return error("default_function_takes_no_argument", s,
               attribute_text(attribute,
                              fmt::format("The `{0}` function does not take any argument. "
                                          "Consider changing this default to `{0}()`.",
                                          function)));
}

Diagnostic default_function_takes_single_int(Span s, Sv attribute, Sv function) {
  return error("default_function_takes_single_int", s,
               attribute_text(attribute,
                              fmt::format("`{}()` takes a single Int argument.", function)));
}

Diagnostic default_function_wrong_type(Span s, Sv attribute, Sv function, Sv type) {
  return error("default_function_wrong_type", s,
               attribute_text(attribute,
                              fmt::format("The function `{}()` cannot be used on fields of type "
                                          "`{}`.",
                                          function, type)));
}

Diagnostic default_list_expected(Span s, Sv attribute) {
  return error("default_list_expected", s,
               attribute_text(attribute, "The default value of a list field must be a list."));
}

Diagnostic default_list_on_scalar(Span s, Sv attribute) {
  return error("default_list_on_scalar", s,
               attribute_text(attribute,
                              "The default value of a non-list field cannot be a list."));
}

Diagnostic default_not_an_enum_value(Span s, Sv attribute, Sv value) {
  return error("default_not_an_enum_value", s,
               attribute_text(attribute,
                              fmt::format("The defined default value `{}` is not a valid value of "
                                          "the enum specified for the field.",
                                          value)));
}

Diagnostic default_on_composite_field(Span s, Sv composite, Sv field) {
  return error("default_on_composite_field", s,
               fmt::format("Error validating field `{}` in composite type `{}`: Defaults on fields "
                           "of type composite are not supported. Please remove the `@default` "
                           "attribute.",
                           field, composite));
}

Diagnostic default_on_unsupported(Span s, Sv attribute) {
  return error("default_on_unsupported", s,
               attribute_text(attribute,
                              "Only @default(dbgenerated(\"...\")) can be used for Unsupported "
                              "types."));
}

Diagnostic default_type_mismatch(Span s, Sv attribute, Sv type, Sv found) {
  return error("default_type_mismatch", s,
               attribute_text(attribute,
                              fmt::format("Expected a {} value, but found `{}`.", type, found)));
}

Diagnostic named_autoincrement(Span s, Sv attribute) {
  return error("named_autoincrement", s,
               attribute_text(attribute, "Naming an autoincrement default value is not allowed."));
}

Diagnostic named_default_not_supported(Span s) {
  return error("named_default_not_supported", s,
               attribute_text("@default",
                              "You defined a database name for the default value of a field on "
                              "the model. This is not supported by the provider."));
}

Diagnostic default_value_unparsable(Span s, Sv attribute, Sv value, Sv what, Sv detail) {
  return error("default_value_unparsable", s,
               attribute_text(attribute, fmt::format("Parse error: \"{}\" is not {}. ({})", value,
                                                     what, detail)));
}

Diagnostic unknown_default_function(Span s, Sv function) {
  return error("unknown_default_function", s,
               fmt::format("Unknown function in @default(): `{}` is not known. You can read about "
                           "the available functions here: https://pris.ly/d/attribute-functions",
                           function));
}

Diagnostic autoincrement_not_on_indexed_field(Span s, Sv model) {
  (void)model;
  return error("autoincrement_not_on_indexed_field", s,
               attribute_text("@default",
                              "The `autoincrement()` default value is used on a non-indexed field "
                              "even though the datasource does not support this."));
}

Diagnostic autoincrement_on_non_id(Span s) {
  return error("autoincrement_on_non_id", s,
               attribute_text("@default",
                              "The `autoincrement()` default value is used on a non-id field even "
                              "though the datasource does not support this."));
}

Diagnostic autoincrement_more_than_once(Span s, Sv model) {
  (void)model;
  return error("autoincrement_more_than_once", s,
               attribute_text("@default",
                              "The `autoincrement()` default value is used multiple times on this "
                              "model even though the underlying datasource only supports one "
                              "instance per table."));
}

// Ids and indexes.

Diagnostic multiple_id_fields(Span s, Sv model) {
  return error("multiple_id_fields", s,
               model_text("model", model,
                          "At most one field must be marked as the id field with the `@id` "
                          "attribute."));
}

Diagnostic id_and_compound_id(Span s, Sv model) {
  return error("id_and_compound_id", s,
               model_text("model", model,
                          "Each model must have at most one id criteria. You can't have `@id` and "
                          "`@@id` at the same time."));
}

Diagnostic id_field_not_required(Span s) {
  return error("id_field_not_required", s,
               attribute_text("@id", "Fields that are marked as id must be required."));
}

Diagnostic id_optional_fields(Span s, Sv model, const Names& fields) {
  return error("id_optional_fields", s,
               model_text("model", model,
                          fmt::format("The id definition refers to the optional {}. ID definitions "
                                      "must reference only required fields.",
                                      leading_word(fields))));
}

Diagnostic id_relation_fields(Span s, Sv model, const Names& fields) {
  return error("id_relation_fields", s,
               model_text("model", model,
                          fmt::format("The id definition refers to the relation {}. ID definitions "
                                      "must reference only scalar fields.",
                                      leading_word(fields))));
}

Diagnostic id_unknown_fields(Span s, Sv model, const Names& fields) {
  return error("id_unknown_fields", s,
               model_text("model", model,
                          fmt::format("The multi field id declaration refers to the unknown {}.",
                                      leading_word(fields))));
}

Diagnostic index_field_repeated(Span s, Sv model, Sv field) {
  return error("index_field_repeated", s,
               model_text("model", model,
                          fmt::format("The unique index definition refers to the field {} multiple "
                                      "times.",
                                      field)));
}

Diagnostic index_name_and_map(Span s) {
  return error("index_name_and_map", s,
               attribute_text("@index",
                              "The `@@index` attribute accepts the `name` argument as an alias for "
                              "the `map` argument for legacy reasons. It does not accept both "
                              "though. Please use the `map` argument to specify the database name "
                              "of the index."));
}

Diagnostic index_relation_fields(Span s, Sv model, bool unique, const Names& fields,
                                 const Names& suggested) {
  std::string suggestion;
  if (!suggested.empty()) {
    suggestion = fmt::format(" Did you mean `@@{}([{}])`?", unique ? "unique" : "index",
                             join(suggested, ", "));
  }
  return error("index_relation_fields", s,
               model_text("model", model,
                          fmt::format("The {}index definition refers to the relation fields {}. "
                                      "Index definitions must reference only scalar fields.{}",
                                      unique ? "unique " : "", join(fields, ", "), suggestion)));
}

Diagnostic index_unknown_fields(Span s, Sv model, bool unique, const Names& fields) {
  return error("index_unknown_fields", s,
               model_text("model", model,
                          fmt::format("The {}index definition refers to the unknown fields: {}.",
                                      unique ? "unique " : "", join(fields, ", "))));
}

Diagnostic invalid_client_name(Span s, Sv model, Sv attribute) {
  return error("invalid_client_name", s,
               model_text("model", model,
                          fmt::format("The `name` property within the `{}` attribute only allows "
                                      "for the following characters: `_a-zA-Z0-9`.",
                                      attribute)));
}

Diagnostic invalid_operator_class(Span s, Sv text) {
  // Prisma reports it as a parser error (new_parser_error), hence the odd wording.
  return error("invalid_operator_class", s,
               fmt::format("Unexpected token. Expected one of: Invalid operator class: {}", text));
}

Diagnostic invalid_sort_argument(Span s, Sv attribute, Sv value) {
  return error("invalid_sort_argument", s,
               attribute_text(attribute,
                              fmt::format("The `sort` argument can only be `Asc` or `Desc` you "
                                          "provided: {}.",
                                          value)));
}

Diagnostic unknown_index_type(Span s, Sv value) {
  return error("unknown_index_type", s,
               attribute_text("@index", fmt::format("Unknown index type: {}.", value)));
}

Diagnostic hash_index_with_sort(Span s) {
  return error("hash_index_with_sort", s,
               attribute_text("@@index", "Hash type does not support sort option."));
}

Diagnostic model_without_unique_criteria(Span s, Sv model, const Names& loose_criteria) {
  std::string text =
      "Each model must have at least one unique criteria that has only required fields. Either "
      "mark a single field with `@id`, `@unique` or add a multi field criterion with `@@id([])` "
      "or `@@unique([])` to the model.";
  if (!loose_criteria.empty()) {
    text += " The following unique criterias were not considered as they contain fields that "
            "are not required:\n" +
            join(loose_criteria, "\n");
  }
  return error("model_without_unique_criteria", s, model_text("model", model, text));
}

Diagnostic clustering_not_supported(Span s, Sv attribute) {
  return error("clustering_not_supported", s,
               attribute_text(attribute,
                              "Defining clustering is not supported in the current connector."));
}

Diagnostic length_not_supported(Span s, Sv attribute) {
  return error("length_not_supported", s,
               attribute_text(attribute,
                              "The length argument is not supported in an index definition with "
                              "the current connector"));
}

Diagnostic index_type_not_supported(Span s, Sv attribute) {
  return error("index_type_not_supported", s,
               attribute_text(attribute,
                              "The given index type is not supported with the current connector"));
}

Diagnostic fulltext_not_supported(Span s, Sv model) {
  (void)model;
  return error("fulltext_not_supported", s,
               attribute_text("@@fulltext",
                              "Defining fulltext indexes is not supported with the current "
                              "connector."));
}

Diagnostic operator_class_not_supported_with_index_type(Span s, Sv attribute, Sv ops, Sv type) {
  return error("operator_class_not_supported_with_index_type", s,
               attribute_text(attribute,
                              fmt::format("The given operator class `{}` is not supported with the "
                                          "`{}` index type.",
                                          ops, type)));
}

Diagnostic operator_class_needs_native_type(Span s, Sv attribute, Sv ops, Sv field) {
  return error("operator_class_needs_native_type", s,
               attribute_text(attribute,
                              fmt::format("The given operator class `{}` expects the field `{}` to "
                                          "define a valid native type.",
                                          ops, field)));
}

Diagnostic operator_class_wrong_native_type(Span s, Sv attribute, Sv ops, Sv native, Sv field) {
  return error("operator_class_wrong_native_type", s,
               attribute_text(attribute,
                              fmt::format("The given operator class `{}` does not support native "
                                          "type `{}` of field `{}`.",
                                          ops, native, field)));
}

Diagnostic operator_class_not_string_field(Span s, Sv attribute, Sv ops, Sv field) {
  return error("operator_class_not_string_field", s,
               attribute_text(attribute,
                              fmt::format("The given operator class `{}` points to the field `{}` "
                                          "that is not of String type.",
                                          ops, field)));
}

Diagnostic operator_class_on_non_normal_index(Span s, Sv attribute) {
  return error("operator_class_on_non_normal_index", s,
               attribute_text(attribute,
                              "Operator classes can only be defined to fields in an @@index "
                              "attribute."));
}

Diagnostic index_type_unsupported_field_type(Span s, Sv attribute, Sv type, Sv field) {
  return error("index_type_unsupported_field_type", s,
               attribute_text(attribute,
                              fmt::format("The {} index type does not support the type of the "
                                          "field `{}`.",
                                          type, field)));
}

Diagnostic spgist_multi_column(Span s, Sv attribute) {
  return error("spgist_multi_column", s,
               attribute_text(attribute, "SpGist does not support multi-column indices."));
}

// Relations.

Diagnostic invalid_referential_action(Span s, Sv value) {
  return error("invalid_referential_action", s,
               attribute_text("@relation", fmt::format("Invalid referential action: `{}`", value)));
}

Diagnostic referential_action_not_supported(Span s, Sv action, Sv allowed) {
  return error("referential_action_not_supported", s,
               validation_text(fmt::format("Invalid referential action: `{}`. Allowed values: ({})",
                                           action, allowed)));
}

Diagnostic relation_fields_not_scalar(Span s, const Names& fields) {
  return error("relation_fields_not_scalar", s,
               validation_text(fmt::format("The argument fields must refer only to scalar fields. "
                                           "But it is referencing the following relation fields: "
                                           "{}",
                                           join(fields, ", "))));
}

Diagnostic relation_fields_unknown(Span s, const Names& fields) {
  return error("relation_fields_unknown", s,
               validation_text(fmt::format("The argument fields must refer only to existing "
                                           "fields. The following fields do not exist in this "
                                           "model: {}",
                                           join(fields, ", "))));
}

Diagnostic relation_name_empty(Span s) {
  return error("relation_name_empty", s,
               attribute_text("@relation", "A relation cannot have an empty name."));
}

Diagnostic relation_references_not_scalar(Span s, Sv model, const Names& fields) {
  return error("relation_references_not_scalar", s,
               validation_text(fmt::format("The argument `references` must refer only to scalar "
                                           "fields in the related model `{}`. But it is "
                                           "referencing the following relation fields: {}",
                                           model, join(fields, ", "))));
}

Diagnostic relation_references_unknown(Span s, Sv model, const Names& fields) {
  return error("relation_references_unknown", s,
               validation_text(fmt::format("The argument `references` must refer only to existing "
                                           "fields in the related model `{}`. The following fields "
                                           "do not exist in the related model: {}",
                                           model, join(fields, ", "))));
}

Diagnostic relation_ambiguous(Span s, Sv model, Sv target, const Names& fields, bool named,
                              bool self_relation) {
  // "`a`", "`a` and `b`", "`a`, `b` and `c`".
  std::string list;
  for (std::size_t i = 0; i < fields.size(); ++i) {
    if (i > 0) {
      list += i + 1 == fields.size() ? " and " : ", ";
    }
    list += "`" + fields[i] + "`";
  }
  std::string text;
  if (!named && self_relation && fields.size() == 2) {
    text = fmt::format("Ambiguous self relation detected. The fields {} in model `{}` both refer "
                       "to `{}`. If they are part of the same relation add the same relation name "
                       "for them with `@relation(<name>)`.",
                       list, model, target);
  } else if (!named && self_relation) {
    text = fmt::format("Unnamed self relation detected. The fields {} in model `{}` have no "
                       "relation name. Please provide a relation name for one of them by adding "
                       "`@relation(<name>).",
                       list, model);
  } else if (named && self_relation) {
    text = fmt::format("Wrongly named self relation detected. The fields {} in model `{}` have the "
                       "same relation name. At most two relation fields can belong to the same "
                       "relation and therefore have the same name. Please assign a different "
                       "relation name to one of them.",
                       list, model);
  } else if (!named) {
    text = fmt::format("Ambiguous relation detected. The fields {} in model `{}` both refer to "
                       "`{}`. Please provide different relation names for them by adding "
                       "`@relation(<name>).",
                       list, model, target);
  } else {
    text = fmt::format("Wrongly named relation detected. The fields {} in model `{}` both use the "
                       "same relation name. Please provide different relation names for them "
                       "through `@relation(<name>).",
                       list, model);
  }
  return error("relation_ambiguous", s, model_text("model", model, text));
}

Diagnostic relation_missing_opposite_field(Span s, Sv container, Sv model, Sv field, Sv target) {
  return error("relation_missing_opposite_field", s,
               field_text(container, model, field,
                          fmt::format("The relation field `{}` on {} `{}` is missing an opposite "
                                      "relation field on the model `{}`. Either run `prisma "
                                      "format` or add it manually.",
                                      field, container, model, target)));
}

Diagnostic relation_fields_and_references_length(Span s) {
  return error("relation_fields_and_references_length", s,
               validation_text("You must specify the same number of fields in `fields` and "
                               "`references`."));
}

Diagnostic relation_fields_without_references(Span s, Sv container, Sv model, Sv field,
                                              Sv argument) {
  (void)container;
  const bool fields = argument == "fields";
  return error("relation_fields_without_references", s,
               attribute_text("@relation",
                              fmt::format("The relation field `{}` on Model `{}` must specify the "
                                          "`{}` argument in the @relation attribute.{}",
                                          field, model, argument,
                                          fields ? " You can run `prisma format` to fix this "
                                                   "automatically."
                                                 : "")));
}

Diagnostic relation_missing_fields_and_references(Span s, Sv container, Sv model, Sv field,
                                                  Sv other_field, Sv other_model) {
  (void)container;
  return error("relation_missing_fields_and_references", s,
               attribute_text("@relation",
                              fmt::format("The relation field `{}` on Model `{}` must not specify "
                                          "the `fields` or `references` argument in the @relation "
                                          "attribute. You must only specify it on the opposite "
                                          "field `{}` on model `{}`.",
                                          field, model, other_field, other_model)));
}

Diagnostic relation_references_not_unique(Span s, Sv model, const Names& fields) {
  std::string text =
      fields.size() == 1
          ? fmt::format("The argument `references` must refer to a unique criterion in the related "
                        "model. Consider adding an `@unique` attribute to the field `{}` in the "
                        "model `{}`.",
                        fields.front(), model)
          : fmt::format("The argument `references` must refer to a unique criterion in the related "
                        "model. Consider adding an `@@unique([{}])` attribute to the model `{}`.",
                        join(fields, ", "), model);
  return error("relation_references_not_unique", s, attribute_text("@relation", text));
}

Diagnostic relation_field_type_mismatch(Span s, Sv field, Sv model, Sv referenced_field,
                                        Sv referenced_model) {
  return error("relation_field_type_mismatch", s,
               attribute_text("@relation",
                              fmt::format("The type of the field `{}` in the model `{}` is not "
                                          "matching the type of the referenced field `{}` in "
                                          "model `{}`.",
                                          field, model, referenced_field, referenced_model)));
}

Diagnostic relation_arity_mismatch(Span s, Sv container, Sv model, Sv field,
                                   const Names& scalar_fields) {
  (void)container;
  (void)model;
  return error("relation_arity_mismatch", s,
               validation_text(fmt::format("The relation field `{}` uses the scalar fields {}. At "
                                           "least one of those fields is optional. Hence the "
                                           "relation field must be optional as well.",
                                           field, join(scalar_fields, ", "))));
}

Diagnostic relation_one_to_one_both_sides_fields(Span s, Sv field_a, Sv model_a, Sv field_b,
                                                 Sv model_b, Sv argument) {
  return error("relation_one_to_one_both_sides_fields", s,
               attribute_text("@relation",
                              fmt::format("The relation fields `{}` on Model `{}` and `{}` on Model "
                                          "`{}` both provide the `{}` argument in the @relation "
                                          "attribute. You have to provide it only on one of the "
                                          "two fields.",
                                          field_a, model_a, field_b, model_b, argument)));
}

Diagnostic relation_one_to_one_no_fields(Span s, Sv field_a, Sv model_a, Sv field_b,
                                         Sv model_b, Sv argument) {
  return error("relation_one_to_one_no_fields", s,
               attribute_text("@relation",
                              fmt::format("The relation fields `{}` on Model `{}` and `{}` on Model "
                                          "`{}` do not provide the `{}` argument in the "
                                          "@relation attribute. You have to provide it on one of "
                                          "the two fields.",
                                          field_a, model_a, field_b, model_b, argument)));
}

Diagnostic relation_one_to_one_fields_not_unique(Span s, Sv container, Sv model, Sv field,
                                                 const Names& fields) {
  (void)container;
  (void)model;
  (void)field;
  std::string text =
      fields.size() == 1
          ? fmt::format("A one-to-one relation must use unique fields on the defining side. Either "
                        "add an `@unique` attribute to the field `{}`, or change the relation to "
                        "one-to-many.",
                        fields.front())
          : fmt::format("A one-to-one relation must use unique fields on the defining side. Either "
                        "add an `@@unique([{}])` attribute to the model, or change the relation to "
                        "one-to-many.",
                        join(fields, ", "));
  return error("relation_one_to_one_fields_not_unique", s, attribute_text("@relation", text));
}

Diagnostic relation_one_to_one_back_side_required(Span s, Sv container, Sv model, Sv field,
                                                  Sv type) {
  (void)container;
  return error("relation_one_to_one_back_side_required", s,
               attribute_text("@relation",
                              fmt::format("The relation field `{}` on Model `{}` is required. This "
                                          "is not valid because it's not possible to enforce this "
                                          "constraint on the database level. Please change the "
                                          "field type from `{}` to `{}?` to fix this.",
                                          field, model, type, type)));
}

Diagnostic relation_actions_on_back_side(Span s, Sv container, Sv model, Sv field,
                                         Sv other_field, Sv other_model) {
  (void)container;
  return error("relation_actions_on_back_side", s,
               attribute_text("@relation",
                              fmt::format("The relation field `{}` on Model `{}` must not specify "
                                          "the `onDelete` or `onUpdate` argument in the @relation "
                                          "attribute. You must only specify it on the opposite "
                                          "field `{}` on model `{}`, or in case of a many to many "
                                          "relation, in an explicit join table.",
                                          field, model, other_field, other_model)));
}

Diagnostic relation_set_null_on_required(Span s, Sv argument) {
  return error("relation_set_null_on_required", s,
               attribute_text("@relation",
                              fmt::format("The `{}` referential action of a relation must not be "
                                          "set to `SetNull` when a referenced field is required.\n"
                                          "Either choose another referential action, or make the "
                                          "referenced fields optional.",
                                          argument)));
}

Diagnostic relation_set_null_on_required_warning(Span s, Sv argument) {
  return warning("relation_set_null_on_required_warning", s,
                 fmt::format("The `{}` referential action of a relation should not be set to "
                             "`SetNull` when a referenced field is required. We recommend either "
                             "to choose another referential action, or to make the referenced "
                             "fields optional. Read more at https://pris.ly/d/postgres-set-null ",
                             argument));  // sic: Prisma's text ends in a space
}

Diagnostic relation_mode_prisma_missing_index(Span s) {
  // sic: Prisma's text ends in a stray quote and a space.
  return warning("relation_mode_prisma_missing_index", s,
                 "With `relationMode = \"prisma\"`, no foreign keys are used, so relation fields "
                 "will not benefit from the index usually created by the relational database "
                 "under the hood. This can lead to poor performance when querying these fields. "
                 "We recommend adding an index manually. Learn more at "
                 "https://pris.ly/d/relation-mode-prisma-indexes\" ");
}

Diagnostic many_to_many_on_view(Span s) {
  return error("many_to_many_on_view", s,
               validation_text("Implicit many-to-many relations are not supported for views."));
}

Diagnostic many_to_many_without_id(Span s, Sv container, Sv model, Sv field, Sv target) {
  return error("many_to_many_without_id", s,
               field_text(container, model, field,
                          fmt::format("The relation field `{}` on {} `{}` references `{}` which "
                                      "does not have an `@id` field. Models without `@id` cannot "
                                      "be part of a many to many relation. Use an explicit "
                                      "intermediate Model to represent this relationship.",
                                      field, container, model, target)));
}

Diagnostic many_to_many_with_fields(Span s, Sv container, Sv model, Sv field) {
  (void)container;
  (void)model;
  (void)field;
  return error("many_to_many_with_fields", s,
               attribute_text("@relation",
                              "Implicit many-to-many relation should not have references argument "
                              "defined. Either remove it, or change the relation to one-to-many."));
}

Diagnostic many_to_many_referential_actions(Span s, Sv container, Sv model, Sv field) {
  (void)container;
  (void)model;
  (void)field;
  return error("many_to_many_referential_actions", s,
               validation_text("Referential actions on implicit many-to-many relations are not "
                               "supported"));
}

Diagnostic relation_to_ignored_model(Span s, Sv container, Sv model, Sv field, Sv target) {
  (void)container;
  return error("relation_to_ignored_model", s,
               attribute_text("@ignore",
                              fmt::format("The relation field `{}` on Model `{}` must specify the "
                                          "`@ignore` attribute, because the model {} it is "
                                          "pointing to is marked ignored.",
                                          field, model, target)));
}

// Native types.

Diagnostic native_type_invalid_prefix(Span s, Sv given, Sv expected, Sv suggestion) {
  return error("native_type_invalid_prefix", s,
               fmt::format("The prefix {} is invalid. It must be equal to the name of an existing "
                           "datasource e.g. {}. Did you mean to use {}?",
                           given, expected, suggestion));
}

Diagnostic native_type_unknown(Span s, Sv connector, Sv type) {
  return error("native_type_unknown", s,
               fmt::format("Native type {} is not supported for {} connector.", type, connector));
}

Diagnostic native_type_argument_count(Span s, Sv type, std::size_t required, std::size_t given) {
  return error("native_type_argument_count", s,
               fmt::format("Function \"{}\" takes {} arguments, but received {}.", type, required,
                           given));
}

Diagnostic native_type_optional_argument_count(Span s, Sv type, std::size_t optional,
                                               std::size_t given) {
  return error("native_type_optional_argument_count", s,
               fmt::format("Native type {} takes {} optional arguments, but received {}.", type,
                           optional, given));
}

Diagnostic native_type_incompatible(Span s, Sv type, Sv field_type, Sv expected) {
  return error("native_type_incompatible", s,
               fmt::format("Native type {} is not compatible with declared field type {}, "
                           "expected field type {}.",
                           type, field_type, expected));
}

Diagnostic native_type_bad_argument(Span s, Sv expected, Sv found) {
  return error("native_type_bad_argument", s,
               fmt::format("Expected {}, but found {}.", expected, found));
}

Diagnostic native_type_argument_out_of_range(Span s, Sv type, Sv connector, Sv detail) {
  return error("native_type_argument_out_of_range", s,
               fmt::format("Argument M is out of range for native type `{}` of {}: {}", type,
                           connector, detail));
}

Diagnostic native_type_scale_larger_than_precision(Span s, Sv type, Sv connector) {
  return error("native_type_scale_larger_than_precision", s,
               fmt::format("The scale must not be larger than the precision for the {} native type "
                           "in {}.",
                           type, connector));
}

Diagnostic unsupported_type_is_native_type(Span s, Sv literal, Sv field, Sv scalar, Sv prefix,
                                           Sv native) {
  return error("unsupported_type_is_native_type", s,
               validation_text(fmt::format(
                   "The type `Unsupported(\"{}\")` you specified in the type definition for the "
                   "field `{}` is supported as a native type by Prisma. Please use the native type "
                   "notation `{} @{}.{}` for full support.",
                   literal, field, scalar, prefix, native)));
}

// Models, views, composite types, enums, schemas.

Diagnostic scalar_list_not_supported(Span s, Sv container, Sv model, Sv field) {
  return error("scalar_list_not_supported", s,
               fmt::format("Field \"{}\" in {} \"{}\" can't be a list. The current connector does "
                           "not support lists of primitive types.",
                           field, container, model));
}

Diagnostic scalar_type_not_supported(Span s, Sv container, Sv model, Sv field, Sv type_text,
                                     Sv what) {
  return error("scalar_type_not_supported", s,
               field_text(container, model, field,
                          fmt::format("Field `{}` in {} `{}` can't be of type {}. The current "
                                      "connector does not support {}.",
                                      field, container, model, type_text, what)));
}

Diagnostic composite_types_not_supported(Span s, Sv name) {
  return error("composite_types_not_supported", s,
               validation_text(fmt::format("Composite types are not supported on {}.", name)));
}

Diagnostic views_need_preview_feature(Span s) {
  return error("views_need_preview_feature", s,
               validation_text("View definitions are only available with the `views` preview "
                               "feature."));
}

Diagnostic view_with_primary_key(Span s) {
  return error("view_with_primary_key", s, validation_text("Views cannot have primary keys."));
}

Diagnostic view_with_index(Span s) {
  return error("view_with_index", s, validation_text("Views cannot have indexes."));
}

Diagnostic view_unique_with_map(Span s) {
  return error("view_unique_with_map", s,
               validation_text("@@unique annotations on views are not backed by unique indexes in "
                               "the database and cannot specify a mapped database name."));
}

Diagnostic view_unique_clustered(Span s) {
  return error("view_unique_clustered", s,
               validation_text("@@unique annotations on views are not backed by unique indexes in "
                               "the database and cannot be clustered."));
}

Diagnostic view_unique_field_arguments(Span s, Sv attribute) {
  return error("view_unique_field_arguments", s,
               attribute_text(attribute,
                              "Scalar fields in @@unique attributes in views cannot have "
                              "arguments."));
}

Diagnostic schema_attribute_missing(Span s, Sv container, Sv model) {
  if (container == "enum") {
    return error("schema_attribute_missing", s, "This enum is missing an `@@schema` attribute.");
  }
  return error("schema_attribute_missing", s,
               model_text(container, model,
                          fmt::format("This {} is missing an `@@schema` attribute.", container)));
}

Diagnostic schema_not_defined(Span s) {
  return error("schema_not_defined", s,
               "This schema is not defined in the datasource. Read more on `@@schema` at "
               "https://pris.ly/d/multi-schema");
}

Diagnostic schemas_not_supported(Span s) {
  return error("schemas_not_supported", s,
               "The `schemas` property is not supported on the current connector.");
}

// Configuration.

Diagnostic config_property_without_value(Span s, Sv property, Sv block, Sv kind) {
  return error("config_property_without_value", s,
               fmt::format("Property {} in {} {} needs to be assigned a value", property, kind,
                           block));
}

Diagnostic datasource_argument_missing(Span s, Sv argument, Sv block) {
  return error("datasource_argument_missing", s,
               fmt::format("Argument \"{}\" is missing in data source block \"{}\".", argument,
                           block));
}

Diagnostic datasource_provider_not_known(Span s, Sv provider) {
  return error("datasource_provider_not_known", s,
               fmt::format("Datasource provider not known: \"{}\".", provider));
}

Diagnostic generator_argument_missing(Span s, Sv argument, Sv block) {
  return error("generator_argument_missing", s,
               fmt::format("Argument \"{}\" is missing in generator block \"{}\".", argument,
                           block));
}

Diagnostic more_than_one_datasource(Span s, Sv name) {
  return error("more_than_one_datasource", s,
               fmt::format("Error validating datasource `{}`: You defined more than one "
                           "datasource. This is not allowed yet because support for multiple "
                           "databases has not been implemented yet.",
                           name));
}

Diagnostic property_not_known(Span s, Sv property) {
  return error("property_not_known", s, fmt::format("Property not known: \"{}\".", property));
}

Diagnostic shadow_database_is_main(Span s, Sv property, Sv datasource) {
  return error("shadow_database_is_main", s,
               fmt::format("shadowDatabaseUrl is the same as {} for datasource \"{}\". Please "
                           "specify a different database as shadow database to avoid data loss.",
                           property, datasource));
}

Diagnostic env_function_arguments(Span s) {
  return error("env_function_arguments", s,
               "Exactly one string parameter must be passed to the env function.");
}

Diagnostic duplicated_schema_names(Span s) {
  return error("duplicated_schema_names", s, "Duplicated schema names are not allowed");
}

Diagnostic referential_integrity_deprecated(Span s) {
  return warning("referential_integrity_deprecated", s,
                 "The `referentialIntegrity` attribute is deprecated. Please use `relationMode` "
                 "instead. Learn more at https://pris.ly/d/relation-mode");
}

Diagnostic referential_integrity_and_relation_mode(Span s) {
  return error("referential_integrity_and_relation_mode", s,
               "The `referentialIntegrity` and `relationMode` attributes cannot be used together. "
               "Please use only `relationMode` instead.");
}

Diagnostic invalid_relation_mode(Span s, Sv value) {
  // sic: Prisma names the property where the datasource's name would go.
  return error("invalid_relation_mode", s,
               fmt::format("Error validating datasource `relationMode`: Invalid relation mode "
                           "setting: \"{}\". Supported values: \"prisma\", \"foreignKeys\"",
                           value));
}

Diagnostic extensions_need_preview_feature(Span s) {
  return error("extensions_need_preview_feature", s,
               "The `extensions` property is only available with the `postgresqlExtensions` "
               "preview feature.");
}

Diagnostic extension_argument_not_string(Span s, Sv argument) {
  return error("extension_argument_not_string", s,
               validation_text(fmt::format("The `{}` argument must be a string literal", argument)));
}

Diagnostic extension_argument_repeated(Span s, Sv argument) {
  return error("extension_argument_repeated", s,
               validation_text(fmt::format("The argument `{}` can only be defined once", argument)));
}

Diagnostic extension_argument_without_name(Span s) {
  return error("extension_argument_without_name", s,
               validation_text("The argument must have a name"));
}

Diagnostic preview_feature_deprecated(Span s, Sv feature, Sv detail) {
  return warning("preview_feature_deprecated", s,
                 fmt::format("Preview feature \"{}\" is deprecated. {}", feature, detail));
}

Diagnostic preview_feature_renamed(Span s, Sv provider, Sv feature, Sv new_name, Sv link) {
  return warning("preview_feature_renamed", s,
                 fmt::format("On `provider = \"{}\"`, preview feature \"{}\" has been renamed to "
                             "\"{}\". Learn more at {}.",
                             provider, feature, new_name, link));
}

}  // namespace schemac::frontend::msg
