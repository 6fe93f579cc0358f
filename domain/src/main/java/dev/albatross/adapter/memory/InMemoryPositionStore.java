package dev.albatross.adapter.memory;

import dev.albatross.domain.model.airport.GreatCircle;
import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatchSummary;
import dev.albatross.domain.model.flight.Tracks;
import dev.albatross.domain.port.PositionStore;
import io.vertx.core.Future;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** Positions in memory, one map by {@code seq} per flight; a flight's batches are applied one at a time. */
public final class InMemoryPositionStore implements PositionStore {
  private final Map<UUID, Track> flights = new ConcurrentHashMap<>();

  /**
   * One flight's positions and the distance over them. A batch that only extends the track (the
   * usual one) adds its own legs; one that fills a gap sums the legs again over the whole track.
   */
  private static final class Track {
    final NavigableMap<Integer, Position> positions = new TreeMap<>();
    double distanceNm;
  }

  @Override
  public Future<PositionBatchSummary> record(UUID flightId, List<Position> positions) {
    return Future.succeededFuture(keep(flightId, positions));
  }

  /** Keeps the positions whose {@code seq} is new, the first of a repeated one in the batch included. */
  public PositionBatchSummary keep(UUID flightId, List<Position> positions) {
    Track track = flights.computeIfAbsent(flightId, id -> new Track());
    synchronized (track) {
      Position last = track.positions.isEmpty() ? null : track.positions.lastEntry().getValue();
      boolean extending = true;
      int accepted = 0;
      for (Position p : positions) {
        if (track.positions.putIfAbsent(p.seq(), p) == null) {
          accepted++;
          extending &= last == null || p.seq() > last.seq();
        }
      }
      if (accepted > 0) {
        track.distanceNm = extending ? track.distanceNm + legsAfter(track, last)
            : Tracks.distanceNm(new ArrayList<>(track.positions.values()));
      }
      Position newest = track.positions.isEmpty() ? null : track.positions.lastEntry().getValue();
      return new PositionBatchSummary(accepted, positions.size() - accepted, newest, track.distanceNm);
    }
  }

  /** The legs from {@code last} (null: from the first position) to the end of the track. */
  private static double legsAfter(Track track, Position last) {
    double legs = 0;
    Position previous = last;
    for (Position p : last == null ? track.positions.values() : track.positions.tailMap(last.seq(), false).values()) {
      if (previous != null) {
        legs += GreatCircle.distanceNm(previous.lat(), previous.lon(), p.lat(), p.lon());
      }
      previous = p;
    }
    return legs;
  }

  /** Those of {@code positions} whose {@code seq} the flight does not have yet, first of each {@code seq} only. */
  public List<Position> unseen(UUID flightId, List<Position> positions) {
    Track track = flights.get(flightId);
    Map<Integer, Position> fresh = new TreeMap<>();
    if (track == null) {
      positions.forEach(p -> fresh.putIfAbsent(p.seq(), p));
      return List.copyOf(fresh.values());
    }
    synchronized (track) {
      positions.stream().filter(p -> !track.positions.containsKey(p.seq())).forEach(p -> fresh.putIfAbsent(p.seq(), p));
      return List.copyOf(fresh.values());
    }
  }

  @Override
  public Future<List<Position>> track(UUID flightId) {
    Track track = flights.get(flightId);
    if (track == null) {
      return Future.succeededFuture(List.of());
    }
    synchronized (track) {
      return Future.succeededFuture(List.copyOf(track.positions.values()));
    }
  }
}
