// Reading the datasource and generator blocks (psl-core configuration: datasource_loader.rs,
// generator_loader.rs). Prisma 6 files (a datasource with `url`) and Prisma 7 files are both
// accepted: the connection properties never change the schema.
#include <algorithm>
#include <set>

#include "frontend/db/builder.hpp"
#include "frontend/db/expression.hpp"
#include "frontend/validate/messages.hpp"

namespace schemac::frontend::db {
namespace {

Provider provider_from_text(std::string_view p) {
  if (p == "postgresql" || p == "postgres") {
    return Provider::PostgreSql;
  }
  if (p == "sqlite") {
    return Provider::Sqlite;
  }
  if (p == "mysql") {
    return Provider::MySql;
  }
  if (p == "sqlserver") {
    return Provider::SqlServer;
  }
  if (p == "cockroachdb") {
    return Provider::CockroachDb;
  }
  if (p == "mongodb") {
    return Provider::MongoDb;
  }
  return Provider::Unknown;
}

// A URL-like property: a string or env("NAME").
void check_url_value(const ast::Property& p, Diagnostics& diags) {
  const ast::Expression& v = *p.value;
  if (as_string(v)) {
    return;
  }
  if (const auto* f = as_function(v); f != nullptr && f->name.name == "env") {
    const auto& args = f->arguments.arguments;
    if (args.size() != 1 || args[0].name || argument_value(args[0]) == nullptr ||
        !as_string(*argument_value(args[0]))) {
      diags.push(msg::env_function_arguments(v.span));
    }
    return;
  }
  (void)coerce_string(v, diags);
}

void read_extensions(const ast::Expression& e, Datasource& ds, Diagnostics& diags) {
  std::vector<const ast::Expression*> items;
  if (const auto* a = as_array(e)) {
    for (const auto& item : a->items) {
      items.push_back(&item);
    }
  } else {
    items.push_back(&e);
  }
  for (const ast::Expression* item : items) {
    Extension ext;
    ext.span = item->span;
    if (auto c = as_constant(*item)) {
      ext.name = std::string(*c);
    } else if (const auto* f = as_function(*item)) {
      ext.name = std::string(f->name.name);
      std::set<std::string_view> seen;
      for (const auto& arg : f->arguments.arguments) {
        if (!arg.name) {
          diags.push(msg::extension_argument_without_name(arg.span));
          continue;
        }
        const std::string_view n = arg.name->name;
        if (!seen.insert(n).second) {
          diags.push(msg::extension_argument_repeated(arg.span, n));
          continue;
        }
        const ast::Expression* v = argument_value(arg);
        if (n != "schema" && n != "version" && n != "map") {
          diags.push(msg::argument_not_known(arg.span, n));
          continue;
        }
        if (v == nullptr) {
          continue;
        }
        auto s = coerce_string(*v, diags);
        if (!s) {
          diags.push(msg::extension_argument_not_string(item->span, n));
          continue;
        }
        (n == "schema" ? ext.schema : n == "version" ? ext.version : ext.mapped_name) = *s;
      }
    } else {
      diags.push(msg::type_mismatch(item->span, "constant or function",
                                    describe_value_type(*item), expression_text(*item)));
      continue;
    }
    if (ext.name.find('-') != std::string::npos) {
      diags.push(msg::name_contains_dash(item->span, "extension"));
    }
    ds.extensions.push_back(std::move(ext));
  }
}

void read_datasource(const ast::ConfigBlock& block, const std::vector<std::string>& features,
                     Datasource& ds, Diagnostics& diags) {
  ds.name = std::string(block.name.name);
  ds.span = block.span;
  const ast::Property* relation_mode = nullptr;
  const ast::Property* referential_integrity = nullptr;
  const ast::Property* extensions = nullptr;
  const ast::Property* provider = nullptr;
  const ast::Property* url = nullptr;
  const ast::Property* direct_url = nullptr;
  const ast::Property* shadow_url = nullptr;
  for (const ast::Property* p : block.properties()) {
    const std::string_view n = p->name.name;
    if (!p->value) {
      diags.push(msg::config_property_without_value(block.span, n, block.name.name,
                                                    "datasource"));
      continue;
    }
    if (n == "provider") {
      provider = p;
    } else if (n == "url") {
      ds.has_url = true;
      url = p;
      check_url_value(*p, diags);
    } else if (n == "directUrl") {
      ds.has_direct_url = true;
      direct_url = p;
      check_url_value(*p, diags);
    } else if (n == "shadowDatabaseUrl") {
      ds.has_shadow_database_url = true;
      shadow_url = p;
      check_url_value(*p, diags);
    } else if (n == "relationMode") {
      relation_mode = p;
    } else if (n == "referentialIntegrity") {
      referential_integrity = p;
    } else if (n == "schemas") {
      if (auto schemas = coerce_string_array(*p->value, diags)) {
        ds.schemas = *schemas;
        // Prisma reports the later duplicates, last one first.
        std::vector<Span> duplicates;
        const auto* arr = as_array(*p->value);
        for (std::size_t i = 0; arr != nullptr && i < schemas->size(); ++i) {
          if (std::find(schemas->begin(), schemas->begin() + static_cast<long>(i),
                        (*schemas)[i]) != schemas->begin() + static_cast<long>(i)) {
            duplicates.push_back(arr->items[i].span);
          }
        }
        for (auto it = duplicates.rbegin(); it != duplicates.rend(); ++it) {
          diags.push(msg::duplicated_schema_names(*it));
        }
      }
      ds.schemas_span = p->value->span;
    } else if (n == "extensions") {
      extensions = p;
    } else {
      diags.push(msg::property_not_known(p->name.span, n));
    }
  }
  // Prisma 6 refuses a shadow database that is the main one (migrate would wipe it); only
  // literal URLs can be compared.
  if (shadow_url != nullptr) {
    const auto shadow = as_string(*shadow_url->value);
    for (const auto& [other, which] : {std::pair{url, "url"}, std::pair{direct_url, "directUrl"}}) {
      if (shadow && other != nullptr && as_string(*other->value) == shadow) {
        diags.push(msg::shadow_database_is_main(other->value->span, which, block.name.name));
      }
    }
  }
  if (provider == nullptr) {
    diags.push(msg::datasource_argument_missing(block.span, "provider", block.name.name));
  } else if (auto text = coerce_string(*provider->value, diags)) {
    ds.provider_text = *text;
    ds.provider = provider_from_text(*text);
    if (ds.provider == Provider::Unknown) {
      diags.push(msg::datasource_provider_not_known(provider->value->span, *text));
    }
  }
  if (referential_integrity != nullptr) {
    diags.push(msg::referential_integrity_deprecated(referential_integrity->span));
  }
  if (relation_mode != nullptr && referential_integrity != nullptr) {
    diags.push(msg::referential_integrity_and_relation_mode(referential_integrity->span));
  }
  if (const ast::Property* mode = relation_mode ? relation_mode : referential_integrity) {
    if (auto text = coerce_string(*mode->value, diags)) {
      if (*text == "prisma") {
        ds.relation_mode = RelationMode::Prisma;
      } else if (*text == "foreignKeys") {
        ds.relation_mode = RelationMode::ForeignKeys;
      } else {
        diags.push(msg::invalid_relation_mode(block.span, *text));
      }
    }
  }
  if (extensions != nullptr) {
    const bool has_feature = std::any_of(features.begin(), features.end(), [](const auto& f) {
      return f == "postgresqlExtensions";
    });
    if (ds.provider != Provider::PostgreSql) {
      diags.push(msg::property_not_known(extensions->name.span, "extensions"));
    } else if (!has_feature) {
      diags.push(msg::extensions_need_preview_feature(extensions->span));
    } else {
      read_extensions(*extensions->value, ds, diags);
    }
  }
}

void read_generator(const ast::ConfigBlock& block, Generator& g, Diagnostics& diags) {
  g.name = std::string(block.name.name);
  g.span = block.span;
  bool has_provider = false;
  for (const ast::Property* p : block.properties()) {
    const std::string_view n = p->name.name;
    if (!p->value) {
      diags.push(msg::config_property_without_value(block.span, n, block.name.name,
                                                    "generator"));
      continue;
    }
    if (n == "provider") {
      has_provider = true;
      if (auto s = as_string(*p->value)) {
        g.provider = *s;
      }
    } else if (n == "output") {
      if (auto s = as_string(*p->value)) {
        g.output = *s;
      }
    } else if (n == "previewFeatures") {
      if (auto features = coerce_string_array(*p->value, diags)) {
        g.preview_features = *features;
        g.preview_features_span = p->value->span;
      }
    }
  }
  if (!has_provider) {
    diags.push(msg::generator_argument_missing(block.span, "provider", block.name.name));
  }
}

}  // namespace

void read_configuration(Builder& b, Diagnostics& diags) {
  std::vector<const ast::ConfigBlock*> datasources;
  std::vector<std::string> features;
  for (const auto& file : b.schema.files) {
    for (const auto& top : file.tops) {
      const auto* c = std::get_if<ast::ConfigBlock>(&top);
      if (c == nullptr) {
        continue;
      }
      if (c->kind == ast::ConfigKind::Datasource) {
        datasources.push_back(c);
        continue;
      }
      Generator g;
      read_generator(*c, g, diags);
      features.insert(features.end(), g.preview_features.begin(), g.preview_features.end());
      b.db.generators.push_back(std::move(g));
    }
  }
  if (datasources.size() > 1) {
    for (const auto* d : datasources) {
      diags.push(msg::more_than_one_datasource(d->span, d->name.name));
    }
  }
  if (!datasources.empty()) {
    b.datasource_block = datasources.front();
    Datasource ds;
    read_datasource(*datasources.front(), features, ds, diags);
    b.db.datasource = std::move(ds);
  }
}

}  // namespace schemac::frontend::db
