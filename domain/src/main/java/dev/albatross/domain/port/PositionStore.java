package dev.albatross.domain.port;

import dev.albatross.domain.model.flight.Position;
import dev.albatross.domain.model.flight.PositionBatchSummary;
import io.vertx.core.Future;
import java.util.List;
import java.util.UUID;

/**
 * Where flights' positions are kept: telemetry beside the event store, which records one event
 * per batch rather than one row per position. Keeping is idempotent by {@code (flightId, seq)}:
 * a position whose {@code seq} the flight already has is a duplicate, counted and ignored, the
 * first one received staying.
 */
public interface PositionStore {

  /**
   * Keeps the batch's new positions and answers how many were new and how many repeated, with the
   * flight's newest position by {@code seq} and the distance over everything kept so far. Durable
   * once the future succeeds.
   */
  Future<PositionBatchSummary> record(UUID flightId, List<Position> positions);

  /** Every position kept for the flight, in {@code seq} order; empty for a flight without any. */
  Future<List<Position>> track(UUID flightId);
}
