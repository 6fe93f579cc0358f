package dev.albatross.domain.model.tenant;

import dev.albatross.domain.model.DomainEvent;
import java.util.List;
import java.util.UUID;

public sealed interface TenantEvent extends DomainEvent {

  record TenantCreated(UUID tenantId, String name, String icao) implements TenantEvent {}

  /** The airline's ranks from now on, lowest first. */
  record RanksDefined(List<Rank> ranks) implements TenantEvent {
    public RanksDefined {
      ranks = List.copyOf(ranks);
    }
  }
}
