package dev.albatross.adapter.pg;

import dev.albatross.domain.port.RecordedEvent;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.FlightProjection;
import dev.albatross.domain.readmodel.FlightQueries;
import dev.albatross.domain.readmodel.FlightView;
import dev.albatross.domain.readmodel.Page;
import dev.albatross.domain.readmodel.PageRequest;
import dev.albatross.domain.readmodel.ReadModelWriter;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.SqlConnection;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The flights read model in PostgreSQL. A batch of flight events is one transaction; each event
 * locks its flight's row, applies only as its next version, and writes the row {@link
 * FlightProjection} computes.
 */
public final class PgFlightReadModel implements FlightQueries, ReadModelWriter {
  private final Pool pool;
  private final PgFlightTable flights = new PgFlightTable();

  public PgFlightReadModel(Pool pool) {
    this.pool = pool;
  }

  @Override
  public Future<Long> streamVersion(UUID streamId, String streamType) {
    return flights.find(pool, streamId).map(row -> row.map(FlightView::version).orElse(0L));
  }

  @Override
  public Future<List<Applied>> applyNext(List<RecordedEvent> events) {
    List<Applied> applied = new ArrayList<>();
    return pool.withTransaction(conn -> {
      Future<Void> chain = Future.succeededFuture();
      for (RecordedEvent e : events) {
        chain = chain.compose(v -> advance(conn, e)).map(row -> {
          row.ifPresent(flight -> applied.add(new Applied(e, flight)));
          return null;
        });
      }
      return chain;
    }).map(v -> applied);
  }

  private Future<Optional<FlightView>> advance(SqlConnection conn, RecordedEvent e) {
    return flights.lock(conn, e.streamId()).compose(current -> {
      long version = current.map(FlightView::version).orElse(0L);
      if (e.version() != version + 1) {
        return Future.succeededFuture(Optional.empty());
      }
      FlightView next = FlightProjection.flight(current.orElse(null), e);
      return flights.upsert(conn, next).map(done -> done ? Optional.of(next) : Optional.<FlightView>empty());
    });
  }

  @Override
  public Future<Void> reset() {
    return pool.query("truncate flights").execute().mapEmpty();
  }

  @Override
  public Future<Optional<FlightView>> flight(UUID id) {
    return flights.find(pool, id);
  }

  @Override
  public Future<Page<FlightView>> flights(FlightFilter filter, PageRequest page) {
    return flights.page(pool, filter, page);
  }
}
