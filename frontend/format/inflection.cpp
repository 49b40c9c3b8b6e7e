// camelCase and plurals for added relation field names.
#include "frontend/format/inflection.hpp"

#include <array>
#include <cctype>
#include <regex>
#include <utility>
#include <vector>

namespace schemac::frontend::format {
namespace {

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

char upper(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

// Words that stay as they are (cruet's list of uncountable words), compared with the whole
// name: `equipment` stays, `assetEquipment` becomes `assetEquipments` (Prisma 7.10.1).
constexpr std::string_view kUncountable[] = {"accommodation",
                                             "adulthood",
                                             "advertising",
                                             "advice",
                                             "aggression",
                                             "aid",
                                             "air",
                                             "aircraft",
                                             "alcohol",
                                             "anger",
                                             "applause",
                                             "arithmetic",
                                             "assistance",
                                             "athletics",
                                             "bacon",
                                             "baggage",
                                             "beef",
                                             "biology",
                                             "blood",
                                             "botany",
                                             "bread",
                                             "butter",
                                             "carbon",
                                             "cardboard",
                                             "cash",
                                             "chalk",
                                             "chaos",
                                             "chess",
                                             "crossroads",
                                             "countryside",
                                             "dancing",
                                             "deer",
                                             "dignity",
                                             "dirt",
                                             "dust",
                                             "economics",
                                             "education",
                                             "electricity",
                                             "engineering",
                                             "enjoyment",
                                             "envy",
                                             "equipment",
                                             "ethics",
                                             "evidence",
                                             "evolution",
                                             "fame",
                                             "fiction",
                                             "flour",
                                             "flu",
                                             "food",
                                             "fuel",
                                             "fun",
                                             "furniture",
                                             "gallows",
                                             "garbage",
                                             "garlic",
                                             "genetics",
                                             "gold",
                                             "golf",
                                             "gossip",
                                             "grammar",
                                             "gratitude",
                                             "grief",
                                             "guilt",
                                             "gymnastics",
                                             "happiness",
                                             "hardware",
                                             "harm",
                                             "hate",
                                             "hatred",
                                             "health",
                                             "heat",
                                             "help",
                                             "homework",
                                             "honesty",
                                             "honey",
                                             "hospitality",
                                             "housework",
                                             "humour",
                                             "hunger",
                                             "hydrogen",
                                             "ice",
                                             "importance",
                                             "inflation",
                                             "information",
                                             "innocence",
                                             "iron",
                                             "irony",
                                             "jam",
                                             "jewelry",
                                             "judo",
                                             "karate",
                                             "knowledge",
                                             "lack",
                                             "laughter",
                                             "lava",
                                             "leather",
                                             "leisure",
                                             "lightning",
                                             "linguine",
                                             "linguini",
                                             "linguistics",
                                             "literature",
                                             "litter",
                                             "livestock",
                                             "logic",
                                             "loneliness",
                                             "luck",
                                             "luggage",
                                             "macaroni",
                                             "machinery",
                                             "magic",
                                             "management",
                                             "mankind",
                                             "marble",
                                             "mathematics",
                                             "mayonnaise",
                                             "measles",
                                             "methane",
                                             "milk",
                                             "money",
                                             "mud",
                                             "music",
                                             "mumps",
                                             "nature",
                                             "news",
                                             "nitrogen",
                                             "nonsense",
                                             "nurture",
                                             "nutrition",
                                             "obedience",
                                             "obesity",
                                             "oxygen",
                                             "pasta",
                                             "patience",
                                             "physics",
                                             "poetry",
                                             "pollution",
                                             "poverty",
                                             "pride",
                                             "psychology",
                                             "publicity",
                                             "punctuation",
                                             "quartz",
                                             "racism",
                                             "relaxation",
                                             "reliability",
                                             "research",
                                             "respect",
                                             "revenge",
                                             "rice",
                                             "rubbish",
                                             "rum",
                                             "safety",
                                             "scenery",
                                             "seafood",
                                             "seaside",
                                             "series",
                                             "shame",
                                             "sheep",
                                             "shopping",
                                             "sleep",
                                             "smoke",
                                             "smoking",
                                             "snow",
                                             "soap",
                                             "software",
                                             "soil",
                                             "spaghetti",
                                             "species",
                                             "steam",
                                             "stuff",
                                             "stupidity",
                                             "sunshine",
                                             "symmetry",
                                             "tennis",
                                             "thirst",
                                             "thunder",
                                             "timber",
                                             "traffic",
                                             "transportation",
                                             "trust",
                                             "underwear",
                                             "unemployment",
                                             "unity",
                                             "validity",
                                             "veal",
                                             "vegetation",
                                             "vegetarianism",
                                             "vengeance",
                                             "violence",
                                             "vitality",
                                             "warmth",
                                             "wealth",
                                             "weather",
                                             "welfare",
                                             "wheat",
                                             "wildlife",
                                             "wisdom",
                                             "yoga",
                                             "zinc",
                                             "zoology"};

// Whole names with their own plural (`barefoot` -> `barefoots`, `whiz` -> `whizs`).
constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kIrregular = {{
    {"ox", "oxen"},
    {"quiz", "quizzes"},
    {"foot", "feet"},
    {"tooth", "teeth"},
    {"goose", "geese"},
    {"man", "men"},
    {"woman", "women"},
    {"sex", "sexes"},
    {"move", "moves"},
}};

// cruet's rules: `(stem)(ending)$` -> stem + replacement, the LAST matching rule wins.
struct Rule {
  const char* pattern;
  const char* replacement;
};

constexpr Rule kRules[] = {
    {R"((\w*)s$)", "s"},
    {R"((\w*([^aeiou]ese))$)", ""},
    {R"((\w*(ax|test))is$)", "es"},
    {R"((\w*(alias|[^aou]us|tlas|gas|ris))$)", "es"},
    {R"((\w*(e[mn]u))s?$)", "s"},
    {R"((\w*([^l]ias|[aeiou]las|[emjzr]as|[iu]am))$)", ""},
    {R"((\w*(alumn|syllab|octop|vir|radi|nucle|fung|cact|stimul|termin|bacill|foc|uter|loc|strat))(?:us|i)$)",
     "i"},
    {R"((\w*(alumn|alg|vertebr))(?:a|ae)$)", "ae"},
    {R"((\w*(seraph|cherub))(?:im)?$)", "im"},
    {R"((\w*(her|at|gr))o$)", "oes"},
    {R"((\w*(agend|addend|millenni|dat|extrem|bacteri|desiderat|strat|candelabr|errat|ov|symposi|curricul|automat|quor))(?:a|um)$)",
     "a"},
    {R"((\w*(apheli|hyperbat|periheli|asyndet|noumen|phenomen|criteri|organ|prolegomen|hedr|automat))(?:a|on)$)",
     "a"},
    {R"((\w*)sis$)", "ses"},
    {R"((\w*(kni|wi|li))fe$)", "ves"},
    {R"((\w*(ar|l|ea|eo|oa|hoo))f$)", "ves"},
    {R"((\w*([^aeiouy]|qu))y$)", "ies"},
    {R"((\w*([^ch][ieo][ln]))ey$)", "ies"},
    {R"((\w*(x|ch|ss|sh|zz)es)$)", ""},
    {R"((\w*(x|ch|ss|sh|zz))$)", "es"},
    {R"((\w*(matr|cod|mur|sil|vert|ind|append))(?:ix|ex)$)", "ices"},
    {R"((\w*(m|l))(?:ice|ouse)$)", "ice"},
    {R"((\w*(pe))(?:rson|ople)$)", "ople"},
    {R"((\w*(child))(?:ren)?$)", "ren"},
    {R"((\w*eaux)$)", ""},
};

}  // namespace

// Words start after `_`, `-` or a space and at a lower-case letter or digit followed by an
// upper-case one; each word is lower-cased and all but the first capitalised. So runs of
// capitals stay one word: `HTTPLog` -> `httplog`, `URL` -> `url` (Prisma 7.10.1's output).
std::string camel_case(std::string_view name) {
  std::string out;
  bool word_start = false;
  for (std::size_t i = 0; i < name.size(); ++i) {
    const char c = name[i];
    if (c == '_' || c == '-' || c == ' ') {
      word_start = !out.empty();
      continue;
    }
    const bool is_upper = std::isupper(static_cast<unsigned char>(c)) != 0;
    if (i > 0 && is_upper && !out.empty() &&
        (std::islower(static_cast<unsigned char>(name[i - 1])) != 0 ||
         std::isdigit(static_cast<unsigned char>(name[i - 1])) != 0)) {
      word_start = true;
    }
    out.push_back(word_start ? upper(c) : lower(c));
    word_start = false;
  }
  return out;
}

std::string plural(std::string_view name) {
  for (std::string_view word : kUncountable) {
    if (name == word) {
      return std::string(name);
    }
  }
  for (const auto& [singular, plural] : kIrregular) {
    if (name == singular) {
      return std::string(plural);
    }
  }
  static const std::vector<std::regex> rules = [] {
    std::vector<std::regex> out;
    for (const Rule& rule : kRules) {
      out.emplace_back(rule.pattern);
    }
    return out;
  }();
  const std::string word(name);
  for (std::size_t i = std::size(kRules); i-- > 0;) {
    std::smatch match;
    if (std::regex_search(word, match, rules[i])) {
      return match.prefix().str() + match[1].str() + kRules[i].replacement;
    }
  }
  return word + "s";
}

}  // namespace schemac::frontend::format
