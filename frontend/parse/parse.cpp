// parse_file and parse_schema: runs the grammar with the AST actions, then the completing
// passes. The one place that catches PEGTL's parse_error.
#include "frontend/parse/parse.hpp"

#include <algorithm>

#include <tao/pegtl.hpp>

#include "frontend/parse/actions.hpp"
#include "frontend/parse/builders.hpp"
#include "frontend/parse/complete.hpp"
#include "frontend/parse/context.hpp"
#include "frontend/parse/documentation.hpp"
#include "frontend/parse/messages.hpp"
#include "frontend/parse/utf8.hpp"
#include "grammar/prisma.hpp"

namespace schemac::frontend {
namespace {

namespace pegtl = tao::pegtl;

// Runs the grammar. It cannot fail (every line is at worst a catch-all) and has no must<>, so
// a failure or parse_error here is a bug in the grammar: the file is then reported unread
// rather than aborting, because the parser must be a total function.
void match_file(parse::ParseContext& ctx, parse::FileBuilder& builder, Diagnostics& diags) {
  pegtl::memory_input<pegtl::tracking_mode::lazy> in(ctx.text.data(), ctx.text.size(), "");
  try {
    if (pegtl::parse<grammar::schema, parse::action>(in, builder)) {
      return;
    }
    diags.push(parse::parse_failure(
        Span{ctx.file, ctx.offset(in.current()), static_cast<std::uint32_t>(ctx.text.size())}));
  } catch (const pegtl::parse_error& e) {
    const std::size_t at = e.positions().empty() ? 0 : e.positions().front().byte;
    diags.push(parse::parse_failure(Span{ctx.file, static_cast<std::uint32_t>(at),
                                         static_cast<std::uint32_t>(ctx.text.size())}));
  }
}

void report_depth_caps(const parse::ParseContext& ctx, Diagnostics& diags) {
  std::vector<std::uint32_t> at = ctx.too_deep;
  std::sort(at.begin(), at.end());
  at.erase(std::unique(at.begin(), at.end()), at.end());
  for (const std::uint32_t offset : at) {
    const auto end =
        std::min<std::uint32_t>(offset + 1, static_cast<std::uint32_t>(ctx.text.size()));
    diags.push(parse::nesting_too_deep(Span{ctx.file, offset, end}));
  }
}

}  // namespace

ast::SchemaFile parse_file(const SourceManager& sources, FileId file, Diagnostics& diags) {
  const std::string_view text = sources.text(file);
  if (const auto bad = parse::first_invalid_utf8(text)) {
    const auto at = static_cast<std::uint32_t>(*bad);
    diags.push(parse::invalid_utf8(Span{file, at, at + 1}, static_cast<std::uint8_t>(text[*bad])));
  }
  parse::ParseContext ctx(file, text);
  parse::FileBuilder builder(ctx);
  builder.file.file = file;
  match_file(ctx, builder, diags);
  report_depth_caps(ctx, diags);
  parse::complete_file(builder.file, text, diags);
  parse::attach_documentation(builder.file);
  return std::move(builder.file);
}

ast::Schema parse_schema(const SourceManager& sources, const std::vector<FileId>& files,
                         Diagnostics& diags) {
  ast::Schema schema;
  schema.files.reserve(files.size());
  for (const FileId file : files) {
    schema.files.push_back(parse_file(sources, file, diags));
  }
  return schema;
}

}  // namespace schemac::frontend
