package dev.albatross.adapter.memory;

import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.Cursor;
import dev.albatross.domain.readmodel.FlightProjection;
import dev.albatross.domain.readmodel.FlightQueries;
import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.ReadModelWriter;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/** The flights read model in memory, kept newest started first; it takes flight streams' events only. */
public final class InMemoryFlightReadModel implements FlightQueries, ReadModelWriter {
  private final Map<UUID, FlightView> flights = new ConcurrentHashMap<>();
  private final NavigableMap<Cursor, UUID> newestFirst = new ConcurrentSkipListMap<>(Cursor.NEWEST_FIRST);

  @Override
  public Future<Long> streamVersion(UUID streamId, String streamType) {
    return Future.succeededFuture(version(streamId));
  }

  private long version(UUID streamId) {
    FlightView flight = flights.get(streamId);
    return flight == null ? 0 : flight.version();
  }

  @Override
  public synchronized Future<List<Applied>> applyNext(List<RecordedEvent> events) {
    List<Applied> applied = new ArrayList<>();
    for (RecordedEvent e : events) {
      if (e.version() == version(e.streamId()) + 1) {
        FlightView flight = FlightProjection.flight(flights.get(e.streamId()), e);
        flights.put(flight.id(), flight);
        newestFirst.put(cursor(flight), flight.id());
        applied.add(new Applied(e, flight));
      }
    }
    return Future.succeededFuture(applied);
  }

  @Override
  public synchronized Future<Void> reset() {
    flights.clear();
    newestFirst.clear();
    return Future.succeededFuture();
  }

  @Override
  public Future<Optional<FlightView>> flight(UUID id) {
    return Future.succeededFuture(Optional.ofNullable(flights.get(id)));
  }

  /** Scans the flights newest first: live flights are few, and the status filter keeps the others out. */
  @Override
  public Future<Page<FlightView>> flights(FlightFilter filter, PageRequest page) {
    NavigableMap<Cursor, UUID> after = page.after().map(c -> newestFirst.tailMap(c, false)).orElse(newestFirst);
    List<FlightView> rows = after.values().stream()
        .map(flights::get)
        .filter(f -> f.status() == filter.status() && filter.tenantId().map(f.tenantId()::equals).orElse(true))
        .limit(page.limit() + 1L)
        .toList();
    return Future.succeededFuture(Page.ofLookahead(rows, page.limit(), InMemoryFlightReadModel::cursor));
  }

  private static Cursor cursor(FlightView flight) {
    return new Cursor(flight.startedAt(), flight.id());
  }
}
