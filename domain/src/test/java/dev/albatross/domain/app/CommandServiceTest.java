package dev.albatross.domain.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.albatross.adapter.memory.InMemoryEventStore;
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
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Commands that create a stream decide on the empty stream first")
class CommandServiceTest {
  private final InMemoryEventStore memory = new InMemoryEventStore();
  private final AtomicInteger loads = new AtomicInteger();
  private final EventStore store = new EventStore() {
    @Override
    public Future<List<RecordedEvent>> append(List<StreamWrite> writes, EventMetadata metadata) {
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
  private final CommandService commands = new CommandService(store);
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
