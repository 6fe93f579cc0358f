package dev.albatross.domain.model;

import java.util.List;

/**
 * An aggregate as a pair of pure functions. {@code decide} answers a command with the events it
 * causes (or throws a typed refusal); {@code evolve} folds one event into the state. Time and ids
 * arrive inside commands: a decider never reads a clock or draws a random number.
 */
public interface Decider<C, S, E extends DomainEvent> {

  S initialState();

  List<E> decide(C command, S state);

  S evolve(S state, E event);

  default S fold(List<? extends E> events) {
    S state = initialState();
    for (E event : events) {
      state = evolve(state, event);
    }
    return state;
  }
}
