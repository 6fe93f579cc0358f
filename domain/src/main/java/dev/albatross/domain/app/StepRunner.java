package dev.albatross.domain.app;

import dev.albatross.domain.app.Step.Decided;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.PendingEvent;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Runs the steps of one command: decides every step on its stream, then appends all their events
 * in one atomic step with the versions it read. The last step is the command's target.
 */
final class StepRunner {
  private final EventStore store;

  StepRunner(EventStore store) {
    this.store = store;
  }

  Future<CommandOutcome> run(CommandContext ctx, List<Step<?, ?, ?>> steps) {
    Future<List<Decided>> decided = Future.succeededFuture(new ArrayList<>());
    for (Step<?, ?, ?> step : steps) {
      decided = decided.compose(done -> step.decide(store).map(d -> {
        done.add(d);
        return done;
      }));
    }
    return decided.compose(all -> append(ctx, all));
  }

  /** Appends the events of steps decided already, all in one write. */
  Future<CommandOutcome> append(CommandContext ctx, List<Decided> decided) {
    Decided target = decided.get(decided.size() - 1);
    List<StreamWrite> writes = new ArrayList<>();
    for (Decided d : decided) {
      if (!d.events().isEmpty()) {
        writes.add(new StreamWrite(d.streamId(), d.streamType(), d.tenantId(), d.version(), pending(ctx, d)));
      }
    }
    if (writes.isEmpty()) {
      return Future.succeededFuture(new CommandOutcome(target.history(), 0, false));
    }
    return store.append(writes, metadata(ctx)).map(recorded -> outcome(target, recorded));
  }

  private static CommandOutcome outcome(Decided target, List<RecordedEvent> recorded) {
    List<RecordedEvent> history = new ArrayList<>(target.history());
    recorded.stream().filter(e -> e.streamId().equals(target.streamId())).forEach(history::add);
    return new CommandOutcome(history, history.size() - target.history().size(), false);
  }

  /** Event ids follow from the command id: a command delivered twice cannot record its events twice. */
  private static List<PendingEvent> pending(CommandContext ctx, Decided d) {
    List<PendingEvent> events = new ArrayList<>();
    for (int i = 0; i < d.events().size(); i++) {
      String seed = ctx.commandId() + "/" + d.streamId() + "/" + i;
      events.add(new PendingEvent(UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8)), d.events().get(i)));
    }
    return events;
  }

  private static EventMetadata metadata(CommandContext ctx) {
    return new EventMetadata(ctx.actor().userId(), ctx.issuedAt(), ctx.correlationId(), ctx.commandId());
  }
}
