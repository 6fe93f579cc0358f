package dev.albatross.domain.model;

import java.util.List;

/**
 * An aggregate as a pair of pure functions. {@code decide} answers a command with the events it
 * causes (or throws a typed refusal); {@code evolve} folds one event into the state. Time and ids
 * arrive inside commands: a decider never reads a clock or draws a number.
 */
public interface Decider<C, S, E extends DomainEvent> {

  S initialState();

  List<E> decide(C command, S state);

  S evolve(S state, E event);

  /** The family of events this decider's streams hold. */
  Class<E> eventType();

  /**
   * The state after {@code events}, oldest first: the one fold of a stream. An event of another
   * family is a stream mistaken for this decider's, and fails here rather than in {@code evolve}.
   */
  default S fold(List<? extends DomainEvent> events) {
    S state = initialState();
    for (DomainEvent event : events) {
      state = evolve(state, eventType().cast(event));
    }
    return state;
  }
}
