package dev.albatross.domain.app;

import dev.albatross.domain.port.RecordedEvent;
import java.util.List;

/**
 * The answer to a command: the events of the target stream after it ran, oldest first, so the
 * caller can build its response from them; {@code recorded} of them are new. {@code recorded}
 * is 0 when the command changed nothing, or when it was a repeat answered from an earlier one
 * ({@code replayed}).
 */
public record CommandOutcome(List<RecordedEvent> history, int recorded, boolean replayed) {
  public CommandOutcome {
    history = List.copyOf(history);
  }

  public List<RecordedEvent> newEvents() {
    return history.subList(history.size() - recorded, history.size());
  }
}
