package dev.albatross.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.adapter.memory.InMemoryEventStore;
import dev.albatross.domain.error.ConcurrencyConflict;
import dev.albatross.domain.error.Conflict;
import dev.albatross.domain.error.NotFound;
import dev.albatross.domain.model.Role;
import dev.albatross.domain.model.pirep.FlightDetails;
import dev.albatross.domain.model.pirep.PirepCommand.SubmitPirep;
import dev.albatross.domain.model.pirep.PirepSource;
import dev.albatross.domain.model.tenant.TenantCommand.CreateTenant;
import dev.albatross.domain.port.Backlog;
import dev.albatross.domain.port.EventMetadata;
import dev.albatross.domain.port.EventStore;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.port.StreamWrite;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Commands that create a stream decide on the empty stream first")
class CommandServiceTest {
  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final AtomicInteger loads = new AtomicInteger();
  private final AtomicInteger appends = new AtomicInteger();
  /** How many appends in a row lose a race with another writer. */
  private final AtomicInteger racesToLose = new AtomicInteger();
  /** The pauses asked for; over at once, or, while they are held, once {@link #resume} runs. */
  private final List<Duration> pauses = new CopyOnWriteArrayList<>();
  private volatile boolean held;
  private final List<Promise<Void>> pending = new CopyOnWriteArrayList<>();
  private final EventStore store = new EventStore() {
    @Override
    public Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata) {
      appends.incrementAndGet();
      if (racesToLose.getAndUpdate(n -> Math.max(0, n - 1)) > 0) {
        return Future.failedFuture(new ConcurrencyConflict(writes.get(0).streamId()));
      }
      return memory.append(writes, metadata);
    }

    @Override
    public Future<List<RecordedEvent>> load(UUID streamId) {
      loads.incrementAndGet();
      return memory.load(streamId);
    }

    @Override
    public Future<List<RecordedEvent>> readAfter(FeedPosition after, int limit) {
      return memory.readAfter(after, limit);
    }

    @Override
    public Future<Optional<FeedPosition>> feedPositionAt(long position) {
      return memory.feedPositionAt(position);
    }

    @Override
    public Future<Backlog> backlog(FeedPosition after) {
      return memory.backlog(after);
    }
  };
  private final CommandService commands = new CommandService(store, this::pause);

  private Future<Void> pause(Duration duration) {
    pauses.add(duration);
    if (!held) {
      return Future.succeededFuture();
    }
    Promise<Void> over = Promise.promise();
    pending.add(over);
    return over.future();
  }

  private void resume() {
    pending.forEach(Promise::tryComplete);
  }
  private final UUID tenantId = UUID.randomUUID();
  private final Actor pilot = new Actor(UUID.randomUUID(), Role.PILOT, tenantId);

  @Test
  @DisplayName("a PIREP under a new id is recorded without reading its stream first")
  void newId() throws Exception {
    UUID pirepId = UUID.randomUUID();

    CommandOutcome outcome = await(commands.handle(context(), submit(pirepId)));

    assertThat(outcome.recorded()).isEqualTo(1);
    assertThat(outcome.history()).hasSize(1);
    assertThat(loads).hasValue(0);
  }

  @Test
  @DisplayName("a PIREP under an id that is taken is refused by its decider, and nothing is appended over it")
  void takenId() throws Exception {
    UUID pirepId = UUID.randomUUID();
    await(commands.handle(context(), submit(pirepId)));

    assertThatThrownBy(() -> await(commands.handle(context(), submit(pirepId)))).hasCauseInstanceOf(Conflict.class);

    assertThat(await(memory.load(pirepId))).hasSize(1);
    assertThat(loads).hasValue(1);
  }

  @Test
  @DisplayName("a PIREP under the id of another kind of stream names nothing")
  void idOfAnotherStream() throws Exception {
    await(commands.handle(context(), new CreateTenant(tenantId, "Albatross Air", "ALB")));

    assertThatThrownBy(() -> await(commands.handle(context(), submit(tenantId)))).hasCauseInstanceOf(NotFound.class);

    assertThat(await(memory.load(tenantId))).hasSize(1);
  }

  @Test
  @DisplayName("a lost race is tried again only after a short pause, each one longer at most than the one before")
  void retryAfterPause() throws Exception {
    held = true;
    racesToLose.set(2);

    Future<CommandOutcome> outcome = commands.handle(context(), submit(UUID.randomUUID()));

    assertThat(appends).hasValue(1);
    assertThat(outcome.isComplete()).isFalse();
    resume();
    assertThat(appends).hasValue(2);
    assertThat(outcome.isComplete()).isFalse();
    resume();
    assertThat(await(outcome).recorded()).isEqualTo(1);
    assertThat(appends).hasValue(3);
    assertThat(pauses).hasSize(2);
    assertThat(pauses.get(0)).isBetween(Duration.ofMillis(1), CommandService.FIRST_RETRY_PAUSE);
    assertThat(pauses.get(1)).isBetween(Duration.ofMillis(1), CommandService.FIRST_RETRY_PAUSE.multipliedBy(2));
  }

  @Test
  @DisplayName("a race lost on every attempt is a conflict, after a pause before each retry")
  void conflictAfterLastAttempt() {
    held = true;
    racesToLose.set(CommandService.MAX_ATTEMPTS);

    Future<CommandOutcome> outcome = commands.handle(context(), submit(UUID.randomUUID()));
    for (int i = 1; i < CommandService.MAX_ATTEMPTS; i++) {
      resume();
    }

    assertThatThrownBy(() -> await(outcome)).hasCauseInstanceOf(ConcurrencyConflict.class);
    assertThat(appends).hasValue(CommandService.MAX_ATTEMPTS);
    assertThat(pauses).hasSize(CommandService.MAX_ATTEMPTS - 1);
  }

  @Test
  @DisplayName("the pauses are drawn at random within their bounds")
  void pausesVary() {
    Set<Duration> drawn = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Duration pause = CommandService.retryPause(3);
      assertThat(pause).isBetween(Duration.ofMillis(1), CommandService.FIRST_RETRY_PAUSE.multipliedBy(4));
      drawn.add(pause);
    }
    assertThat(drawn).hasSizeGreaterThan(5);
  }

  private SubmitPirep submit(UUID pirepId) {
    FlightDetails flight = new FlightDetails("AB1", "EDDF", "EGLL", "A320", 90, null, null, null, null, null, null, null);
    return new SubmitPirep(pirepId, tenantId, pilot.userId(), "Ada", flight, PirepSource.MANUAL);
  }

  private CommandContext context() {
    return new CommandContext(UUID.randomUUID(), pilot, Instant.parse("2026-11-26T21:00:00Z"), UUID.randomUUID());
  }

  private static <T> T await(Future<T> future) throws Exception {
    return future.toCompletionStage().toCompletableFuture().get(5, TimeUnit.SECONDS);
  }
}
