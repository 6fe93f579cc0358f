package dev.albatross.domain.readmodel;

import dev.albatross.domain.model.flight.FlightStatus;
import io.vertx.core.Future;
import java.util.Optional;
import java.util.UUID;

public interface FlightQueries {

  /** An empty tenant means every airline (platform admins only, decided by the caller). */
  record FlightFilter(Optional<UUID> tenantId, FlightStatus status) {}

  Future<Optional<FlightView>> flight(UUID id);

  /** Newest started first. */
  Future<Page<FlightView>> flights(FlightFilter filter, PageRequest page);
}
