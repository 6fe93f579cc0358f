package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.StreamTypes;
import dev.albatross.domain.port.RecordedEvent;
import io.vertx.core.Future;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The read models as one writer: flight streams go to the flights' own read model, every other
 * stream to {@code others}. The changes are answered in the order of the events given.
 */
public final class ReadModelsWithFlights implements ReadModelWriter {
  private final ReadModelWriter others;
  private final ReadModelWriter flights;

  public ReadModelsWithFlights(ReadModelWriter others, ReadModelWriter flights) {
    this.others = others;
    this.flights = flights;
  }

  @Override
  public Future<Long> streamVersion(UUID streamId, String streamType) {
    return writerOf(streamType).streamVersion(streamId, streamType);
  }

  @Override
  public Future<List<Applied>> applyNext(List<RecordedEvent> events) {
    List<RecordedEvent> ofFlights = events.stream().filter(e -> isFlight(e.streamType())).toList();
    if (ofFlights.isEmpty()) {
      return others.applyNext(events);
    }
    List<RecordedEvent> rest = events.stream().filter(e -> !isFlight(e.streamType())).toList();
    Map<UUID, Applied> applied = new HashMap<>();
    return applyTo(others, rest, applied)
        .compose(v -> applyTo(flights, ofFlights, applied))
        .map(v -> events.stream().map(e -> applied.get(e.eventId())).filter(Objects::nonNull).toList());
  }

  private static Future<Void> applyTo(ReadModelWriter writer, List<RecordedEvent> events, Map<UUID, Applied> applied) {
    if (events.isEmpty()) {
      return Future.succeededFuture();
    }
    return writer.applyNext(events).onSuccess(changes -> changes.forEach(a -> applied.put(a.event().eventId(), a)))
        .mapEmpty();
  }

  @Override
  public Future<Void> reset() {
    return others.reset().compose(v -> flights.reset());
  }

  private ReadModelWriter writerOf(String streamType) {
    return isFlight(streamType) ? flights : others;
  }

  private static boolean isFlight(String streamType) {
    return StreamTypes.FLIGHT.equals(streamType);
  }
}
