package dev.albatross.domain.app;

import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Decider;
import dev.albatross.domain.model.DomainEvent;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;

/**
 * One stream's part of a command: load the stream, fold it, decide. A step that creates its
 * stream under an id drawn for it may decide on the empty stream without loading it: if the id
 * is taken after all, the append at version 0 conflicts and the retry loads what is there.
 */
final class Step<C, S, E extends DomainEvent> {

  private final Decider<C, S, E> decider;
  private final UUID streamId;
  private final String streamType;
  private final Function<S, UUID> tenantOf;
  private final C command;
  private final boolean assumeNew;

  Step(Decider<C, S, E> decider, UUID streamId, String streamType, Function<S, UUID> tenantOf, C command,
      boolean assumeNew) {
    this.decider = decider;
    this.streamId = streamId;
    this.streamType = streamType;
    this.tenantOf = tenantOf;
    this.command = command;
    this.assumeNew = assumeNew;
  }

  Step(Decider<C, S, E> decider, UUID streamId, String streamType, Function<S, UUID> tenantOf, C command) {
    this(decider, streamId, streamType, tenantOf, command, false);
  }

  /** The outcome of deciding on the stream as it is now; the decider's refusal fails the future. */
  record Decided(UUID streamId, String streamType, UUID tenantId, List<RecordedEvent> history, List<? extends DomainEvent> events) {
    long version() {
      return history.isEmpty() ? 0 : history.get(history.size() - 1).version();
    }
  }

  Future<Decided> decide(EventStore store) {
    if (assumeNew) {
      return Future.succeededFuture(decideOn(List.of()));
    }
    return store.load(streamId).map(this::decideOn);
  }

  private Decided decideOn(List<RecordedEvent> history) {
    if (!history.isEmpty() && !RecordedEvent.isStreamOf(streamType, history)) {
      // the id names another kind of thing (a user's id sent as a PIREP's): for this command it names nothing
      throw new NotFound("There is nothing with this id.");
    }
    S state = decider.fold(RecordedEvent.events(history));
    List<E> events = decider.decide(command, state);
    for (E event : events) {
      state = decider.evolve(state, event);
    }
    return new Decided(streamId, streamType, tenantOf.apply(state), history, events);
  }
}
