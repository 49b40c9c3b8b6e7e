// Overloaded: a set of lambdas as one visitor for std::visit, one overload per alternative.
#pragma once

namespace schemac {

template <class... Fs>
struct Overloaded : Fs... {
  using Fs::operator()...;
};
template <class... Fs>
Overloaded(Fs...) -> Overloaded<Fs...>;

}  // namespace schemac
