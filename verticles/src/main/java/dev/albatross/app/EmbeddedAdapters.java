package dev.albatross.app;

import dev.albatross.adapter.journal.JournalEventStore;
import dev.albatross.adapter.journal.JournalPositionStore;
import dev.albatross.adapter.memory.InMemoryCheckpointStore;
import dev.albatross.adapter.memory.InMemoryFlightReadModel;
import dev.albatross.adapter.memory.InMemoryReadModels;
import dev.albatross.domain.app.ProjectionRebuild;
import dev.albatross.domain.port.FeedPosition;
import dev.albatross.domain.readmodel.ReadModelsWithFlights;
import dev.albatross.domain.port.HealthCheck;
import dev.albatross.verticle.OutboxRelayVerticle;
import dev.albatross.verticle.ProjectionVerticle;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The default mode: events in a journal in the data directory, everything else in memory. At
 * start the journal is replayed into the read models (the events are the state); the relay and
 * the projections then go on from its end, as if they had followed it all along.
 */
final class EmbeddedAdapters {
  private static final Logger LOG = LoggerFactory.getLogger(EmbeddedAdapters.class);

  private EmbeddedAdapters() {}

  static Future<Adapters> open(Vertx vertx, Path dir) {
    long started = System.nanoTime();
    return JournalEventStore.open(vertx, dir).compose(journal -> JournalPositionStore.open(vertx, dir)
        .onFailure(failure -> journal.close())
        .compose(positions -> open(vertx, dir, journal, positions, started)));
  }

  private static Future<Adapters> open(Vertx vertx, Path dir, JournalEventStore journal,
      JournalPositionStore positions, long started) {
    InMemoryReadModels readModels = new InMemoryReadModels();
    InMemoryFlightReadModel flights = new InMemoryFlightReadModel();
    InMemoryCheckpointStore checkpoints = new InMemoryCheckpointStore();
    Supplier<Future<Void>> closePositions = () -> vertx.executeBlocking(() -> {
      positions.close();
      return null;
    });
    return new ProjectionRebuild(journal, new ReadModelsWithFlights(readModels, flights)).run(count -> { })
        .compose(count -> caughtUp(journal, checkpoints, count))
        .map(count -> {
          LOG.info("Events are kept in {}: {} replayed in {} ms", dir.toAbsolutePath().normalize(), count,
              (System.nanoTime() - started) / 1_000_000);
          return Adapters.inMemory(vertx, new Adapters.Storage(journal, journal, checkpoints, positions), readModels,
              flights, HealthCheck.of("journal", Future::succeededFuture), List.of(journal::close, closePositions));
        })
        .onFailure(failure -> journal.close().eventually(closePositions));
  }

  /** The relay and the projections are where the replay ended: the journal's positions are dense from 1. */
  private static Future<Long> caughtUp(JournalEventStore journal, InMemoryCheckpointStore checkpoints, long count) {
    return journal.feedPositionAt(count).map(end -> end.orElse(FeedPosition.START))
        .compose(end -> checkpoints.save(OutboxRelayVerticle.READER, end)
            .compose(v -> checkpoints.save(ProjectionVerticle.READER, end)))
        .map(count);
  }
}
