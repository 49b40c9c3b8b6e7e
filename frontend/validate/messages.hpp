// Named constructors of every front-end diagnostic, in Prisma's exact wording (one kind per
// line in diagnostic_kinds.def). Call sites never format message text themselves.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "support/diagnostic.hpp"

namespace schemac::frontend::msg {

using Names = std::vector<std::string>;
using Sv = std::string_view;

// Every code of diagnostic_kinds.def, in file order (for the coverage test).
[[nodiscard]] const std::vector<std::string_view>& all_kinds();

// Generic value and argument checks.
Diagnostic type_mismatch(Span s, Sv expected, Sv received_type, Sv text);
Diagnostic argument_missing(Span s, Sv argument);
Diagnostic argument_missing_value(Span s, Sv attribute, Sv argument);
Diagnostic argument_not_known(Span s, Sv argument);
Diagnostic duplicate_argument(Span s, Sv argument);
Diagnostic duplicate_default_argument(Span s, Sv argument);
Diagnostic multiple_unnamed_arguments(Span s, Sv attribute, Sv joined_values);
Diagnostic no_such_argument(Span s);
Diagnostic trailing_comma_in_arguments(Span s, Sv attribute);
Diagnostic attribute_not_known(Span s, Sv attribute);
Diagnostic duplicate_attribute(Span s, Sv attribute);
Diagnostic empty_map_argument(Span s, Sv attribute);
Diagnostic empty_name_argument(Span s, Sv attribute);

// Names.
Diagnostic name_empty(Span s, Sv item);
Diagnostic name_starts_with_number(Span s, Sv item);
Diagnostic name_contains_dash(Span s, Sv item);
Diagnostic reserved_model_name(Span s, Sv block_type, Sv name);
Diagnostic reserved_enum_name(Span s, Sv name);
Diagnostic reserved_scalar_type(Span s, Sv name);
Diagnostic duplicate_top(Span s, Sv name, Sv kind, Sv existing_kind);
Diagnostic duplicate_field(Span s, Sv container, Sv model, Sv field);
Diagnostic duplicate_enum_value(Span s, Sv enum_name, Sv value);
Diagnostic duplicate_config_key(Span s, Sv block_kind, Sv block_name, Sv key);
Diagnostic duplicate_model_database_name(Span s, bool is_view, Sv database_name, Sv existing);
Diagnostic duplicate_enum_database_name(Span s);
Diagnostic duplicate_constraint_name(Span s, Sv attribute, Sv name, Sv namespace_text);
Diagnostic constraint_name_too_long(Span s, Sv model, Sv name, Sv attribute, std::size_t limit);

// Types.
Diagnostic type_not_found(Span s, Sv type);
Diagnostic relation_field_in_composite_type(Span s, Sv composite, Sv model);
Diagnostic enum_without_values(Span s);

// Field attributes.
Diagnostic relation_field_marked_id(Span s, Sv field);
Diagnostic relation_field_marked_unique(Span s, Sv field, const Names& suggested);
Diagnostic default_on_relation_field(Span s);
Diagnostic map_on_relation_field(Span s);
Diagnostic ignore_on_unsupported(Span s);
Diagnostic ignore_on_field_of_ignored_model(Span s);
Diagnostic relation_on_scalar_field(Span s);
Diagnostic updated_at_not_datetime(Span s);
Diagnostic updated_at_on_list(Span s);

// Defaults.
Diagnostic boolean_literal_invalid(Span s);
Diagnostic dbgenerated_empty_string(Span s, Sv attribute);
Diagnostic dbgenerated_takes_single_string(Span s, Sv attribute);
Diagnostic default_expected_enum_value(Span s, Sv attribute, Sv found);
Diagnostic default_function_bad_version(Span s, Sv attribute, Sv function);
Diagnostic default_function_takes_no_argument(Span s, Sv attribute, Sv function);
Diagnostic default_function_takes_single_int(Span s, Sv attribute, Sv function);
Diagnostic default_function_wrong_type(Span s, Sv attribute, Sv function, Sv type);
Diagnostic default_list_expected(Span s, Sv attribute);
Diagnostic default_list_on_scalar(Span s, Sv attribute);
Diagnostic default_not_an_enum_value(Span s, Sv attribute, Sv value);
Diagnostic default_on_composite_field(Span s, Sv composite, Sv field);
Diagnostic default_on_unsupported(Span s, Sv attribute);
Diagnostic default_type_mismatch(Span s, Sv attribute, Sv type, Sv found);
Diagnostic named_autoincrement(Span s, Sv attribute);
Diagnostic named_default_not_supported(Span s);
// `what`: "a valid integer"...; `detail`: the parser's reason, in parentheses.
Diagnostic default_value_unparsable(Span s, Sv attribute, Sv value, Sv what, Sv detail);
Diagnostic unknown_default_function(Span s, Sv function);
Diagnostic autoincrement_not_on_indexed_field(Span s, Sv model);
Diagnostic autoincrement_more_than_once(Span s, Sv model);
Diagnostic autoincrement_on_non_id(Span s);

// Ids and indexes.
Diagnostic multiple_id_fields(Span s, Sv model);
Diagnostic id_and_compound_id(Span s, Sv model);
Diagnostic id_field_not_required(Span s);
Diagnostic id_optional_fields(Span s, Sv model, const Names& fields);
Diagnostic id_relation_fields(Span s, Sv model, const Names& fields);
Diagnostic id_unknown_fields(Span s, Sv model, const Names& fields);
Diagnostic index_field_repeated(Span s, Sv model, Sv field);
Diagnostic index_name_and_map(Span s);
Diagnostic index_relation_fields(Span s, Sv model, bool unique, const Names& fields,
                                 const Names& suggested);
Diagnostic index_unknown_fields(Span s, Sv model, bool unique, const Names& fields);
Diagnostic invalid_client_name(Span s, Sv model, Sv attribute);
Diagnostic invalid_operator_class(Span s, Sv text);
Diagnostic invalid_sort_argument(Span s, Sv attribute, Sv value);
Diagnostic unknown_index_type(Span s, Sv value);
Diagnostic hash_index_with_sort(Span s);
Diagnostic model_without_unique_criteria(Span s, Sv model, const Names& loose_criteria);
Diagnostic clustering_not_supported(Span s, Sv attribute);
Diagnostic length_not_supported(Span s, Sv attribute);
Diagnostic index_type_not_supported(Span s, Sv attribute);
Diagnostic fulltext_not_supported(Span s, Sv model);
Diagnostic operator_class_not_supported_with_index_type(Span s, Sv attribute, Sv ops, Sv type);
Diagnostic operator_class_needs_native_type(Span s, Sv attribute, Sv ops, Sv field);
Diagnostic operator_class_wrong_native_type(Span s, Sv attribute, Sv ops, Sv native, Sv field);
Diagnostic operator_class_not_string_field(Span s, Sv attribute, Sv ops, Sv field);
Diagnostic operator_class_on_non_normal_index(Span s, Sv attribute);
Diagnostic index_type_unsupported_field_type(Span s, Sv attribute, Sv type, Sv field);
Diagnostic spgist_multi_column(Span s, Sv attribute);

// Relations.
Diagnostic invalid_referential_action(Span s, Sv value);
Diagnostic referential_action_not_supported(Span s, Sv action, Sv allowed);
Diagnostic relation_fields_not_scalar(Span s, const Names& fields);
Diagnostic relation_fields_unknown(Span s, const Names& fields);
Diagnostic relation_name_empty(Span s);
Diagnostic relation_references_not_scalar(Span s, Sv model, const Names& fields);
Diagnostic relation_references_unknown(Span s, Sv model, const Names& fields);
// Prisma's five ambiguity messages, chosen by whether the fields share an explicit name and
// point back at their own model.
Diagnostic relation_ambiguous(Span s, Sv model, Sv target, const Names& fields, bool named,
                              bool self_relation);
Diagnostic relation_missing_opposite_field(Span s, Sv container, Sv model, Sv field, Sv target);
Diagnostic relation_fields_and_references_length(Span s);
Diagnostic relation_fields_without_references(Span s, Sv container, Sv model, Sv field,
                                              Sv argument);
Diagnostic relation_missing_fields_and_references(Span s, Sv container, Sv model, Sv field,
                                                  Sv other_field, Sv other_model);
Diagnostic relation_references_not_unique(Span s, Sv model, const Names& fields);
Diagnostic relation_field_type_mismatch(Span s, Sv field, Sv model, Sv referenced_field,
                                        Sv referenced_model);
Diagnostic relation_arity_mismatch(Span s, Sv container, Sv model, Sv field,
                                   const Names& scalar_fields);
Diagnostic relation_one_to_one_both_sides_fields(Span s, Sv field_a, Sv model_a, Sv field_b,
                                                 Sv model_b, Sv argument);
Diagnostic relation_one_to_one_no_fields(Span s, Sv field_a, Sv model_a, Sv field_b,
                                         Sv model_b, Sv argument);
Diagnostic relation_one_to_one_fields_not_unique(Span s, Sv container, Sv model, Sv field,
                                                 const Names& fields);
Diagnostic relation_one_to_one_back_side_required(Span s, Sv container, Sv model, Sv field,
                                                  Sv type);
Diagnostic relation_actions_on_back_side(Span s, Sv container, Sv model, Sv field,
                                         Sv other_field, Sv other_model);
Diagnostic relation_set_null_on_required(Span s, Sv argument);
Diagnostic relation_set_null_on_required_warning(Span s, Sv argument);
Diagnostic relation_mode_prisma_missing_index(Span s);
Diagnostic many_to_many_on_view(Span s);
Diagnostic many_to_many_without_id(Span s, Sv container, Sv model, Sv field, Sv target);
Diagnostic many_to_many_with_fields(Span s, Sv container, Sv model, Sv field);
Diagnostic many_to_many_referential_actions(Span s, Sv container, Sv model, Sv field);
Diagnostic relation_to_ignored_model(Span s, Sv container, Sv model, Sv field, Sv target);

// Native types.
Diagnostic native_type_invalid_prefix(Span s, Sv given, Sv expected, Sv suggestion);
Diagnostic native_type_unknown(Span s, Sv connector, Sv type);
Diagnostic native_type_argument_count(Span s, Sv type, std::size_t required, std::size_t given);
Diagnostic native_type_optional_argument_count(Span s, Sv type, std::size_t optional,
                                               std::size_t given);
Diagnostic native_type_incompatible(Span s, Sv type, Sv field_type, Sv expected);
// `expected`: "a nonnegative integer", "two nonnegative integers".
Diagnostic native_type_bad_argument(Span s, Sv expected, Sv found);
Diagnostic native_type_argument_out_of_range(Span s, Sv type, Sv connector, Sv detail);
Diagnostic native_type_scale_larger_than_precision(Span s, Sv type, Sv connector);
Diagnostic unsupported_type_is_native_type(Span s, Sv literal, Sv field, Sv scalar, Sv prefix,
                                           Sv native);

// Models, views, composite types, enums, schemas.
Diagnostic scalar_list_not_supported(Span s, Sv container, Sv model, Sv field);
// `type_text`: "Json", "Json[]" or "Decimal"; `what`: "the Json type", "the Json List type"...
Diagnostic scalar_type_not_supported(Span s, Sv container, Sv model, Sv field, Sv type_text,
                                     Sv what);
Diagnostic composite_types_not_supported(Span s, Sv name);
Diagnostic views_need_preview_feature(Span s);
Diagnostic view_with_primary_key(Span s);
Diagnostic view_with_index(Span s);
Diagnostic view_unique_with_map(Span s);
Diagnostic view_unique_clustered(Span s);
Diagnostic view_unique_field_arguments(Span s, Sv attribute);
Diagnostic schema_attribute_missing(Span s, Sv container, Sv model);
Diagnostic schema_not_defined(Span s);
Diagnostic schemas_not_supported(Span s);

// Configuration.
Diagnostic config_property_without_value(Span s, Sv property, Sv block, Sv kind);
Diagnostic datasource_argument_missing(Span s, Sv argument, Sv block);
Diagnostic datasource_provider_not_known(Span s, Sv provider);
Diagnostic generator_argument_missing(Span s, Sv argument, Sv block);
Diagnostic more_than_one_datasource(Span s, Sv name);
Diagnostic property_not_known(Span s, Sv property);
// `property`: "url" or "directUrl".
Diagnostic shadow_database_is_main(Span s, Sv property, Sv datasource);
Diagnostic env_function_arguments(Span s);
Diagnostic duplicated_schema_names(Span s);
Diagnostic referential_integrity_deprecated(Span s);
Diagnostic referential_integrity_and_relation_mode(Span s);
Diagnostic invalid_relation_mode(Span s, Sv value);
Diagnostic extensions_need_preview_feature(Span s);
Diagnostic extension_argument_not_string(Span s, Sv argument);
Diagnostic extension_argument_repeated(Span s, Sv argument);
Diagnostic extension_argument_without_name(Span s);
Diagnostic preview_feature_deprecated(Span s, Sv feature, Sv detail);
Diagnostic preview_feature_renamed(Span s, Sv provider, Sv feature, Sv new_name, Sv link);

}  // namespace schemac::frontend::msg
