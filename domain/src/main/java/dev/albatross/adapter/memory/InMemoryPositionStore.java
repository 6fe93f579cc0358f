package dev.albatross.adapter.memory;

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
  private final Map<UUID, NavigableMap<Integer, Position>> flights = new ConcurrentHashMap<>();

  @Override
  public Future<PositionBatchSummary> record(UUID flightId, List<Position> positions) {
    return Future.succeededFuture(keep(flightId, positions));
  }

  /** Keeps the positions whose {@code seq} is new, the first of a repeated one in the batch included. */
  public PositionBatchSummary keep(UUID flightId, List<Position> positions) {
    NavigableMap<Integer, Position> track = flights.computeIfAbsent(flightId, id -> new TreeMap<>());
    synchronized (track) {
      int accepted = 0;
      for (Position p : positions) {
        if (track.putIfAbsent(p.seq(), p) == null) {
          accepted++;
        }
      }
      Position newest = track.isEmpty() ? null : track.lastEntry().getValue();
      double distance = Tracks.distanceNm(new ArrayList<>(track.values()));
      return new PositionBatchSummary(accepted, positions.size() - accepted, newest, distance);
    }
  }

  /** Those of {@code positions} whose {@code seq} the flight does not have yet, first of each {@code seq} only. */
  public List<Position> unseen(UUID flightId, List<Position> positions) {
    NavigableMap<Integer, Position> track = flights.getOrDefault(flightId, new TreeMap<>());
    synchronized (track) {
      Map<Integer, Position> fresh = new TreeMap<>();
      positions.stream().filter(p -> !track.containsKey(p.seq())).forEach(p -> fresh.putIfAbsent(p.seq(), p));
      return List.copyOf(fresh.values());
    }
  }

  @Override
  public Future<List<Position>> track(UUID flightId) {
    NavigableMap<Integer, Position> track = flights.get(flightId);
    if (track == null) {
      return Future.succeededFuture(List.of());
    }
    synchronized (track) {
      return Future.succeededFuture(List.copyOf(track.values()));
    }
  }
}
