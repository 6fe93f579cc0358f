package dev.albatross.domain.model.tenant;

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
}
