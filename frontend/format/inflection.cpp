// camelCase and plurals for added relation field names.
#include "frontend/format/inflection.hpp"

#include <array>
#include <cctype>
#include <utility>

namespace schemac::frontend::format {
namespace {

char lower(char c) {
  return static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
}

char upper(char c) {
  return static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
}

bool ends_with(std::string_view s, std::string_view suffix) {
  return s.ends_with(suffix);
}

bool is_vowel(char c) {
  c = lower(c);
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u' || c == 'y';
}

// The last word of a camelCase name starts at its last upper-case letter.
std::size_t last_word_begin(std::string_view name) {
  for (std::size_t i = name.size(); i > 1; --i) {
    if (std::isupper(static_cast<unsigned char>(name[i - 1])) != 0) {
      return i - 1;
    }
  }
  return 0;
}

// The inflections cruet applies, pinned on Prisma 7.10.1's output for ~60 model names
// (`Datum` -> `data`, `Medium` -> `mediums`, `Fish` -> `fishes`, `Campus` -> `campuses`,
// `Bias` -> `bias`): Rails' rules, most specific first, with cruet's own exceptions.
std::string plural_of_word(std::string word) {
  static constexpr std::array<std::string_view, 10> kUncountable = {
      "equipment", "information", "rice", "money", "species",
      "series",    "sheep",       "news", "deer",  "police"};
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 17> kIrregularTail = {
      {{"person", "people"},
       {"child", "children"},
       {"man", "men"},
       {"mouse", "mice"},
       {"louse", "lice"},
       {"foot", "feet"},
       {"tooth", "teeth"},
       {"goose", "geese"},
       {"ox", "oxen"},
       {"cactus", "cacti"},
       {"octopus", "octopi"},
       {"virus", "viri"},
       {"sex", "sexes"},
       {"move", "moves"},
       {"zombie", "zombies"},
       {"datum", "data"},
       {"leaf", "leaves"}}};
  std::string low;
  for (char c : word) {
    low.push_back(lower(c));
  }
  for (std::string_view u : kUncountable) {
    if (low == u) {
      return word;
    }
  }
  const auto replace_tail = [&](std::size_t n, std::string_view tail) {
    return word.substr(0, word.size() - n) + std::string(tail);
  };
  for (const auto& [singular, plural] : kIrregularTail) {
    // "ox" and "man" only as whole words or word ends that are not parts of others ("box").
    if (low == singular || (singular.size() > 2 && low.ends_with(singular) && singular != "man") ||
        (singular == "man" && low.ends_with("woman"))) {
      std::string out = replace_tail(singular.size(), plural);
      if (std::isupper(static_cast<unsigned char>(word[word.size() - singular.size()])) != 0) {
        out[word.size() - singular.size()] = upper(out[word.size() - singular.size()]);
      }
      return out;
    }
  }
  const std::string_view w = low;
  if (ends_with(w, "quiz")) {
    return word + "zes";
  }
  if (ends_with(w, "matrix") || ends_with(w, "vertex") || ends_with(w, "index")) {
    return replace_tail(2, "ices");
  }
  if (ends_with(w, "x") || ends_with(w, "ch") || ends_with(w, "ss") || ends_with(w, "sh")) {
    return word + "es";
  }
  if (w.size() >= 2 && w.back() == 'y' && (!is_vowel(w[w.size() - 2]) || ends_with(w, "quy"))) {
    return replace_tail(1, "ies");
  }
  if (ends_with(w, "hive")) {
    return word + "s";
  }
  if (w.size() >= 3 && ends_with(w, "fe") && w[w.size() - 3] != 'f') {
    return replace_tail(2, "ves");
  }
  if (w.size() >= 2 && w.back() == 'f' && (w[w.size() - 2] == 'l' || w[w.size() - 2] == 'r') &&
      !ends_with(w, "roof")) {
    return replace_tail(1, "ves");
  }
  if (ends_with(w, "sis") || w == "axis" || w == "testis") {
    return replace_tail(2, "es");
  }
  if (ends_with(w, "buffalo") || ends_with(w, "tomato")) {
    return word + "es";
  }
  if (ends_with(w, "us") || ends_with(w, "alias")) {
    return word + "es";
  }
  if (ends_with(w, "s")) {
    return word;
  }
  return word + "s";
}

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
  const std::size_t begin = last_word_begin(name);
  return std::string(name.substr(0, begin)) + plural_of_word(std::string(name.substr(begin)));
}

}  // namespace schemac::frontend::format
