package dev.albatross.app;

import dev.albatross.domain.app.ReadModelListener;
import dev.albatross.domain.model.flight.FlightEvent.FlightCancelled;
import dev.albatross.domain.model.flight.FlightEvent.FlightFiled;
import dev.albatross.domain.model.flight.FlightEvent.FlightLost;
import dev.albatross.domain.model.flight.FlightEvent.FlightStarted;
import dev.albatross.domain.model.flight.FlightEvent.PositionsRecorded;
import dev.albatross.domain.port.Notifier;
import dev.albatross.domain.port.Notifier.FlightChanged;
import dev.albatross.domain.readmodel.Applied;
import dev.albatross.domain.readmodel.FlightView;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Tells live clients of their airline's flights on {@code tenant.<id>.flights}. A flight moves
 * with every batch, so {@code FlightMoved} goes out at most once a second per flight: a move
 * within the second after the last one waits for the rest of it, and then the newest move
 * waiting goes out. Any other change of the flight goes out at once and drops a move waiting,
 * which it already shows. Live delivery is at-most-once: a failure is logged, never fails the
 * projection.
 */
final class FlightNotifications implements ReadModelListener {
  private static final Logger LOG = LoggerFactory.getLogger(FlightNotifications.class);
  static final long MOVED_EVERY_MS = 1000;

  private final Vertx vertx;
  private final Notifier notifier;
  private final Map<UUID, Moves> moves = new ConcurrentHashMap<>();

  FlightNotifications(Vertx vertx, Notifier notifier) {
    this.vertx = vertx;
    this.notifier = notifier;
  }

  /** When the flight's last move went out, and the move waiting for its second, if any. */
  private static final class Moves {
    long sentAt = Long.MIN_VALUE / 2;
    FlightView waiting;
    long timer = -1;
  }

  @Override
  public Future<Void> applied(List<Applied> changes) {
    for (Applied change : changes) {
      if (change.row() instanceof FlightView flight) {
        changed(change, flight);
      }
    }
    return Future.succeededFuture();
  }

  private void changed(Applied change, FlightView flight) {
    Object event = change.event().event();
    if (event instanceof PositionsRecorded) {
      moved(flight);
    } else if (event instanceof FlightStarted || event instanceof FlightLost) {
      dropWaitingMove(flight.id(), false);
      send(type(event), flight);
    } else if (event instanceof FlightFiled || event instanceof FlightCancelled) {
      dropWaitingMove(flight.id(), true);
      send(type(event), flight);
    }
  }

  private void moved(FlightView flight) {
    Moves m = moves.computeIfAbsent(flight.id(), id -> new Moves());
    long now = System.nanoTime() / 1_000_000;
    long wait = m.sentAt + MOVED_EVERY_MS - now;
    if (wait <= 0 && m.timer < 0) {
      m.sentAt = now;
      send("FlightMoved", flight);
      return;
    }
    m.waiting = flight;
    if (m.timer < 0) {
      m.timer = vertx.setTimer(Math.max(1, wait), id -> sendWaiting(flight.id(), m));
    }
  }

  private void sendWaiting(UUID flightId, Moves m) {
    m.timer = -1;
    FlightView waiting = m.waiting;
    m.waiting = null;
    if (waiting != null && moves.get(flightId) == m) {
      m.sentAt = System.nanoTime() / 1_000_000;
      send("FlightMoved", waiting);
    }
  }

  /** A move waiting is older than the change at hand; a flight filed or cancelled moves no more. */
  private void dropWaitingMove(UUID flightId, boolean ended) {
    Moves m = ended ? moves.remove(flightId) : moves.get(flightId);
    if (m != null) {
      m.waiting = null;
      if (m.timer >= 0) {
        vertx.cancelTimer(m.timer);
        m.timer = -1;
      }
    }
  }

  private void send(String type, FlightView flight) {
    notifier.notify(List.of(new FlightChanged(type, flight)))
        .onFailure(failure -> LOG.warn("Live notification {} of flight {} failed: {}", type, flight.id(),
            failure.toString()));
  }

  private static String type(Object event) {
    return event.getClass().getSimpleName();
  }
}
