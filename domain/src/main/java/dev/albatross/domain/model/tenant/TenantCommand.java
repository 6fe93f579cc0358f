package dev.albatross.domain.model.tenant;

import java.util.List;
import java.util.Objects;
import java.util.UUID;

public sealed interface TenantCommand {

  record CreateTenant(UUID tenantId, String name, String icao) implements TenantCommand {
    public CreateTenant {
      Objects.requireNonNull(tenantId);
      Objects.requireNonNull(name);
      Objects.requireNonNull(icao);
    }
  }

  /** Replaces the airline's ranks: {@code ranks} lowest first, validated at the edge. */
  record DefineRanks(UUID tenantId, List<Rank> ranks) implements TenantCommand {
    public DefineRanks {
      ranks = List.copyOf(ranks);
    }
  }
}
