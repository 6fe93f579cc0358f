package dev.albatross.domain.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;

/**
 * Given events / When command / Then events, for any {@link Decider}. The state a command is
 * decided on is folded from the given events by the decider's own {@code evolve}, and the state
 * after it by evolving the events it decided, so every spec exercises both functions.
 *
 * <pre>{@code
 * spec.given(registered).when(changePassword).then(passwordChanged).andState(expected);
 * spec.given().when(changePassword).thenRefuses(NotFound.class);
 * }</pre>
 */
public final class DeciderSpec<C, S, E extends DomainEvent> {

  private final Decider<C, S, E> decider;

  private DeciderSpec(Decider<C, S, E> decider) {
    this.decider = decider;
  }

  public static <C, S, E extends DomainEvent> DeciderSpec<C, S, E> of(Decider<C, S, E> decider) {
    return new DeciderSpec<>(decider);
  }

  /** The stream's history, oldest first; none for a stream that does not exist yet. */
  @SafeVarargs
  public final Given given(E... history) {
    return new Given(decider.fold(List.of(history)));
  }

  public final class Given {
    private final S state;

    private Given(S state) {
      this.state = state;
    }

    /** The state folded from the given events, for specs about what the state answers. */
    public S state() {
      return state;
    }

    public When when(C command) {
      return new When(state, command);
    }
  }

  public final class When {
    private final S state;
    private final C command;

    private When(S state, C command) {
      this.state = state;
      this.command = command;
    }

    /** The command decides exactly these events, in this order. */
    @SafeVarargs
    public final Then then(E... expected) {
      List<E> decided = decider.decide(command, state);
      assertThat(decided).as("events decided for %s", command).containsExactly(expected);
      S after = state;
      for (E event : decided) {
        after = decider.evolve(after, event);
      }
      return new Then(after);
    }

    /** The command is accepted and changes nothing. */
    public Then thenNoEvents() {
      return then();
    }

    /** The command is refused with exactly this exception type (a subtype does not count). */
    public <T extends Throwable> T thenRefuses(Class<T> refusal) {
      Throwable thrown = catchThrowable(() -> decider.decide(command, state));
      assertThat(thrown).as("refusal of %s", command).isExactlyInstanceOf(refusal);
      return refusal.cast(thrown);
    }
  }

  public final class Then {
    private final S state;

    private Then(S state) {
      this.state = state;
    }

    /** The state after the given events and the decided ones. */
    public void andState(S expected) {
      assertThat(state).as("state after the decided events").isEqualTo(expected);
    }
  }
}
